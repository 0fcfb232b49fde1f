/**
 * An action plan on a timeline: which supporting actions are due by a date, where each sits on a
 * month axis, and the timeline's state in the URL (`?proposal=1&proposal=4&asat=2010-06-30`).
 * Pure: no DOM, no Astro. The widget (src/widgets/timeline/) renders with it at build time and
 * in the browser.
 *
 * How a printed "Guide Implementation" date is read (the plan file records the date and the
 * reading for each action; this module decides what kind of date it is):
 *
 * - base rule, a deadline: "by March 2010" is due on the date read (the end of the month named),
 *   so it is due as at that day and every day after;
 * - exception, a start: a date printed "from January 2010" is when the action begins and goes on,
 *   not a deadline. It is "started" from the date read, and never "due";
 * - exception, a span: "June - August 2010" is due on the date read (the end of the last month);
 *   the chart draws it from the first day of the first month;
 * - exception, no date: Key Proposal Three prints none. Such an action is never due.
 *
 * Dates are calendar dates written `YYYY-MM-DD`, which compare correctly as strings.
 */
import { formatDate } from './dates';
import { QueryReader } from './url-state';
import type { DatePart } from './date-entry';

/** One supporting action as the plan file holds it (src/schemas/plan.ts). */
export interface PlanActionInput {
  number: string;
  due: string | null;
  dueDate: Date | string | null;
  dueReading?: string | null | undefined;
}

export interface PlanInput {
  proposals: readonly { number: number; actions: readonly PlanActionInput[] }[];
}

/** What kind of date an action prints. */
export type DueKind = 'deadline' | 'span' | 'ongoing' | 'none';

export interface TimelineAction {
  /** Action number as printed, e.g. "1.1". */
  number: string;
  /** The key proposal it supports. */
  proposal: number;
  kind: DueKind;
  /** Deadline and span: the day it is due by, `YYYY-MM-DD`. */
  due?: string;
  /** Span and ongoing: the day it starts, `YYYY-MM-DD`. */
  start?: string;
}

export type Status = 'due' | 'not-yet-due' | 'started' | 'not-started' | 'no-date';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const iso = (date: Date | string) => (typeof date === 'string' ? date.slice(0, 10) : date.toISOString().slice(0, 10));
const pad = (n: number) => String(n).padStart(2, '0');

/** "June - August 2010": the first day of the first month named, or undefined if not a span. */
function spanStart(printed: string, due: string): string | undefined {
  const match = /^\s*([a-z]+)\.?\s*[-–]\s*([a-z]+)\.?\s+(\d{4})\s*$/i.exec(printed);
  if (!match) return undefined;
  const first = MONTHS.indexOf(match[1]!.slice(0, 3).toLowerCase());
  const last = MONTHS.indexOf(match[2]!.slice(0, 3).toLowerCase());
  if (first < 0 || last < 0) return undefined;
  // "November - February 2011" starts in the year before.
  const year = Number(due.slice(0, 4)) - (first > last ? 1 : 0);
  return `${year}-${pad(first + 1)}-01`;
}

/** Reads one printed date: a deadline unless it begins "from" (a start) or names a span of months. */
export function readAction(action: PlanActionInput, proposal: number): TimelineAction {
  const base = { number: action.number, proposal };
  if (action.due === null || action.dueDate === null) return { ...base, kind: 'none' };
  const date = iso(action.dueDate);
  if (/^\s*from\b/i.test(action.due)) return { ...base, kind: 'ongoing', start: date };
  const start = spanStart(action.due, date);
  if (start && start < date) return { ...base, kind: 'span', start, due: date };
  return { ...base, kind: 'deadline', due: date };
}

/** Every action of the plan, in the order printed. */
export function timelineOf(plan: PlanInput): TimelineAction[] {
  return plan.proposals.flatMap((p) => p.actions.map((a) => readAction(a, p.number)));
}

/** The actions of the proposals chosen; no proposal chosen means every proposal. */
export function forProposals(actions: readonly TimelineAction[], proposals: readonly number[]): TimelineAction[] {
  return proposals.length === 0 ? [...actions] : actions.filter((a) => proposals.includes(a.proposal));
}

