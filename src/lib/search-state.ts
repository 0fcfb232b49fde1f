/**
 * Search page state in the URL (`/search/?q=casting+vote&trust=kent&type=cabinet-report`), and the
 * choice of which clause or heading a result should link to. Pure: no DOM.
 *
 * Anything in the URL that is not a known key or an allowed value is dropped and reported as a
 * notice in plain words. Notices never repeat the offending value, so nothing from the URL can be
 * injected into the page through them.
 */
import { isClauseId } from './clauses';
import { QueryReader } from './url-state';

export const MAX_QUERY_LENGTH = 200;

export interface SearchState {
  q: string;
  trust: string[];
  type: string[];
}

export interface Allowed {
  trust: readonly string[];
  type: readonly string[];
}

export interface ParsedState {
  state: SearchState;
  notices: string[];
}

/** Control characters and bidirectional overrides have no place in a search query. */
const UNSAFE = /[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

export function parseSearchParams(params: URLSearchParams, allowed: Allowed): ParsedState {
  const reader = new QueryReader(params, 'page');
  const trust = reader.list('trust', allowed.trust, 'the trust filter');
  const type = reader.list('type', allowed.type, 'the document type filter');
  const queries = reader.raw('q');
  const notices = reader.finish();

  let q = (queries[0] ?? '').replace(UNSAFE, '');
  if (queries.length > 1) notices.push('The address held more than one search; only the first was used.');
  if (q !== (queries[0] ?? '')) notices.push('Removed invisible or control characters from the search words.');
  if (q.length > MAX_QUERY_LENGTH) {
    q = q.slice(0, MAX_QUERY_LENGTH);
    notices.push(`The search words were cut to the first ${MAX_QUERY_LENGTH} characters.`);
  }
  return { state: { q: q.trim(), trust, type }, notices };
}

export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const trust of state.trust) params.append('trust', trust);
  for (const type of state.type) params.append('type', type);
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
 * The clause or heading a result should link to: the last clause or heading that starts at or before
 * the first matching word. Undefined when the match comes before any of them.
 */
export function nearestTarget(anchors: readonly Anchor[], locations: readonly number[]): Target | undefined {
  const first = locations.length > 0 ? Math.min(...locations) : 0;
  const candidates = anchors
    .filter((a) => isClauseId(a.id) && (HEADING.test(a.element) || a.element === 'div' || a.element === 'tr'))
    .filter((a) => a.location <= first)
    .sort((a, b) => a.location - b.location);
  const best = candidates[candidates.length - 1];
  if (!best) return undefined;
  if (HEADING.test(best.element)) return { id: best.id, label: (best.text ?? best.id).trim() || best.id };
  return { id: best.id, label: best.element === 'tr' ? `Action ${best.id.replace(/^action-/, '')}` : `Clause ${best.id}` };
}
