/**
 * What each tool says: the verdict for a state, in words, with the words of the source it rests on
 * and what another reading would change. The server renders the first verdict from this and the
 * browser renders every later one from it, so the wording exists once.
 */
import { attendance, type AttendanceResult } from './attendance';
import { interests } from './interests';
import { earliestAfter, protocolWait, stepOf, transitionBetween, waitOnPath, walk } from './protocol';
import { OTHER, organisationChoices, quorumForItem, type QuorumResult } from './quorum';
import { otherReadings, withOverrides } from './readings';
import {
  askedOrganisations,
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
import { decide, listedVote, type VoteResult } from './vote';
import type {
  AttendanceRule,
  InterestsRule,
  ProtocolRule,
  QuorumParams,
  QuorumRule,
  Quote,
  Reading,
  Rule,
  VoteParams,
  VoteRule,
} from './types';
import { NO_RULE } from './types';
import { parseIsoDate } from '../dates';

/** One answer of a tool, under one reading of the words. */
export interface Answer {
  /** The reading's id; undefined for the reading the tool uses. */
  reading?: string | undefined;
  /** How the answer is introduced: "As this tool reads the words", "If the Chair also counts for KCC". */
  label: string;
  /** Machine-readable verdict under this reading. */
  result: string;
  headline: string;
}

export interface Verdict {
  /** Machine-readable verdict: the widget's `data-result` (for a protocol, its `data-step`). */
  result: string;
  /** Further `data-*` attributes for the widget root, e.g. `{ 'decided-by': 'casting-vote' }`. */
  attributes: Record<string, string>;
  /** The answer; where readings of the words give different answers, a sentence saying so (the answers follow). */
  headline: string;
  lines: string[];
  /** The words of the source the verdict rests on. */
  quotes: Quote[];
  /**
   * Where another reading of the words changes the answer: every answer, the reading the tool uses
   * first, each to be shown with the same weight. Empty when every reading gives the same answer.
   */
  answers: Answer[];
}

/** How the tool introduces the answer on the reading it uses, beside the others. */
export const ADOPTED_LABEL = 'As this tool reads the words';
const DEPENDS = 'The answer depends on how the words are read.';

/** The verdict in one passage, every answer included: for the live region, a table of examples, a download. */
export function spoken(verdict: Verdict): string {
  if (verdict.answers.length === 0) return verdict.headline;
  return [verdict.headline, ...verdict.answers.map((a) => `${a.label}: ${a.headline}`)].join(' ');
}

const names = (list: { label: string }[]) => list.map((x) => x.label).join('; ');
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Runs the rule under the reading it adopts and under each other reading that changes its params;
 * where any answer differs, every answer (the adopted one first), else none.
 */
function answersFor<P extends object, R>(
  rule: { params: P; readings: readonly Reading<P>[] },
  run: (params: P) => R,
  verdictOf: (result: R) => string,
  headlineOf: (result: R) => string,
): Answer[] {
  const adopted = run(rule.params);
  const others = otherReadings(rule.params, rule.readings, run, verdictOf);
  if (others.length === 0) return [];
  const label = (id: string) => rule.readings.find((r) => r.id === id)?.alternative?.label;
  return [
    { label: ADOPTED_LABEL, result: verdictOf(adopted), headline: headlineOf(adopted) },
    ...others.map((o) => ({ reading: o.reading, label: label(o.reading) ?? o.summary, result: verdictOf(o.result), headline: headlineOf(o.result) })),
  ];
}

/** `data-other-results`: each other reading's answer as `reading:result`, space-separated. */
function withOthers(attributes: Record<string, string>, answers: readonly Answer[]): Record<string, string> {
  const others = answers.filter((a) => a.reading !== undefined);
  return others.length === 0 ? attributes : { ...attributes, 'other-results': others.map((a) => `${a.reading}:${a.result}`).join(' ') };
}

/** The verdict, with its headline turned into "the answer depends…" where the answers differ. */
function verdictOf(result: string, attributes: Record<string, string>, headline: string, lines: string[], quotes: Quote[], answers: Answer[]): Verdict {
  return { result, attributes: withOthers(attributes, answers), headline: answers.length > 0 ? DEPENDS : headline, lines, quotes, answers };
}

// Quorum -----------------------------------------------------------------------------------------

function quorumHeadline(r: QuorumResult): string {
  const by = r.filledBy.map((f) => `${f.seat.label} by the ${f.attendee.label}`).join('; ');
  return (
    `${r.verdict === 'quorate' ? 'Quorate' : 'Not quorate'}: ` +
    `${count(r.counted, 'seat')} of ${r.countable} filled${by ? ` (${by})` : ''}; ${r.minimum} needed.`
  );
}

export function explainQuorum(rule: QuorumRule, state: QuorumState): Verdict {
  const from = state.from ?? {};
  const run = (p: QuorumParams) => quorumForItem(rule, state.present, state.leaving, p, from);
  const { meeting, item, leaving, decides } = run(rule.params);
  const word = (v: string) => (v === 'quorate' ? 'quorate' : 'not quorate');
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
  const answers = answersFor(rule, (p) => run(p).decides, (r) => r.verdict, (r) => quorumHeadline(r));
  // A post whose holder's organisation the words do not give: where a reading counts it for that
  // organisation and the answer could turn on it, the tool asks rather than guesses.
  for (const post of askedOrganisations(rule)) {
    if (!state.present.includes(post.id) || (from[post.id] !== undefined && from[post.id] !== OTHER)) continue;
    const readings = rule.readings.filter((r) => r.alternative?.params?.alsoFill?.includes(post.id));
    const turns = readings.some((reading) =>
      organisationChoices(rule, post.id).some(
        (seat) =>
          quorumForItem(rule, state.present, state.leaving, withOverrides(rule.params, reading.alternative!.params!), { ...from, [post.id]: seat.id }).decides.verdict !==
          decides.verdict,
      ),
    );
    if (turns) {
      const label = readings[0]!.alternative!.label ?? readings[0]!.alternative!.summary;
      lines.push(
        `${label.replace(/\.$/, '')}, the answer could change, but the document does not say which organisation the ${post.label} comes from. Answer “${(post.organisation as { ask: string }).ask}” to see it.`,
      );
    }
  }
  return verdictOf(decides.verdict, {}, quorumHeadline(decides), lines, rule.statement, answers);
}

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
    return refused ? `Tied (${figures}): the Chair has no casting vote, because ${refused} has not voted for or against.` : `Tied (${figures}).`;
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

// Attendance -------------------------------------------------------------------------------------

function attendanceHeadline(r: AttendanceResult): string {
  return r.verdict === 'meets-commitment'
    ? `Meets the commitment: ${count(r.counted, 'meeting counts', 'meetings count')}; ${r.minimum} needed.`
    : `Below the commitment: ${count(r.counted, 'meeting counts', 'meetings count')}; ${r.minimum} needed.`;
}

export function explainAttendance(rule: AttendanceRule, state: AttendanceState): Verdict {
  const r = attendance(rule, state.records);
  const meets = r.verdict === 'meets-commitment';
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
  const answers = answersFor(rule, (p) => attendance(rule, state.records, p), (x) => x.verdict, attendanceHeadline);
  return verdictOf(r.verdict, {}, attendanceHeadline(r), lines, rule.statement, answers);
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
  const answers = answersFor(rule, (p) => interests(rule, state.yes, p), (x) => x.verdict, (x) => INTEREST_HEADLINES[x.verdict]);
  return verdictOf(r.verdict, {}, INTEREST_HEADLINES[r.verdict], lines, [...new Set(quotes)], answers);
}

// Protocol ---------------------------------------------------------------------------------------

export function explainProtocol(rule: ProtocolRule, state: ProtocolState): Verdict {
  const current = stepOf(rule, state.path.at(-1)!)!;
  const lines: string[] = [];
  if (current.outcome !== undefined) lines.push(current.outcome);
  else lines.push(`Next: choose what happened (${count(current.transitions.length, 'possibility', 'possibilities')}).`);
  const attributes: Record<string, string> = {};
  let answers: Answer[] = [];
  // A path through a step another reading opens: on the reading the tool uses, the steps stop short.
  const adopted = walk(rule, state.path);
  if (adopted.path.length < state.path.length) {
    const stop = stepOf(rule, adopted.path.at(-1)!)!;
    const taken = transitionBetween(rule, stop.id, state.path[adopted.path.length]!);
    const reading = rule.readings.find((r) => r.id === taken?.reading);
    answers = [
      { label: ADOPTED_LABEL, result: stop.id, headline: `The steps stop at “${stop.title}”: “${taken?.label ?? ''}” is not open at that step.` },
      { reading: reading?.id, label: reading?.alternative?.label ?? reading?.alternative?.summary ?? 'On another reading', result: current.id, headline: current.title },
    ];
  }
  const wait = protocolWait(rule);
  if (wait && state.date) {
    const date = parseIsoDate(state.date)!;
    const next = `The ${stepOf(rule, wait.to)?.title.split(':')[0]?.toLowerCase() ?? 'next meeting'}`;
    const when = (iso: string | undefined) =>
      iso === undefined
        ? `${next} can be held as soon as it is convened: no waiting period applies.`
        : `${next} can be held on ${longDate(iso)} at the earliest (${wait.wait.days} days after ${wait.wait.from}, ${longDate(state.date!)}).`;
    const earliest = earliestAfter(date, wait.wait, rule.params);
    if (earliest !== undefined) attributes['earliest-second-meeting'] = earliest;
    const dated = answersFor(rule, (p) => earliestAfter(date, wait.wait, p), (iso) => iso ?? 'none', when);
    if (dated.length > 0 && answers.length === 0) answers = dated;
    else lines.push(when(earliest));
  }
  const taken = waitOnPath(rule, state.path);
  const quotes = taken ? [taken.wait.quote] : [];
  // The verdict is where the process stands on the reading the tool uses; the answers say where it
  // stands on the other. Where only the earliest date differs, the step itself is not in doubt.
  const offReading = adopted.path.length < state.path.length;
  const verdict = verdictOf(offReading ? adopted.path.at(-1)! : current.id, attributes, current.title, lines, quotes, answers);
  return offReading ? verdict : { ...verdict, headline: current.title };
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
    return { verdict: { result: NO_RULE, attributes: {}, headline: rule.finding, lines: [], quotes: rule.nearest, answers: [] }, notices: [] };
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