/** An action's status as at a day: a deadline is due on its day and after; a start is started. */
export function statusAt(action: TimelineAction, asAt: string): Status {
  switch (action.kind) {
    case 'none':
      return 'no-date';
    case 'ongoing':
      return action.start! <= asAt ? 'started' : 'not-started';
    default:
      return action.due! <= asAt ? 'due' : 'not-yet-due';
  }
}

export interface DueBy {
  asAt: string;
  /** Actions with a deadline on or before the as-at day. */
  due: TimelineAction[];
  /** Actions with a deadline after it. */
  notYetDue: TimelineAction[];
  /** Ongoing actions ("from …") that began on or before it: started, not due. */
  started: TimelineAction[];
  /** Ongoing actions that begin after it. */
  notStarted: TimelineAction[];
  /** Actions that print no date: never due. */
  noDate: TimelineAction[];
}

/** Sorts the actions by their status as at `asAt` (`YYYY-MM-DD`). */
export function dueBy(actions: readonly TimelineAction[], asAt: string): DueBy {
  const result: DueBy = { asAt, due: [], notYetDue: [], started: [], notStarted: [], noDate: [] };
  const bucket: Record<Status, TimelineAction[]> = {
    due: result.due,
    'not-yet-due': result.notYetDue,
    started: result.started,
    'not-started': result.notStarted,
    'no-date': result.noDate,
  };
  for (const action of actions) bucket[statusAt(action, asAt)].push(action);
  return result;
}

const day = (value: string) => new Date(`${value}T00:00:00Z`);
const days = (from: string, to: string) => Math.round((day(to).getTime() - day(from).getTime()) / 86_400_000);
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "30 June 2010". */
export const longDate = (value: string) => formatDate(day(value));

/** The headline the widget shows and announces: "7 of 32 actions due by 31 March 2010". */
export function headline(result: DueBy): string {
  const total = result.due.length + result.notYetDue.length + result.started.length + result.notStarted.length + result.noDate.length;
  return `${result.due.length} of ${count(total, 'action', 'actions')} due by ${longDate(result.asAt)}`;
}

/** What the headline does not count, in one sentence, or "" when it counts everything. */
export function notCounted(result: DueBy): string {
  const parts = [
    result.started.length > 0 && `${count(result.started.length, 'ongoing action has', 'ongoing actions have')} started`,
    result.notStarted.length > 0 && `${count(result.notStarted.length, 'ongoing action has', 'ongoing actions have')} not started yet`,
    result.noDate.length > 0 && `${count(result.noDate.length, 'action prints', 'actions print')} no date`,
  ].filter(Boolean);
  return parts.length === 0 ? '' : `Not counted as due: ${parts.join('; ')}.`;
}

/** The status column: "Due", "Not yet due", "Ongoing from March 2010: started", "No date printed". */
export function statusLabel(action: TimelineAction, status: Status): string {
  const from = action.start ? `Ongoing from ${formatDate(day(action.start), 'month')}` : '';
  switch (status) {
    case 'due':
      return 'Due';
    case 'not-yet-due':
      return 'Not yet due';
    case 'started':
      return `${from}: started`;
    case 'not-started':
      return `${from}: not started yet`;
    case 'no-date':
      return 'No date printed';
  }
}

/** The status in a word or two, for the chart's labels. */
export const STATUS_SHORT: Record<Status, string> = {
  due: 'Due',
  'not-yet-due': 'Not yet due',
  started: 'Started',
  'not-started': 'Not started',
  'no-date': 'No date',
};

/** The date as read, for the table: "31 March 2010", "From 1 January 2010", "1 June to 31 August 2010". */
export function dateRead(action: TimelineAction): string {
  switch (action.kind) {
    case 'none':
      return 'None';
    case 'ongoing':
      return `From ${longDate(action.start!)}`;
    case 'span':
      return `${longDate(action.start!).replace(/ \d{4}$/, '')} to ${longDate(action.due!)}`;
    default:
      return longDate(action.due!);
  }
}

// The month axis.

export interface Month {
  /** First day of the month, `YYYY-MM-01`. */
  start: string;
  /** "Jan", "Sep": three letters, the same on every machine (Intl's short months differ). */
  label: string;
  year: number;
}

export interface Axis {
  /** First day of the first month. */
  start: string;
  /** Last day of the last month. */
  end: string;
  months: Month[];
}

