/**
 * What each tool says: the verdict for a state, in words, with the words of the source it rests on
 * and what another reading would change. The server renders the first verdict from this and the
 * browser renders every later one from it, so the wording exists once.
 */
import { attendance } from './attendance';
import { interests } from './interests';
import { earliestAfter, protocolWait, stepOf, waitOnPath } from './protocol';
import { quorum, quorumForItem } from './quorum';
import { otherReadings, withOverrides } from './readings';
import {
  parseAttendance,
  parseInterests,
  parseProtocol,
  parseQuorum,
  parseVote,
  type AttendanceState,
  type InterestsState,
  type ProtocolState,
  type QuorumState,
  type VoteState,
} from './state';
import { decide, eligibleVoters, tallyBallots, type Tally, type VoteResult } from './vote';
import type {
  AttendanceRule,
  InterestsRule,
  ProtocolRule,
  QuorumRule,
  Quote,
  Rule,
  VoteRule,
} from './types';
import { NO_RULE } from './types';
import { parseIsoDate } from '../dates';

export interface Verdict {
  /** Machine-readable verdict: the widget's `data-result` (for a protocol, its `data-step`). */
  result: string;
  /** Further `data-*` attributes for the widget root, e.g. `{ 'decided-by': 'casting-vote' }`. */
  attributes: Record<string, string>;
  headline: string;
  lines: string[];
  /** The words of the source the verdict rests on. */
  quotes: Quote[];
  /** Where another reading of the words would change the answer, what it would be. */
  others: string[];
}

const names = (list: { label: string }[]) => list.map((x) => x.label).join('; ');
/** A reading's summary inside a sentence: without its own full stop. */
const inline = (summary: string) => summary.replace(/\.\s*$/, '');
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

// Quorum -----------------------------------------------------------------------------------------

export function explainQuorum(rule: QuorumRule, state: QuorumState): Verdict {
  const { meeting, item, leaving } = quorumForItem(rule, state.present, state.leaving);
  const word = (v: string) => (v === 'quorate' ? 'quorate' : 'not quorate');
  const headline =
    `${item.verdict === 'quorate' ? 'Quorate' : 'Not quorate'}: ` +
    `${count(item.counted, 'seat')} of ${item.countable} filled; ${item.minimum} needed.`;
  const lines: string[] = [];
  if (leaving.length > 0) {
    const who = rule.attendees.filter((a) => leaving.includes(a.id)).map((a) => a.label).join(' and ');
    lines.push(
      `With everyone present the meeting is ${word(meeting.verdict)} (${count(meeting.counted, 'seat')}). ` +
        `For this item, once ${who} ${leaving.length === 1 ? 'leaves' : 'leave'}, it is ${word(item.verdict)} (${count(item.counted, 'seat')}).`,
    );
  }
  lines.push(item.filled.length > 0 ? `Seats filled: ${names(item.filled)}.` : 'No seat is filled yet.');
  if (item.empty.length > 0) lines.push(`Seats not filled: ${names(item.empty)}.`);
  const staying = state.present.filter((id) => !leaving.includes(id));
  const present = new Set(staying);
  const partial = rule.seats.filter((s) => s.anyOf.some((g) => g.length > 1 && g.some((a) => present.has(a)) && !g.every((a) => present.has(a))));
  for (const seat of partial) {
    const group = seat.anyOf.find((g) => g.length > 1 && g.some((a) => present.has(a)))!;
    const labels = group.map((a) => rule.attendees.find((x) => x.id === a)?.label ?? a);
    lines.push(`"${seat.label}": this alternative needs all of ${labels.join(' and ')}.`);
  }
  const others = otherReadings(rule.params, rule.readings, (p) => quorum(rule, staying, p), (r) => r.verdict).map(
    (o) => `Under another reading (${inline(o.summary)}) this would be ${word(o.result.verdict)}: ${count(o.result.counted, 'seat')} of ${o.result.countable} count.`,
  );
  return { result: item.verdict, attributes: {}, headline, lines, quotes: rule.statement, others };
}

// Vote -------------------------------------------------------------------------------------------

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

// Attendance -------------------------------------------------------------------------------------

