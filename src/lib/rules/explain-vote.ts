/**
 * The vote tool's answer for a state, in words, with the source's words it rests on (see verdict.ts).
 */
import { otherReadings } from './readings';
import type { VoteState } from './state-vote';
import type { VoteRule } from './types';
import { decide, eligibleVoters, tallyBallots, type Tally, type VoteResult } from './vote';
import { count, inline, names, type Verdict } from './verdict';

function tallyOf(rule: VoteRule, state: VoteState): Tally {
  if (state.mode === 'counted') return { for: state.for, against: state.against, abstain: state.abstain };
  return tallyBallots(eligibleVoters(rule, state.voters), state.ballots);
}

function voteHeadline(result: VoteResult): string {
  const t = result.tally;
  const figures = `${t.for} for, ${t.against} against${t.abstain ? `, ${t.abstain} abstaining` : ''}`;
  if (result.decidedBy === 'casting-vote') {
    return `${result.verdict === 'carried' ? 'Carried' : 'Not carried'} on the Chair's casting vote (${figures}).`;
  }
  if (result.verdict === 'tied') return `Tied (${figures}).`;
  return `${result.verdict === 'carried' ? 'Carried' : 'Not carried'} (${figures}).`;
}

export function explainVote(rule: VoteRule, state: VoteState): Verdict {
  const tally = tallyOf(rule, state);
  const result = decide(rule, tally, state.casting);
  const lines: string[] = [];
  if (rule.voters.mode === 'listed') {
    const voters = rule.voters.partners.filter((p) => state.mode === 'listed' && state.voters.includes(p.id));
    lines.push(
      voters.length === 0
        ? 'No partner votes yet: tick each partner the decision directly affects, or that will implement it.'
        : `${count(voters.length, 'partner votes', 'partners vote')} on this matter: ${names(voters)}.`,
    );
    const unballoted = voters.filter((p) => state.mode === 'listed' && !state.ballots.has(p.id)).length;
    if (unballoted > 0) lines.push(`${count(unballoted, 'partner')} who ${unballoted === 1 ? 'votes has' : 'vote have'} not recorded a vote yet.`);
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
  if (result.verdict !== 'tied' && state.casting !== 'none' && result.decidedBy === undefined) {
    lines.push("The Chair's casting vote is only used on a tie, so it is not counted.");
  }
  const others = otherReadings(rule.params, rule.readings, (p) => decide(rule, tally, state.casting, p), (r) => r.verdict).map(
    (o) => `Under another reading (${inline(o.summary)}) this would be ${o.result.verdict.replace('-', ' ')}.`,
  );
  const always = rule.readings.filter((r) => r.alternative && !r.alternative.params).map((r) => `Another reading: ${r.alternative!.summary}`);
  const quotes = rule.castingVote && result.verdict === 'tied' ? [...rule.statement, rule.castingVote.quote] : rule.statement;
  return {
    result: result.verdict,
    attributes: result.decidedBy ? { 'decided-by': result.decidedBy } : {},
    headline: voteHeadline(result),
    lines,
    quotes: [...new Set(quotes)],
    others: [...others, ...always],
  };
}
