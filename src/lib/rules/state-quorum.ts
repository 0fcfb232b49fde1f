/** The quorum tool's state in the URL query. */
import { QueryReader } from '../url-state';
import type { QuorumRule } from './types';
import { OTHER, organisationChoices } from './quorum';
import { toQuery, type Parsed } from './state-common';

// Quorum: ?present=chair&present=kcc&leaving=kcc&from-vice-chair=kent-police

export interface QuorumState {
  present: string[];
  leaving: string[];
  /**
   * Answers to what the words leave unsaid: for a post whose holder's organisation the tool asks
   * (the Vice Chair, Kent 10.3), the seat of that organisation, or `other`. Absent: not answered.
   */
  from?: Record<string, string> | undefined;
}

/** The posts whose organisation the tool asks, in the rule's order. */
export const askedOrganisations = (rule: QuorumRule) => rule.attendees.filter((a) => a.organisation && 'ask' in a.organisation);

export function parseQuorum(params: URLSearchParams, rule: QuorumRule): Parsed<QuorumState> {
  const reader = new QueryReader(params);
  const ids = rule.attendees.map((a) => a.id);
  const present = reader.list('present', ids, 'who is present');
  const leaving = reader.list('leaving', ids, 'who leaves for this item');
  const notPresent = leaving.filter((id) => !present.includes(id)).length;
  if (notPresent > 0) reader.notices.push(`Ignored ${notPresent === 1 ? 'one person' : `${notPresent} people`} marked as leaving who ${notPresent === 1 ? 'was' : 'were'} not marked as present.`);
  const from: Record<string, string> = {};
  for (const a of askedOrganisations(rule)) {
    const choices = [OTHER, ...organisationChoices(rule, a.id).map((s) => s.id)];
    const answer = reader.one<string>(`from-${a.id}`, choices, '', `the organisation of the ${a.label}`);
    if (answer !== '') from[a.id] = answer;
  }
  const state: QuorumState = { present, leaving: leaving.filter((id) => present.includes(id)) };
  if (Object.keys(from).length > 0) state.from = from;
  return { state, notices: reader.finish() };
}

export const quorumQuery = (s: QuorumState) =>
  toQuery([['present', s.present], ['leaving', s.leaving], ...Object.entries(s.from ?? {}).map(([a, seat]): [string, string] => [`from-${a}`, seat])]);
