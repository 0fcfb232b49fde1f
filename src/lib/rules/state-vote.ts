/**
 * The vote tool's state in the URL query (see state.ts).
 */
import { QueryReader } from '../url-state';
import type { Casting, Ballot } from './vote';
import type { VoteRule } from './types';
import { query, type Parsed } from './state-query';

// Vote: counted ?for=3&against=2&abstain=1&casting=for; listed ?voter=a&voter=b&ballot-a=for&ballot-b=against

export const CASTINGS = ['none', 'for', 'against'] as const satisfies readonly Casting[];
export const MAX_VOTES = 999;

export interface CountedVoteState {
  mode: 'counted';
  for: number;
  against: number;
  abstain: number;
  casting: Casting;
}

export interface ListedVoteState {
  mode: 'listed';
  /** Partners the eligibility test selects. */
  voters: string[];
  ballots: Map<string, Ballot>;
  casting: Casting;
}

export type VoteState = CountedVoteState | ListedVoteState;

const BALLOTS = ['for', 'against', 'abstain'] as const satisfies readonly Ballot[];

export function parseVote(params: URLSearchParams, rule: VoteRule): Parsed<VoteState> {
  const reader = new QueryReader(params);
  const casting = rule.castingVote ? reader.one('casting', CASTINGS, 'none', "the Chair's casting vote") : 'none';
  if (rule.voters.mode === 'counted') {
    const state: CountedVoteState = {
      mode: 'counted',
      for: reader.count('for', MAX_VOTES, 0, 'votes for'),
      against: reader.count('against', MAX_VOTES, 0, 'votes against'),
      abstain: reader.count('abstain', MAX_VOTES, 0, 'abstentions'),
      casting,
    };
    return { state, notices: reader.finish() };
  }
  const ids = rule.voters.partners.map((p) => p.id);
  const voters = reader.list('voter', ids, 'which partners vote');
  const ballots = new Map<string, Ballot>();
  let stray = 0;
  for (const id of ids) {
    if (!params.has(`ballot-${id}`)) continue;
    const ballot = reader.one<Ballot | ''>(`ballot-${id}`, BALLOTS, '', 'a vote');
    if (ballot === '') continue;
    if (voters.includes(id)) ballots.set(id, ballot);
    else stray += 1;
  }
  if (stray > 0) reader.notices.push(`Ignored ${stray === 1 ? 'a vote' : `${stray} votes`} from partners not marked as voting.`);
  return { state: { mode: 'listed', voters, ballots, casting }, notices: reader.finish() };
}

export function voteQuery(s: VoteState): URLSearchParams {
  const casting = s.casting === 'none' ? undefined : s.casting;
  if (s.mode === 'counted') {
    return query([['for', s.for || undefined], ['against', s.against || undefined], ['abstain', s.abstain || undefined], ['casting', casting]]);
  }
  return query([
    ['voter', s.voters],
    ...s.voters.flatMap((id): [string, string][] => (s.ballots.has(id) ? [[`ballot-${id}`, s.ballots.get(id)!]] : [])),
    ['casting', casting],
  ]);
}
