/**
 * What each tool says, for any rule: parses a tool's state from a URL query and explains it with
 * that tool's explanation (explain-quorum.ts, explain-vote.ts…). The server renders the first
 * verdict from these and the browser renders every later one, so the wording exists once; a tool's
 * page imports only its own explanation, not this file.
 */
import { explainAttendance } from './explain-attendance';
import { explainInterests } from './explain-interests';
import { explainProtocol } from './explain-protocol';
import { explainQuorum } from './explain-quorum';
import { explainVote } from './explain-vote';
import { parseAttendance, parseInterests, parseProtocol, parseQuorum, parseVote } from './state';
import type { Rule } from './types';
import { NO_RULE } from './types';
import type { Verdict } from './verdict';

export type { Verdict } from './verdict';
export { explainAttendance, explainInterests, explainProtocol, explainQuorum, explainVote };

export interface Evaluation {
  verdict: Verdict;
  notices: string[];
}

/** Parses a tool state from a URL query and explains the verdict. */
export function evaluateQuery(rule: Rule, query: string | URLSearchParams): Evaluation {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  if (rule.provision === 'not-stated') {
    return { verdict: { result: NO_RULE, attributes: {}, headline: rule.finding, lines: [], quotes: rule.nearest, others: [] }, notices: [] };
  }
  switch (rule.kind) {
    case 'quorum': {
      const { state, notices } = parseQuorum(params, rule);
      return { verdict: explainQuorum(rule, state), notices };
    }
    case 'vote': {
      const { state, notices } = parseVote(params, rule);
      return { verdict: explainVote(rule, state), notices };
    }
    case 'attendance': {
      const { state, notices } = parseAttendance(params, rule);
      return { verdict: explainAttendance(rule, state), notices };
    }
    case 'interests': {
      const { state, notices } = parseInterests(params, rule);
      return { verdict: explainInterests(rule, state), notices };
    }
    case 'protocol': {
      const { state, notices } = parseProtocol(params, rule);
      return { verdict: explainProtocol(rule, state), notices };
    }
  }
}
