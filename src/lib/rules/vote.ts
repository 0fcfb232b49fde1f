/**
 * Voting: who votes, and is the motion carried?
 *
 * Where the document lists the voters and an eligibility test (County Durham 9.5(e): a partner
 * votes if the decision directly affects its statutory duty, powers or finances, or it is to
 * implement the decision), the tool applies the test to each partner; where it does not (Kent
 * 11.3), the tool takes numbers of votes. A tie goes to the Chair's casting vote where the document
 * gives one; if the Chair does not use it (Kent: "may"), the vote stays tied.
 */
import type { VoteParams, VoteRule } from './types';

export type VoteVerdict = 'carried' | 'not-carried' | 'tied';
export type Casting = 'for' | 'against' | 'none';

export interface Tally {
  for: number;
  against: number;
  abstain: number;
}

export interface VoteResult {
  verdict: VoteVerdict;
  /** Set when a tie was broken by the Chair's casting vote. */
  decidedBy?: 'casting-vote' | undefined;
  tally: Tally;
  /** Votes needed to carry under the rule's majority. */
  needed: number;
}

/** Votes needed to carry: more for than against, or more than half of those entitled to vote. */
function needed(tally: Tally, params: VoteParams): number {
  if (params.majority === 'majority-of-eligible') {
    return Math.floor((tally.for + tally.against + tally.abstain) / 2) + 1;
  }
  return tally.against + 1;
}

export function decide(rule: VoteRule, tally: Tally, casting: Casting, params: VoteParams = rule.params): VoteResult {
  const need = needed(tally, params);
  if (tally.for >= need) return { verdict: 'carried', tally, needed: need };
  const tie = tally.for === tally.against && tally.for + tally.against > 0;
  if (!tie) return { verdict: 'not-carried', tally, needed: need };
  if (!rule.castingVote || casting === 'none') return { verdict: 'tied', tally, needed: need };
  // A casting vote for the motion carries it only if that one vote reaches the majority needed.
  if (casting === 'for') {
    return { verdict: tally.for + 1 >= need ? 'carried' : 'not-carried', decidedBy: 'casting-vote', tally, needed: need };
  }
  return { verdict: 'not-carried', decidedBy: 'casting-vote', tally, needed: need };
}

export type Ballot = 'for' | 'against' | 'abstain';

/** For a rule with listed voters: the partners the eligibility test selects, in the listed order. */
export function eligibleVoters(rule: VoteRule, selected: Iterable<string>): string[] {
  if (rule.voters.mode !== 'listed') return [];
  const chosen = new Set(selected);
  return rule.voters.partners.map((p) => p.id).filter((id) => chosen.has(id));
}

/** Counts the ballots of those who vote; ballots from anyone else are not counted. */
export function tallyBallots(voters: readonly string[], ballots: ReadonlyMap<string, Ballot>): Tally {
  const tally: Tally = { for: 0, against: 0, abstain: 0 };
  for (const voter of voters) {
    const ballot = ballots.get(voter);
    if (ballot) tally[ballot] += 1;
  }
  return tally;
}
