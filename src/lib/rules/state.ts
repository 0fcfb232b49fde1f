/**
 * Each tool's state in the URL query, so that a link or an embed reproduces it. `parse*` functions
 * take the query and the rule and return the state and any notices; `*Query` functions write the
 * state back. Pure: the widgets and the build (worked examples) both use them.
 */
import { QueryReader } from '../url-state';
import type { Casting, Ballot } from './vote';
import type { MeetingRecord } from './attendance';
import type { AttendanceRule, InterestsRule, ProtocolRule, QuorumRule, VoteRule } from './types';
import { walk } from './protocol';
import { OTHER, organisationChoices } from './quorum';

export interface Parsed<S> {
  state: S;
  notices: string[];
}

const query = (entries: [string, string | readonly string[] | number | undefined][]) => {
  const params = new URLSearchParams();
  for (const [key, value] of entries) {
    if (value === undefined) continue;
    for (const v of typeof value === 'object' ? value : [value]) params.append(key, String(v));
  }
  return params;
};

// Quorum: ?present=chair&present=kcc&leaving=kcc&from-vice-chair=kent-police

export interface QuorumState {
  present: string[];
  leaving: string[];
  /**
   * Answers to what the words leave unsaid: for a post whose holder's organisation the tool asks
   * (the Vice Chair, Kent 10.3), the seat of that organisation, or `other`. Absent: not answered.
   */
  from?: Record<string, string> | undefined;
}

/** The posts whose organisation the tool asks, in the rule's order. */
export const askedOrganisations = (rule: QuorumRule) => rule.attendees.filter((a) => a.organisation && 'ask' in a.organisation);

export function parseQuorum(params: URLSearchParams, rule: QuorumRule): Parsed<QuorumState> {
  const reader = new QueryReader(params);
  const ids = rule.attendees.map((a) => a.id);
  const present = reader.list('present', ids, 'who is present');
  const leaving = reader.list('leaving', ids, 'who leaves for this item');
  const notPresent = leaving.filter((id) => !present.includes(id)).length;
  if (notPresent > 0) reader.notices.push(`Ignored ${notPresent === 1 ? 'one person' : `${notPresent} people`} marked as leaving who ${notPresent === 1 ? 'was' : 'were'} not marked as present.`);
  const from: Record<string, string> = {};
  for (const a of askedOrganisations(rule)) {
    const choices = [OTHER, ...organisationChoices(rule, a.id).map((s) => s.id)];
    const answer = reader.one<string>(`from-${a.id}`, choices, '', `the organisation of the ${a.label}`);
    if (answer !== '') from[a.id] = answer;
  }
  const state: QuorumState = { present, leaving: leaving.filter((id) => present.includes(id)) };
  if (Object.keys(from).length > 0) state.from = from;
  return { state, notices: reader.finish() };
}

export const quorumQuery = (s: QuorumState) =>
  query([['present', s.present], ['leaving', s.leaving], ...Object.entries(s.from ?? {}).map(([a, seat]): [string, string] => [`from-${a}`, seat])]);

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
  /** Votes recorded: of those who vote, and (where a reading lets every partner vote) of the others too. */
  ballots: Map<string, Ballot>;
  casting: Casting;
}

/** Whether some reading of the rule lets every listed partner vote: then the others' ballots are kept, for that reading. */
export const everyPartnerReading = (rule: VoteRule) => rule.readings.some((r) => r.alternative?.params?.voters === 'every-partner');

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
    if (voters.includes(id) || everyPartnerReading(rule)) ballots.set(id, ballot);
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
  // Ballots in the order of the voters ticked, then any kept for another reading.
  const order = [...s.voters, ...[...s.ballots.keys()].filter((id) => !s.voters.includes(id))];
  return query([
    ['voter', s.voters],
    ...order.flatMap((id): [string, string][] => (s.ballots.has(id) ? [[`ballot-${id}`, s.ballots.get(id)!]] : [])),
    ['casting', casting],
  ]);
}

// Attendance: ?april=member&july=deputy&october=absent

export const MEETING_RECORDS = ['member', 'deputy', 'absent', 'not-yet-held'] as const satisfies readonly MeetingRecord[];

export interface AttendanceState {
  records: Map<string, MeetingRecord>;
}

export function parseAttendance(params: URLSearchParams, rule: AttendanceRule): Parsed<AttendanceState> {
  const reader = new QueryReader(params);
  const records = new Map<string, MeetingRecord>();
  for (const meeting of rule.meetings) {
    records.set(meeting.id, reader.one(meeting.id, MEETING_RECORDS, 'not-yet-held', `the ${meeting.label} meeting`));
  }
  return { state: { records }, notices: reader.finish() };
}

export const attendanceQuery = (s: AttendanceState) =>
  query([...s.records].filter(([, r]) => r !== 'not-yet-held').map(([id, r]): [string, string] => [id, r]));

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

// Protocol: ?path=discussion&path=objection&date=2009-03-02

/** Longest path the address may hold; a real dispute takes a handful of steps. */
export const MAX_PATH = 40;

export interface ProtocolState {
  /** Steps taken, from the start. */
  path: string[];
  /** Date of the meeting a waiting period is counted from, `YYYY-MM-DD`. */
  date?: string | undefined;
}

export function parseProtocol(params: URLSearchParams, rule: ProtocolRule): Parsed<ProtocolState> {
  const reader = new QueryReader(params);
  const given = reader.sequence('path', rule.steps.map((s) => s.id), MAX_PATH, 'the steps taken');
  // Steps another reading opens are kept: the verdict then gives the answer on each reading.
  const walked = walk(rule, given, 'all');
  if (walked.rejected !== undefined) {
    reader.notices.push('The steps in the address did not follow the protocol; the stepper stopped at the last step that did.');
  }
  const date = reader.date('date', 'the meeting date');
  return { state: { path: walked.path, date }, notices: reader.finish() };
}

export const protocolQuery = (s: ProtocolState) => query([['path', s.path.length > 1 ? s.path : undefined], ['date', s.date]]);
