/** The plain Starlight project the bench builds as its anchor (tests/bench/anchor.ts). */
import { describe, expect, it } from 'vitest';
import { anchorProject, sourceDocuments, type SourceDocument } from '../bench/anchor';
import { documents, some, trusts } from '../content';

const doc = (id: string, trust: string, title: string): SourceDocument => ({ id, trust, title, mdx: `---\ntitle: "${title}"\n---\n\nText of ${id}.\n` });
const deps = { astro: '7.3', '@astrojs/starlight': '^0.42.4' };

describe('anchorProject', () => {
  const { files } = anchorProject(
    [doc('a/first', 'a', 'First'), doc('a/second', 'a', 'Second'), doc('b/only', 'b', 'Only')],
    {},
    { a: 'Trust A', b: 'Trust B' },
    'What the site is.',
    deps,
  );

  it('configures Starlight with nothing but the site title', () => {
    expect(files['astro.config.mjs']).toContain(`starlight({ title: "Children's Trust Governance" })`);
    expect(files['src/content.config.ts']).toContain('docsLoader()');
    expect(JSON.parse(files['package.json']!).dependencies).toEqual(deps);
  });

  it('writes each document as Markdown at its own address', () => {
    expect(files['src/content/docs/a/first.md']).toBe('---\ntitle: First\n---\n\nText of a/first.\n');
    expect(Object.keys(files).filter((f) => f.endsWith('.md')).sort()).toEqual([
      'src/content/docs/a/first.md',
      'src/content/docs/a/second.md',
      'src/content/docs/b/only.md',
      'src/content/docs/index.md',
    ]);
  });

  it('lists the documents by trust on its index page', () => {
    expect(files['src/content/docs/index.md']).toBe(
      [
        '---',
        `title: "Children's Trust Governance"`,
        'description: "What the site is."',
        '---',
        '',
        '## Trust A',
        '',
        '- [First](/a/first/)',
        '- [Second](/a/second/)',
        '',
        '## Trust B',
        '',
        '- [Only](/b/only/)',
        '',
      ].join('\n'),
    );
  });
});

describe('sourceDocuments', () => {
  it('is every trust document of the docs collection, guides left out', () => {
    expect(sourceDocuments().map((d) => d.id)).toEqual(
      some(documents(), 'trust documents')
        .map((d) => d.id)
        .sort((a, b) => a.localeCompare(b)),
    );
  });
  it('belongs each document to a trust of the collection', () => {
    const ids = trusts().map((t) => t.id);
    for (const d of sourceDocuments()) expect(ids, d.id).toContain(d.trust);
  });
});
