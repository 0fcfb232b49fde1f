/** The MDX-to-Markdown reduction for the plain Starlight anchor of the bench (tests/bench/reduce-mdx.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { actionTable, documentHandlers, reduceMdx, type PlanTable } from '../bench/reduce-mdx';
import { sourceDocuments } from '../bench/anchor';
import { CONTENT, contentFiles, some } from '../content';

const mdx = (body: string) => `---\ntitle: "A document"\ndescription: "What it is."\ntrust: kent\nissued: 2008-05-01\n---\nimport Clause from '~/components/Clause.astro';\nimport Duty from '~/components/Duty.astro';\n\n${body}`;

const plan: PlanTable = {
  columns: { action: 'Supporting actions', due: 'Guide Implementation' },
  proposals: [
    {
      number: 1,
      heading: 'Key Proposal One',
      actions: [
        { number: '1.1', text: 'Revise the framework | and its parts.', due: 'by March 2010' },
        { number: '1.2', text: 'Review membership.', due: null },
      ],
    },
  ],
};
const handlers = documentHandlers({ 'a-plan': plan });

describe('reduceMdx', () => {
  it('keeps only the frontmatter plain Starlight reads, and drops the imports', () => {
    const { markdown } = reduceMdx(mdx('Some text.\n'));
    expect(markdown).toBe('---\ntitle: A document\ndescription: What it is.\n---\n\nSome text.\n');
  });

  it('drops a component’s tags and keeps its words, inline and as blocks', () => {
    const { markdown } = reduceMdx(mdx('<Note>\n\nA *block* of words.\n\n</Note>\n\nBefore <Duty partners="police">the duty</Duty> after.\n'));
    expect(markdown).toContain('A *block* of words.\n\nBefore the duty after.\n');
    expect(markdown).not.toMatch(/<\/?(Note|Duty)/);
  });

  it('gives a clause its printed number at the start of its first paragraph', () => {
    const { markdown } = reduceMdx(mdx('<Clause n="10.4">\n\nKCT will be quorate if <Duty partners="x">five</Duty> are present.\n\n</Clause>\n'), handlers);
    expect(markdown).toContain('\n10.4 KCT will be quorate if five are present.\n');
  });

  it('prefers the label as printed, and puts it on its own line before a list', () => {
    const { markdown } = reduceMdx(mdx('<Clause n="paa-9" label="9.">\n\n- first\n- second\n\n</Clause>\n'), handlers);
    expect(markdown).toContain('\n9.\n\n- first\n- second\n');
  });

  it('keeps a gap notice’s title and words', () => {
    const { markdown } = reduceMdx(mdx('<Gap title="Appendix 2 is not part of the source">\n\nIt is not reproduced here.\n\n</Gap>\n'), handlers);
    expect(markdown).toContain('**Gap in the source: Appendix 2 is not part of the source**\n\nIt is not reproduced here.\n');
  });

  it('turns an action table into a Markdown table from its plan', () => {
    const { markdown, dropped } = reduceMdx(mdx('<ActionTable plan="a-plan" proposal={1} />\n'), handlers);
    expect(markdown).toContain(actionTable(plan, 1));
    expect(dropped).toEqual([]);
  });

  it('reports a self-closing component it does not know, which has no text to keep', () => {
    const { markdown, dropped } = reduceMdx(mdx('Text.\n\n<Contact />\n\nMore.\n'));
    expect(dropped).toEqual(['Contact']);
    expect(markdown).toContain('Text.\n\nMore.\n');
  });

  it('drops expressions such as comments', () => {
    expect(reduceMdx(mdx('Text {/* a note */} here.\n')).markdown).toContain('Text  here.');
  });

  it('fails on an action table whose plan is unknown', () => {
    expect(() => reduceMdx(mdx('<ActionTable plan="nope" proposal={1} />\n'), handlers)).toThrow('<ActionTable plan="nope"> names a plan that is not in content/plans/');
  });
});

describe('actionTable', () => {
  it('has the caption, the plan’s column names and each action with its date as printed', () => {
    expect(actionTable(plan, 1)).toBe(
      [
        'Key Proposal One: supporting actions',
        '',
        '| Action | Supporting actions | Guide Implementation |',
        '| --- | --- | --- |',
        '| 1.1 | Revise the framework \\| and its parts. | by March 2010 |',
        '| 1.2 | Review membership. |  |',
      ].join('\n'),
    );
  });
  it('names the proposals a plan has when asked for one it has not', () => {
    expect(() => actionTable(plan, 3)).toThrow('the plan has no proposal 3 (it has 1)');
  });
});

describe('every trust document reduces with its text kept', () => {
  const plans = Object.fromEntries(
    contentFiles('plans', ['yaml']).map((f) => {
      const p = parse(readFileSync(join(CONTENT, 'plans', f), 'utf8')) as PlanTable & { id: string };
      return [p.id, p];
    }),
  );
  const docs = some(sourceDocuments(), 'trust documents');
  it.each(docs.map((d) => [d.id, d] as const))('%s', (_id, d) => {
    const { markdown, dropped } = reduceMdx(d.mdx, documentHandlers(plans));
    expect(dropped).toEqual([]);
    // No component or import is left.
    expect(markdown).not.toMatch(/<\/?[A-Z][A-Za-z]*[\s/>]/);
    expect(markdown).not.toMatch(/^import\s/m);
    const flat = markdown.replace(/\s+/g, ' ');
    // Every clause starts with its printed number.
    for (const m of d.mdx.matchAll(/<Clause n="([^"]+)"(?: label="([^"]+)")?/g)) {
      expect(markdown, `clause ${m[1]}`).toMatch(new RegExp(`^${(m[2] ?? m[1]!).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s|$)`, 'm'));
    }
    // Every duty's words are there, as written.
    for (const m of d.mdx.matchAll(/<Duty [^>]*>([\s\S]*?)<\/Duty>/g)) {
      expect(flat, 'a duty').toContain(m[1]!.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim());
    }
  });
});
