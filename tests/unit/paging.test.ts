import { describe, expect, it } from 'vitest';
import { paginate } from '../../src/lib/paging';

describe('paging a trust document list', () => {
  const docs = Array.from({ length: 60 }, (_, i) => i + 1);
  it('splits into fixed pages', () => {
    expect(paginate(docs, 1, 25)).toEqual({ items: docs.slice(0, 25), page: 1, pages: 3 });
    expect(paginate(docs, 3, 25).items).toEqual([51, 52, 53, 54, 55, 56, 57, 58, 59, 60]);
  });
  it('an empty list still has one page', () => {
    expect(paginate([], 1)).toEqual({ items: [], page: 1, pages: 1 });
  });
  it('refuses a page outside the range', () => {
    expect(() => paginate(docs, 4, 25)).toThrow('page 4 is outside 1..3');
  });
});
