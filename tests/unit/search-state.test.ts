import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, RESULTS_PAGE_SIZE, isEmpty, liveSummary, nearestTarget, parseSearchParams, searchesDuties, toSearchParams } from '../../src/lib/search-state';

const allowed = {
  trust: ['kent', 'durham', 'harrow'],
  type: ['cabinet-report', 'partnership-agreement'],
  topic: ['attendance', 'conduct'],
  partner: ['police', 'primary-care-trusts'],
};
const none = { trust: [], type: [], topic: [], partner: [] };
const parse = (query: string) => parseSearchParams(new URLSearchParams(query), allowed);

describe('search state in the address', () => {
  it('reads words and known filters', () => {
    expect(parse('q=casting+vote&trust=kent&trust=durham&type=cabinet-report')).toEqual({
      state: { ...none, q: 'casting vote', trust: ['kent', 'durham'], type: ['cabinet-report'] },
      notices: [],
    });
  });
  it('round-trips', () => {
    const state = { ...none, q: 'quorum', trust: ['harrow'], partner: ['police', 'primary-care-trusts'], topic: ['attendance'] };
    expect(parse(toSearchParams(state).toString()).state).toEqual(state);
  });
  it('presets a partner from a partner page link, and then searches duties', () => {
    const { state, notices } = parse('partner=police');
    expect(notices).toEqual([]);
    expect(state).toEqual({ ...none, q: '', partner: ['police'] });
    expect(isEmpty(state)).toBe(false);
    expect(searchesDuties(state)).toBe(true);
    expect(searchesDuties({ ...none, q: 'quorum', trust: ['kent'] })).toBe(false);
    expect(isEmpty({ ...none, q: '' })).toBe(true);
  });
  it('drops an unknown partner or topic with a notice naming the filter, not the value', () => {
    const { state, notices } = parse('partner=kent-polise&topic=%3Cimg%20src%3Dx%3E&partner=police');
    expect(state.partner).toEqual(['police']);
    expect(state.topic).toEqual([]);
    expect(notices).toEqual([
      'Ignored 1 value for the topic filter that this page does not recognise.',
      'Ignored 1 value for the partner filter that this page does not recognise.',
    ]);
  });
  it('drops unknown filters and keys with a notice that does not repeat them', () => {
    const { state, notices } = parse('trust=<script>alert(1)</script>&type=javascript:alert(1)&onload=x');
    expect(state).toEqual({ ...none, q: '' });
    expect(notices).toMatchInlineSnapshot(`
      [
        "Ignored 1 value for the trust filter that this page does not recognise.",
        "Ignored 1 value for the document type filter that this page does not recognise.",
        "Ignored 1 setting in the address that this page does not use.",
      ]
    `);
    expect(notices.join(' ')).not.toMatch(/script|javascript|onload/);
  });
  it('cuts very long words and strips bidi and control characters', () => {
    const { state, notices } = parse(`q=${'a'.repeat(5000)}`);
    expect(state.q).toHaveLength(MAX_QUERY_LENGTH);
    expect(notices).toEqual([`The search words were cut to the first ${MAX_QUERY_LENGTH} characters.`]);
    const bidi = parse('q=vote\u202Eetov\u0000');
    expect(bidi.state.q).toBe('voteetov');
    expect(bidi.notices).toEqual(['Removed invisible or control characters from the search words.']);
  });
});

describe('which clause a result links to', () => {
  const anchors = [
    { element: 'h1', id: '_top', location: 0 },
    { element: 'h2', id: '11', text: '11. Decision-making', location: 100 },
    { element: 'div', id: '11.2', location: 120 },
    { element: 'div', id: '11.3', location: 160 },
    { element: 'tr', id: 'action-4.1', location: 300 },
  ];
  it('Kent 11.3 "casting vote": the clause that starts before the first match', () => {
    expect(nearestTarget(anchors, [175, 176])).toEqual({ id: '11.3', label: 'Clause 11.3' });
  });
  it('a match in a heading links to the heading', () => {
    expect(nearestTarget(anchors, [101])).toEqual({ id: '11', label: '11. Decision-making' });
  });
  it('an action row is labelled as an action', () => {
    expect(nearestTarget(anchors, [305])).toEqual({ id: 'action-4.1', label: 'Action 4.1' });
  });
  it('a match before any clause links to the page', () => {
    expect(nearestTarget(anchors, [10])).toBeUndefined();
  });
  it('Kent 6.2 "declare interest": the clause holding most matches wins over the contents list', () => {
    const kent = [
      { element: 'h2', id: '6', text: '6. Statement of Values and declaration of interest', location: 960 },
      { element: 'div', id: '6.2', location: 1004 },
      { element: 'div', id: 'duty-6.2-1', location: 1005 },
      { element: 'div', id: '6.3', location: 1105 },
    ];
    expect(nearestTarget(kent, [42, 44, 962, 1012, 1014, 1090])).toEqual({ id: '6.2', label: 'Clause 6.2' });
  });
  it('duty and glossary anchors are not clauses', () => {
    const marked = [
      { element: 'div', id: 'paa-9', location: 10 },
      { element: 'div', id: 'duty-paa-9-1', location: 11 },
      { element: 'div', id: 'term-yos', location: 12 },
    ];
    expect(nearestTarget(marked, [13])).toEqual({ id: 'paa-9', label: 'Partner Agency Agreement 9' });
  });
});

describe("what the header field's live results say", () => {
  it('counts the results, says how many are shown, and links to the same words on the search page', () => {
    expect(liveSummary('quorum', 0)).toEqual({
      status: 'No results for “quorum”.',
      href: '/search/?q=quorum',
      link: 'Open the search page to browse by trust, document type, topic or partner',
    });
    expect(liveSummary('quorum', 1)).toMatchObject({ status: '1 result for “quorum”.', link: 'Open this result on the search page, with filters' });
    expect(liveSummary('quorum', RESULTS_PAGE_SIZE)).toMatchObject({ status: `${RESULTS_PAGE_SIZE} results for “quorum”.` });
    expect(liveSummary('casting vote', RESULTS_PAGE_SIZE + 6)).toEqual({
      status: `${RESULTS_PAGE_SIZE + 6} results for “casting vote”, showing the first ${RESULTS_PAGE_SIZE}.`,
      href: '/search/?q=casting+vote',
      link: `See all ${RESULTS_PAGE_SIZE + 6} results for “casting vote” on the search page`,
    });
  });
  it('keeps the words in the address as words: nothing in them changes where the link goes', () => {
    const { href } = liveSummary('a&trust=kent#x "/><script>', 3);
    const url = new URL(href, 'https://example.org');
    expect(url.pathname).toBe('/search/');
    expect([...url.searchParams]).toEqual([['q', 'a&trust=kent#x "/><script>']]);
    expect(url.hash).toBe('');
  });
});