export function explainAttendance(rule: AttendanceRule, state: AttendanceState): Verdict {
  const r = attendance(rule, state.records);
  const meets = r.verdict === 'meets-commitment';
  const headline = meets
    ? `Meets the commitment: ${count(r.counted, 'meeting counts', 'meetings count')}; ${r.minimum} needed.`
    : `Below the commitment: ${count(r.counted, 'meeting counts', 'meetings count')}; ${r.minimum} needed.`;
  const lines = [`Attended in person: ${r.byMember}. Attended by the named deputy: ${r.byDeputy}.`];
  if (r.byDeputy > 0 && rule.params.deputyCounts) {
    lines.push(`A deputy's attendance counts for up to ${count(rule.params.deputyAllowance, 'meeting')} a year.`);
  }
  if (r.deputyOverAllowance > 0) {
    lines.push(`The deputy attended ${count(r.deputyOverAllowance, 'meeting')} more than the ${rule.params.deputyAllowance} a year allowed; ${r.deputyOverAllowance === 1 ? 'it does' : 'they do'} not count.`);
  }
  if (!meets) {
    lines.push(
      r.stillPossible
        ? `It can still be met: ${count(r.remaining, 'meeting')} still to be held this year.`
        : 'It can no longer be met this year.',
    );
  }
  const others = otherReadings(rule.params, rule.readings, (p) => attendance(rule, state.records, p), (x) => x.verdict).map(
    (o) => `Under another reading (${inline(o.summary)}) this would be ${o.result.verdict === 'meets-commitment' ? 'enough' : 'not enough'}: ${count(o.result.counted, 'meeting counts', 'meetings count')}.`,
  );
  return { result: r.verdict, attributes: {}, headline, lines, quotes: rule.statement, others };
}

// Interests --------------------------------------------------------------------------------------

const INTEREST_HEADLINES = {
  'declare-and-leave': 'Declare the interest, and expect to leave the meeting for this item.',
  declare: 'Declare the interest, openly and immediately.',
  'not-normally-required': 'This would not normally need to be declared.',
} as const;

export function explainInterests(rule: InterestsRule, state: InterestsState): Verdict {
  const r = interests(rule, state.yes);
  const because = rule.questions.filter((q) => r.because.includes(q.id));
  const quotes = because.length > 0 ? because.map((q) => q.quote) : [rule.base.quote];
  const lines = because.length > 0 ? [`Because: ${because.map((q) => q.label.charAt(0).toLowerCase() + q.label.slice(1)).join('; ')}.`] : ['No special case applies, so the general rule does.'];
  const others = otherReadings(rule.params, rule.readings, (p) => interests(rule, state.yes, p), (x) => x.verdict).map(
    (o) => `Under another reading (${inline(o.summary)}): ${INTEREST_HEADLINES[o.result.verdict].toLowerCase()}`,
  );
  return { result: r.verdict, attributes: {}, headline: INTEREST_HEADLINES[r.verdict], lines, quotes: [...new Set(quotes)], others };
}

// Protocol ---------------------------------------------------------------------------------------

export function explainProtocol(rule: ProtocolRule, state: ProtocolState): Verdict {
  const current = stepOf(rule, state.path.at(-1)!)!;
  const lines: string[] = [];
  if (current.outcome !== undefined) lines.push(current.outcome);
  else lines.push(`Next: choose what happened (${count(current.transitions.length, 'possibility', 'possibilities')}).`);
  const attributes: Record<string, string> = {};
  const wait = protocolWait(rule);
  const others: string[] = [];
  if (wait && state.date) {
    const date = parseIsoDate(state.date)!;
    const earliest = earliestAfter(date, wait.wait, rule.params);
    attributes['earliest-second-meeting'] = earliest;
    lines.push(`The ${stepOf(rule, wait.to)?.title.split(':')[0]?.toLowerCase() ?? 'next meeting'} can be held on ${longDate(earliest)} at the earliest (${wait.wait.days} days after ${wait.wait.from}, ${longDate(state.date)}).`);
    for (const reading of rule.readings) {
      const alt = reading.alternative?.params;
      if (!alt) continue;
      const other = earliestAfter(date, wait.wait, withOverrides(rule.params, alt));
      if (other !== earliest) others.push(`Under another reading (${inline(reading.alternative!.summary)}) the earliest date would be ${longDate(other)}.`);
    }
  }
  const taken = waitOnPath(rule, state.path);
  const quotes = taken ? [taken.wait.quote] : [];
  return { result: current.id, attributes, headline: current.title, lines, quotes, others };
}

const LONG = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
/** "Monday 9 March 2009", built from parts so every browser writes it the same way. */
function longDate(iso: string): string {
  const parts = Object.fromEntries(LONG.formatToParts(parseIsoDate(iso)!).map((p) => [p.type, p.value]));
  return `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}`;
}

// Any rule ---------------------------------------------------------------------------------------

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
