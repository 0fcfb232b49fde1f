/**
 * The declaring-interests tool's state in the URL query (see state.ts).
 */
import { QueryReader } from '../url-state';
import type { InterestsRule } from './types';
import { query, type Parsed } from './state-query';

// Interests: ?yes=business&yes=doubt

export interface InterestsState {
  yes: string[];
}

export function parseInterests(params: URLSearchParams, rule: InterestsRule): Parsed<InterestsState> {
  const reader = new QueryReader(params);
  const yes = reader.list('yes', rule.questions.map((q) => q.id), 'the answers');
  return { state: { yes }, notices: reader.finish() };
}

export const interestsQuery = (s: InterestsState) => query([['yes', s.yes]]);
