/**
 * The disagreements tool's state in the URL query (see state.ts).
 */
import { QueryReader } from '../url-state';
import type { ProtocolRule } from './types';
import { walk } from './protocol';
import { query, type Parsed } from './state-query';

// Protocol: ?path=discussion&path=objection&date=2009-03-02

/** Longest path the address may hold; a real dispute takes a handful of steps. */
export const MAX_PATH = 40;

export interface ProtocolState {
  /** Steps taken, from the start. */
  path: string[];
  /** Date of the meeting a waiting period is counted from, `YYYY-MM-DD`. */
  date?: string | undefined;
}

export function parseProtocol(params: URLSearchParams, rule: ProtocolRule): Parsed<ProtocolState> {
  const reader = new QueryReader(params);
  const given = reader.sequence('path', rule.steps.map((s) => s.id), MAX_PATH, 'the steps taken');
  const walked = walk(rule, given);
  if (walked.rejected !== undefined) {
    reader.notices.push('The steps in the address did not follow the protocol; the stepper stopped at the last step that did.');
  }
  const date = reader.date('date', 'the meeting date');
  return { state: { path: walked.path, date }, notices: reader.finish() };
}

export const protocolQuery = (s: ProtocolState) => query([['path', s.path.length > 1 ? s.path : undefined], ['date', s.date]]);
