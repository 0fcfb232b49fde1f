/**
 * Every sentence of every seed appears verbatim in the built pages made from it.
 * How sentences are split and what is dropped as page furniture: see src/lib/fidelity.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { select, selectAll } from 'hast-util-select';
import { parse } from 'yaml';
import { missingSentences, seedSentences } from '../../src/lib/fidelity';
import { DIST } from './harness';

const SEEDS = resolve(import.meta.dirname, '../../../shared/seeds');
const DOCS = resolve(import.meta.dirname, '../../content/docs');

/** Which built pages each seed was transcribed into, from the documents' `source.seed`. */
function pagesBySeed(): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const trust of readdirSync(DOCS)) {
    for (const file of readdirSync(join(DOCS, trust)).filter((f) => f.endsWith('.mdx'))) {
      const frontmatter = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(DOCS, trust, file), 'utf8'))![1]!);
      const seed: string | undefined = frontmatter.source?.seed;
      if (seed) map.set(seed, [...(map.get(seed) ?? []), `${trust}/${file.replace(/\.mdx$/, '')}`]);
    }
  }
  return map;
}

function pageText(id: string): string {
  const tree = fromHtml(readFileSync(join(DIST, id, 'index.html'), 'utf8'));
  const main = select('main', tree);
  if (!main) throw new Error(`${id}: no <main> in the built page`);
  // Site controls inside the document are not document text: heading anchor links ("Section titled ...").
  for (const control of selectAll('.sl-anchor-link', main)) control.children = [];
  return toText(main);
}

const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
const bySeed = pagesBySeed();

describe('fidelity: every seed sentence is on the site', () => {
  it('all five seeds are transcribed', () => {
    expect(seeds).toHaveLength(5);
    expect(seeds.filter((s) => !bySeed.has(s))).toEqual([]);
  });
  for (const seed of seeds) {
    it(`${seed} (${(bySeed.get(seed) ?? []).join(', ')})`, () => {
      const text = (bySeed.get(seed) ?? []).map(pageText).join('\n');
      const source = readFileSync(join(SEEDS, seed), 'utf8');
      expect(seedSentences(source).length).toBeGreaterThan(20);
      expect(missingSentences(source, text).map((s) => `${seed}:${s.line}: ${s.text}`)).toEqual([]);
    });
  }
});
