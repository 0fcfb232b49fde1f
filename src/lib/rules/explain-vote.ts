/** What the voting tool says for a state: carried, not carried, tied or no outcome yet, and each reading's answer. */
import type { VoteState } from './state-vote';
import type { VoteParams, VoteRule } from './types';
import { answersFor, count, names, verdictOf, type Verdict } from './verdict';
import { decide, listedVote, type VoteResult } from './vote';

// Vote -------------------------------------------------------------------------------------------

type VoteRun = VoteResult & { voters?: string[] | undefined };

function runVote(rule: VoteRule, state: VoteState, params: VoteParams): VoteRun {
  if (state.mode === 'counted') return decide(rule, { for: state.for, against: state.against, abstain: state.abstain }, state.casting, params);
  return listedVote(rule, state.voters, state.ballots, state.casting, params);
}

function voteHeadline(rule: VoteRule, result: VoteRun): string {
  const t = result.tally;
  const figures = `${t.for} for, ${t.against} against${t.abstain ? `, ${t.abstain} abstaining` : ''}`;
  if (result.verdict === 'incomplete') {
    if (result.voters === undefined) return 'No outcome yet: no votes have been entered.';
    if (result.voters.length === 0) return 'No outcome yet: no partner has been marked as voting.';
    const waiting = result.notVoted ?? 0;
    const entitled = result.voters.length;
    return `No outcome yet: ${waiting === 1 ? 'one vote' : `${waiting} votes`} still to be cast by those entitled to vote (${count(entitled, 'partner')}); so far ${figures}.`;
  }
  if (result.decidedBy === 'casting-vote') {
    return `${result.verdict === 'carried' ? 'Carried' : 'Not carried'} on the Chair's casting vote (${figures}).`;
  }
  if (result.verdict === 'tied') {
    const refused = result.castingRefused && rule.voters.mode === 'listed' ? rule.voters.partners.find((p) => p.id === result.castingRefused)?.label : undefined;
    return refused ? `Tied (${figures}): the Chair has no casting vote, since the Chair's own partner has not voted for or against (${refused}).` : `Tied (${figures}).`;
  }
  return `${result.verdict === 'carried' ? 'Carried' : 'Not carried'} (${figures}).`;
}

export function explainVote(rule: VoteRule, state: VoteState): Verdict {
  const result = runVote(rule, state, rule.params);
  const lines: string[] = [];
  if (rule.voters.mode === 'listed' && state.mode === 'listed') {
    const voters = rule.voters.partners.filter((p) => state.voters.includes(p.id));
    lines.push(
      voters.length === 0
        ? 'No partner votes yet: tick each partner the decision directly affects, or that will implement it.'
        : `${count(voters.length, 'partner votes', 'partners vote')} on this matter: ${names(voters)}.`,
    );
    const unballoted = voters.filter((p) => !state.ballots.has(p.id));
    if (unballoted.length > 0) lines.push(`Still to vote: ${names(unballoted)}.`);
    const others = [...state.ballots.keys()].filter((id) => !state.voters.includes(id)).length;
    if (others > 0) {
      lines.push(`${others === 1 ? 'One vote' : `${others} votes`} from partners not marked as voting ${others === 1 ? 'is' : 'are'} not counted on the reading this tool uses.`);
    }
  }
  if (result.verdict === 'tied') {
    lines.push(
      !rule.castingVote
        ? 'The document gives no casting vote.'
        : rule.castingVote.use === 'may'
          ? "The Chair may use a casting vote. If the Chair does not, the vote stays tied."
          : 'The Chair has a second and casting vote: choose how the Chair uses it.',
    );
  }
  if (result.verdict !== 'tied' && result.verdict !== 'incomplete' && state.casting !== 'none' && result.decidedBy === undefined) {
    lines.push("The Chair's casting vote is only used on a tie, so it is not counted.");
  }
  const answers = answersFor(rule, (p) => runVote(rule, state, p), (r) => r.verdict, (r) => voteHeadline(rule, r));
  const quotes = rule.castingVote && result.verdict === 'tied' ? [...rule.statement, rule.castingVote.quote] : rule.statement;
  const attributes: Record<string, string> = {};
  if (result.decidedBy) attributes['decided-by'] = result.decidedBy;
  if (result.verdict === 'incomplete' && result.notVoted !== undefined) attributes['not-voted'] = String(result.notVoted);
  return verdictOf(result.verdict, attributes, voteHeadline(rule, result), lines, [...new Set(quotes)], answers);
}
