/**
 * The duties marked in the real documents: every <Duty> is well formed and names partners that
 * exist in content/partners/. (validate.ts makes the same check at build time; this one runs
 * without a build and names the file and line.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { dutiesInMdx } from '../../src/lib/duties';

const root = join(import.meta.dirname, '../../content');
const partners = new Set(readdirSync(join(root, 'partners')).map((f) => (parse(readFileSync(join(root, 'partners', f), 'utf8')) as { id: string }).id));
const documents = ['kent', 'durham', 'harrow'].flatMap((trust) =>
  readdirSync(join(root, 'docs', trust)).map((f) => `${trust}/${f}`),
);
const body = (file: string) => readFileSync(join(root, 'docs', file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, (fm) => '\n'.repeat(fm.split('\n').length - 1));

describe.each(documents)('duties marked in %s', (file) => {
  const { duties, problems } = dutiesInMdx(body(file));
  it('are well formed', () => {
    expect(problems.map((p) => `${file}:${p.line}: ${p.message}`)).toEqual([]);
  });
  it('name only partners in content/partners/', () => {
    const unknown = duties.flatMap((d) => d.partners.filter((p) => !partners.has(p)).map((p) => `${file}:${d.line}: ${p}`));
    expect(unknown).toEqual([]);
  });
});
