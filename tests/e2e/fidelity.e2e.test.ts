/**
 * Every sentence of every source text appears verbatim in the built pages made from it.
 * The sources are content/sources/<trust>/<name>.txt, named by the documents' `source.file`; how
 * sentences are split is in src/lib/fidelity.ts, and the furniture of each source is declared beside
 * it in content/sources/<trust>/<name>.yaml.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSources, sourceDocuments } from '../../src/scripts/sources';
import { DIST } from './harness';

const ROOT = resolve(import.meta.dirname, '../..');

const sourcesDir = join(ROOT, 'content/sources');
const texts = readdirSync(sourcesDir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.split('\\').join('/'))
  .sort();
const checks = checkSources(ROOT, DIST);

describe('fidelity: every source sentence is on the site', () => {
  it('every document that names a source is checked, and every source text is some document\'s', () => {
    const documents = sourceDocuments(ROOT);
    expect(documents.length).toBeGreaterThan(0);
    expect(checks.flatMap((c) => c.documents.map((d) => d.id)).sort()).toEqual(documents.map((d) => d.id).sort());
    expect(texts.filter((t) => !checks.some((c) => c.source === t))).toEqual([]);
  });
  for (const check of checks) {
    it(`${check.source} (${check.documents.map((d) => d.id).join(', ')})`, () => {
      expect(check.problems).toEqual([]);
      expect(check.sentences).toBeGreaterThan(0);
      expect(check.missing.map((s) => `content/sources/${check.source}:${s.line}: ${s.text}`)).toEqual([]);
    });
  }
});
