/**
 * The duties marked in the real documents: every <Duty> is well formed and names partners that
 * exist in content/partners/. (validate.ts makes the same check at build time; this one runs
 * without a build and names the file and line.) Every document of every trust in content/docs/.
 */
import { describe, expect, it } from 'vitest';
import { dutiesInMdx } from '../../src/lib/duties';
import { documents, partners, some } from '../content';

const known = new Set(partners().map((p) => p.id));

describe.each(some(documents(), 'document').map((d) => [d.file, d] as const))('duties marked in %s', (file, doc) => {
  // The body keeps the file's line numbers, so the messages point where an editor looks.
  const { duties, problems } = dutiesInMdx(doc.body);
  it('are well formed', () => {
    expect(problems.map((p) => `${file}:${p.line}: ${p.message}`)).toEqual([]);
  });
  it('name only partners in content/partners/', () => {
    const unknown = duties.flatMap((d) => d.partners.filter((p) => !known.has(p)).map((p) => `${file}:${d.line}: ${p}`));
    expect(unknown).toEqual([]);
  });
});
