/**
 * The quorum tool's state in the URL query (see state.ts).
 */
import { QueryReader } from '../url-state';
import type { QuorumRule } from './types';
import { query, type Parsed } from './state-query';

// Quorum: ?present=chair&present=kcc&leaving=kcc

export interface QuorumState {
  present: string[];
  leaving: string[];
}

export function parseQuorum(params: URLSearchParams, rule: QuorumRule): Parsed<QuorumState> {
  const reader = new QueryReader(params);
  const ids = rule.attendees.map((a) => a.id);
  const present = reader.list('present', ids, 'who is present');
  const leaving = reader.list('leaving', ids, 'who leaves for this item');
  const notPresent = leaving.filter((id) => !present.includes(id)).length;
  if (notPresent > 0) reader.notices.push(`Ignored ${notPresent === 1 ? 'one person' : `${notPresent} people`} marked as leaving who ${notPresent === 1 ? 'was' : 'were'} not marked as present.`);
  return { state: { present, leaving: leaving.filter((id) => present.includes(id)) }, notices: reader.finish() };
}

export const quorumQuery = (s: QuorumState) => query([['present', s.present], ['leaving', s.leaving]]);
