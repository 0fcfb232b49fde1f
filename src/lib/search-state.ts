/**
 * Search page state in the URL (`/search/?q=casting+vote&trust=kent&type=cabinet-report&partner=police&topic=attendance`), and the
 * choice of which clause or heading a result should link to. Pure: no DOM.
 *
 * Anything in the URL that is not a known key or an allowed value is dropped and reported as a
 * notice in plain words. Notices never repeat the offending value, so nothing from the URL can be
 * injected into the page through them.
 */
import { clauseName, isClauseId, isPrintedClause } from './clauses';
import { QueryReader } from './url-state';

export const MAX_QUERY_LENGTH = 200;

/** The filters, in the order the page shows them and the address lists them. */
export const FILTERS = ['trust', 'type', 'topic', 'partner'] as const;
export type FilterName = (typeof FILTERS)[number];

export type SearchState = { q: string } & Record<FilterName, string[]>;

export type Allowed = Record<FilterName, readonly string[]>;

/** The `record` filter: every page is a Page record, every duty a Duty record (see lib/partners.ts). */
/**
 * Results the search page shows at a time, as Starlight's own search does; "Show more" fetches the
 * next ones. Each result's data is a file of its own (up to 10 KB), and on a phone the results
 * start below the search form, so the first page is kept to what a reader looks at first.
 */
export const RESULTS_PAGE_SIZE = 5;
export const PAGE_RECORD = 'Page';
export const DUTY_RECORD = 'Duty';

/** How each filter is named in notices. */
const FILTER_NAMES: Record<FilterName, string> = {
  trust: 'the trust filter',
  type: 'the document type filter',
  topic: 'the topic filter',
  partner: 'the partner filter',
};

/** True when nothing is asked: no words and no filter. */
export const isEmpty = (state: SearchState) => !state.q && FILTERS.every((f) => state[f].length === 0);

/**
 * Duties are indexed as records of their own (see lib/partners.ts). They carry the partner and
 * topic filters; a plain search, without either, looks at pages only so no passage shows twice.
 */
export const searchesDuties = (state: SearchState) => state.partner.length > 0 || state.topic.length > 0;

export interface ParsedState {
  state: SearchState;
  notices: string[];
}

/** Control characters and bidirectional overrides have no place in a search query. */
const UNSAFE = /[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

export function parseSearchParams(params: URLSearchParams, allowed: Allowed): ParsedState {
  const reader = new QueryReader(params, 'page');
  const filters = Object.fromEntries(FILTERS.map((f) => [f, reader.list(f, allowed[f], FILTER_NAMES[f])])) as Record<FilterName, string[]>;
  const queries = reader.raw('q');
  const notices = reader.finish();

  let q = (queries[0] ?? '').replace(UNSAFE, '');
  if (queries.length > 1) notices.push('The address held more than one search; only the first was used.');
  if (q !== (queries[0] ?? '')) notices.push('Removed invisible or control characters from the search words.');
  if (q.length > MAX_QUERY_LENGTH) {
    q = q.slice(0, MAX_QUERY_LENGTH);
    notices.push(`The search words were cut to the first ${MAX_QUERY_LENGTH} characters.`);
  }
  return { state: { q: q.trim(), ...filters }, notices };
}

export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const filter of FILTERS) for (const value of state[filter]) params.append(filter, value);
  return params;
}

/** An element with an id in a Pagefind result, with the word position where it starts. */
export interface Anchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}

export interface Target {
  id: string;
  /** "Clause 10.4" for a numbered paragraph, the heading text for a heading. */
  label: string;
}

const HEADING = /^h[2-6]$/i;

/**
 * The clause or heading a result should link to: the one holding the most matching words (each
 * match belongs to the last clause or heading that starts at or before it), the earliest on a tie.
 * Undefined when most matches come before any clause, e.g. in the page's contents list.
 */
export function nearestTarget(anchors: readonly Anchor[], locations: readonly number[]): Target | undefined {
  const candidates = anchors
    .filter((a) => (HEADING.test(a.element) && isClauseId(a.id)) || ((a.element === 'div' || a.element === 'tr') && isPrintedClause(a.id)))
    .sort((a, b) => a.location - b.location);
  const owner = (location: number) => candidates.filter((a) => a.location <= location).at(-1);
  const counts = new Map<Anchor | undefined, number>();
  for (const location of locations.length > 0 ? locations : [0]) {
    const anchor = owner(location);
    counts.set(anchor, (counts.get(anchor) ?? 0) + 1);
  }
  // Map keeps insertion order, which follows the locations, so the earliest wins a tie.
  const best = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  if (!best) return undefined;
  if (HEADING.test(best.element)) return { id: best.id, label: (best.text ?? best.id).trim() || best.id };
  return { id: best.id, label: clauseLabel(best.id) };
}

/** How a result names a clause: "Clause 10.4", "Partner Agency Agreement 9", "Action 4.1". */
export function clauseLabel(id: string): string {
  const name = clauseName(id);
  return /^\d/.test(name) ? `Clause ${name}` : name.charAt(0).toUpperCase() + name.slice(1);
}

/** What the header's live results say, and where their link to the search page goes. */
export interface LiveSummary {
  /** For the status line (read out by screen readers, and shown above the results). */
  status: string;
  /** The search page with the same words, where the filters are. */
  href: string;
  /** The link's words. */
  link: string;
}

/**
 * The header search field's summary of `total` results for `q` (its words, already trimmed): the
 * count, that only the first RESULTS_PAGE_SIZE are shown, and a link to the search page for the rest
 * and the filters. Pure; the address is built by URLSearchParams, so nothing in `q` can reach the
 * page as markup or change where the link goes.
 */
export function liveSummary(q: string, total: number): LiveSummary {
  const params = toSearchParams({ q, trust: [], type: [], topic: [], partner: [] }).toString();
  const href = `/search/${params ? `?${params}` : ''}`;
  const words = `“${q}”`;
  if (total === 0) return { status: `No results for ${words}.`, href, link: 'Open the search page to browse by trust, document type, topic or partner' };
  if (total <= RESULTS_PAGE_SIZE) {
    return { status: `${total} result${total === 1 ? '' : 's'} for ${words}.`, href, link: `Open ${total === 1 ? 'this result' : 'these results'} on the search page, with filters` };
  }
  return { status: `${total} results for ${words}, showing the first ${RESULTS_PAGE_SIZE}.`, href, link: `See all ${total} results for ${words} on the search page` };
}