/**
 * The chart's months: whole calendar years, from January of the earliest date in the plan to
 * December of the latest. Undefined when no action prints a date.
 */
export function axisOf(actions: readonly TimelineAction[]): Axis | undefined {
  const dates = actions.flatMap((a) => [a.start, a.due]).filter((d): d is string => d !== undefined).sort();
  if (dates.length === 0) return undefined;
  const first = Number(dates[0]!.slice(0, 4));
  const last = Number(dates.at(-1)!.slice(0, 4));
  const months: Month[] = [];
  for (let year = first; year <= last; year += 1) {
    for (let m = 1; m <= 12; m += 1) {
      const start = `${year}-${pad(m)}-01`;
      months.push({ start, label: MONTHS[m - 1]!.replace(/^./, (c) => c.toUpperCase()), year });
    }
  }
  return { start: `${first}-01-01`, end: `${last}-12-31`, months };
}

/**
 * Where a day sits on the axis, from 0 (the axis's first moment) to 1 (its last): `edge` "start"
 * is the beginning of the day, "end" its end, so a deadline's marker and an as-at line on the same
 * day meet. Clamped to the axis.
 */
export function position(axis: Axis, value: string, edge: 'start' | 'end'): number {
  const total = days(axis.start, axis.end) + 1;
  const at = days(axis.start, value) + (edge === 'end' ? 1 : 0);
  return Math.min(1, Math.max(0, at / total));
}

/** Where a day falls relative to the axis. */
export function side(axis: Axis, value: string): 'before' | 'within' | 'after' {
  return value < axis.start ? 'before' : value > axis.end ? 'after' : 'within';
}

export interface Bar {
  /** Where the bar begins and ends, as fractions of the axis. */
  from: number;
  to: number;
  /** The marker: the deadline, or the start of an ongoing action. */
  marker: number;
}

/** An action's bar: a deadline is a marker alone; a span runs to its deadline; ongoing runs on to the axis's end. */
export function barOf(axis: Axis, action: TimelineAction): Bar | undefined {
  switch (action.kind) {
    case 'none':
      return undefined;
    case 'ongoing': {
      const from = position(axis, action.start!, 'start');
      return { from, to: 1, marker: from };
    }
    case 'span': {
      const to = position(axis, action.due!, 'end');
      return { from: position(axis, action.start!, 'start'), to, marker: to };
    }
    default: {
      const at = position(axis, action.due!, 'end');
      return { from: at, to: at, marker: at };
    }
  }
}

// The timeline's state in the URL: ?proposal=1&proposal=4&asat=2010-06-30

export interface TimelineState {
  /** Proposals chosen, in number order; none means every proposal. */
  proposals: number[];
  /** The as-at day, `YYYY-MM-DD`. */
  asAt: string;
}

export interface ParsedTimeline {
  state: TimelineState;
  notices: string[];
}

/**
 * Reads `proposal` (repeatable: a proposal number the plan has) and `asat` (a real date, year-month-day).
 * Anything else is dropped with a notice that never repeats it; `defaultAsAt` stands in for a missing
 * or bad date.
 */
export function parseTimeline(params: URLSearchParams, proposals: readonly number[], defaultAsAt: string): ParsedTimeline {
  const reader = new QueryReader(params);
  const chosen = reader.list('proposal', proposals.map(String), 'the key proposals to show').map(Number);
  const asAt = reader.date('asat', 'the "as at" date') ?? defaultAsAt;
  return { state: { proposals: chosen.sort((a, b) => a - b), asAt }, notices: reader.finish() };
}

/** An ISO date as the day, month and year fields show it: "2010-03-05" is 5, 3 and 2010. */
export function datePartsOf(iso: string): Record<DatePart, string> {
  const [year, month, day] = iso.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year: year! };
}

/** The state as a query; the default date is left out, so the plain address means the default. */
export function timelineQuery(state: TimelineState, defaultAsAt: string): URLSearchParams {
  const params = new URLSearchParams();
  for (const p of [...state.proposals].sort((a, b) => a - b)) params.append('proposal', String(p));
  if (state.asAt !== defaultAsAt) params.set('asat', state.asAt);
  return params;
}
