/**
 * Voting: who votes, and is the motion carried?
 *
 * Where the document lists the voters and an eligibility test (County Durham 9.5(e): a partner
 * votes if the decision directly affects its statutory duty, powers or finances, or it is to
 * implement the decision), the tool applies the test to each partner; where it does not (Kent
 * 11.3), the tool takes numbers of votes. A tie goes to the Chair's casting vote where the document
 * gives one; if the Chair does not use it (Kent: "may"), the vote stays tied.
 *
 * A vote has no outcome while anyone entitled to vote has not voted: the verdict is then
 * `incomplete`, with the number still to vote. With counted votes the tool cannot know who is
 * entitled, so only a vote with nothing entered is incomplete.
 */
import type { VoteParams, VoteRule } from './types';

export type VoteVerdict = 'carried' | 'not-carried' | 'tied' | 'incomplete';
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
  /** Votes still to be cast by those entitled to vote (listed voters only). */
  notVoted?: number | undefined;
  /** Set when the Chair chose a casting vote on a tie but this reading gives the Chair none. */
  castingRefused?: string | undefined;
}

export interface Context {
  /** Votes still to come from those entitled to vote. */
  notVoted?: number | undefined;
  /** Those entitled to vote, in votes (for a majority of all entitled); defaults to the votes cast. */
  entitled?: number | undefined;
  /** Why the Chair has no casting vote under this reading, where that is so. */
  noCasting?: string | undefined;
}

/** Votes needed to carry: more for than against, or more than half of those entitled to vote. */
function needed(tally: Tally, params: VoteParams, entitled: number): number {
  if (params.majority === 'majority-of-eligible') return Math.floor(entitled / 2) + 1;
  return tally.against + 1;
}

export function decide(rule: VoteRule, tally: Tally, casting: Casting, params: VoteParams = rule.params, context: Context = {}): VoteResult {
  const cast = tally.for + tally.against + tally.abstain;
  const need = needed(tally, params, context.entitled ?? cast);
  const notVoted = context.notVoted;
  if ((notVoted ?? 0) > 0 || (notVoted === undefined && cast === 0) || (notVoted === 0 && context.entitled === 0)) {
    return { verdict: 'incomplete', tally, needed: need, notVoted };
  }
  if (tally.for >= need) return { verdict: 'carried', tally, needed: need, notVoted };
  const tie = tally.for === tally.against && tally.for + tally.against > 0;
  if (!tie) return { verdict: 'not-carried', tally, needed: need, notVoted };
  if (!rule.castingVote || casting === 'none') return { verdict: 'tied', tally, needed: need, notVoted };
  if (context.noCasting) return { verdict: 'tied', tally, needed: need, notVoted, castingRefused: context.noCasting };
  // A casting vote for the motion carries it only if that one vote reaches the majority needed.
  if (casting === 'for') {
    return { verdict: tally.for + 1 >= need ? 'carried' : 'not-carried', decidedBy: 'casting-vote', tally, needed: need, notVoted };
  }
  return { verdict: 'not-carried', decidedBy: 'casting-vote', tally, needed: need, notVoted };
}

export type Ballot = 'for' | 'against' | 'abstain';

/** For a rule with listed voters: the partners the eligibility test selects (or, on that reading, every partner), in the listed order. */
export function eligibleVoters(rule: VoteRule, selected: Iterable<string>, params: VoteParams = rule.params): string[] {
  if (rule.voters.mode !== 'listed') return [];
  if (params.voters === 'every-partner') return rule.voters.partners.map((p) => p.id);
  const chosen = new Set(selected);
  return rule.voters.partners.map((p) => p.id).filter((id) => chosen.has(id));
}

/** Votes a voter has under these params: one, unless the reading weights it. */
export const weightOf = (params: VoteParams, voter: string): number => params.weights?.[voter] ?? 1;

/** Counts the ballots of those who vote (each by its weight); ballots from anyone else are not counted. */
export function tallyBallots(voters: readonly string[], ballots: ReadonlyMap<string, Ballot>, params?: VoteParams): Tally {
  const tally: Tally = { for: 0, against: 0, abstain: 0 };
  for (const voter of voters) {
    const ballot = ballots.get(voter);
    if (ballot) tally[ballot] += params ? weightOf(params, voter) : 1;
  }
  return tally;
}

/** A vote of listed partners, start to finish: who votes, the tally, who has still to vote, the casting vote. */
export function listedVote(
  rule: VoteRule,
  selected: readonly string[],
  ballots: ReadonlyMap<string, Ballot>,
  casting: Casting,
  params: VoteParams = rule.params,
): VoteResult & { voters: string[] } {
  const voters = eligibleVoters(rule, selected, params);
  const tally = tallyBallots(voters, ballots, params);
  const waiting = voters.filter((v) => !ballots.has(v));
  const notVoted = waiting.reduce((n, v) => n + weightOf(params, v), 0);
  const entitled = voters.reduce((n, v) => n + weightOf(params, v), 0);
  const chair = rule.castingVote?.chair?.voter;
  const chairBallot = chair === undefined ? undefined : ballots.get(chair);
  const chairVoted = chair !== undefined && voters.includes(chair) && (chairBallot === 'for' || chairBallot === 'against');
  const noCasting = params.castingNeedsChairVote && chair !== undefined && !chairVoted ? chair : undefined;
  return { ...decide(rule, tally, casting, params, { notVoted, entitled, noCasting }), voters };
}
