/** Where two built pages differ in elements (tests/bench/elements.ts). */
import { describe, expect, it } from 'vitest';
import { describeDifferences, elementCounts, elementDifferences } from '../bench/elements';

const page = (body: string) => `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;

describe('elementCounts', () => {
  it('counts every element by tag and first class, leaving out Astro’s scoping classes', () => {
    const counts = elementCounts(page('<div class="astro-abc123 clause"><a class="clause-number">1</a> <p>x</p></div><p>y</p>'));
    expect(Object.fromEntries(counts)).toEqual({ html: 1, head: 1, title: 1, body: 1, 'div.clause': 1, 'a.clause-number': 1, p: 2 });
  });
  it('does not count what a <template> holds, which is not in the DOM', () => {
    expect(elementCounts(page('<template><p>a</p><p>b</p></template>')).get('p')).toBeUndefined();
  });
});

describe('elementDifferences', () => {
  const ours = new Map([['div.clause', 73], ['p', 100], ['a', 10]]);
  const plain = new Map([['p', 110], ['a', 10], ['div.expressive-code', 2]]);
  it('lists the kinds whose counts differ, the largest difference first, either way', () => {
    expect(elementDifferences(ours, plain)).toEqual([
      { kind: 'div.clause', ours: 73, plain: 0 },
      { kind: 'p', ours: 100, plain: 110 },
      { kind: 'div.expressive-code', ours: 0, plain: 2 },
    ]);
  });
  it('keeps at most `top` of them', () => {
    expect(elementDifferences(ours, plain, 1)).toHaveLength(1);
  });
});

describe('describeDifferences', () => {
  it('gives both totals and each difference signed, with both counts', () => {
    expect(describeDifferences(page('<div class="clause"><p>x</p></div>'), page('<p>x</p><hr>'))).toBe(
      'Elements in the built HTML, before any script runs: ours 6, plain Starlight 6. Largest differences by kind (ours / plain): +1 div.clause (1 / 0), −1 hr (0 / 1).',
    );
  });
  it('says so when the pages have the same elements', () => {
    expect(describeDifferences(page('<p>x</p>'), page('<p>y</p>'))).toContain('The same kinds, as many of each.');
  });
});
