/**
 * One entry point for "what does this rule say for this tool state?", as the machine-readable
 * verdict each widget puts in `data-result` (or, for a protocol, the current step id it puts in
 * `data-step`). Used by the build to check each rule's worked examples, and by the tests.
 */
import { attendance } from './attendance';
import { interests } from './interests';
import { quorumForItem } from './quorum';
import { decide, eligibleVoters, tallyBallots, type Tally } from './vote';
import { parseAttendance, parseInterests, parseProtocol, parseQuorum, parseVote, type VoteState } from './state';
import { NO_RULE, type Rule, type VoteRule } from './types';

export interface Evaluation {
  verdict: string;
  notices: string[];
  /** Extra machine-readable facts: `decided-by` for a casting vote. */
  decidedBy?: string | undefined;
}

/** The tally a vote state gives: counted directly, or from the ballots of those who vote. */
export function tallyOf(rule: VoteRule, state: VoteState): Tally {
  if (state.mode === 'counted') return { for: state.for, against: state.against, abstain: state.abstain };
  return tallyBallots(eligibleVoters(rule, state.voters), state.ballots);
}

export function evaluate(rule: Rule, query: string): Evaluation {
  const params = new URLSearchParams(query);
  if (rule.provision === 'not-stated') return { verdict: NO_RULE, notices: [] };
  switch (rule.kind) {
    case 'quorum': {
      const { state, notices } = parseQuorum(params, rule);
      return { verdict: quorumForItem(rule, state.present, state.leaving).item.verdict, notices };
    }
    case 'vote': {
      const { state, notices } = parseVote(params, rule);
      const result = decide(rule, tallyOf(rule, state), state.casting);
      return { verdict: result.verdict, notices, decidedBy: result.decidedBy };
    }
    case 'attendance': {
      const { state, notices } = parseAttendance(params, rule);
      return { verdict: attendance(rule, state.records).verdict, notices };
    }
    case 'interests': {
      const { state, notices } = parseInterests(params, rule);
      return { verdict: interests(rule, state.yes).verdict, notices };
    }
    case 'protocol': {
      const { state, notices } = parseProtocol(params, rule);
      return { verdict: state.path.at(-1)!, notices };
    }
  }
}
