/**
 * Quorum: is a meeting quorate, given who is present?
 *
 * A rule lists seats; a seat is filled when every attendee of any one of its `anyOf` groups is
 * present ("Chair or Vice Chair" is one seat with two groups; "Children's Health Commissioning (or
 * reps from both PCTs)" is one seat whose second group needs both PCT representatives). The
 * meeting is quorate when at least `minimum` counted seats are filled.
 *
 * The readings of a rule change the count: a seat may not count (`excludeSeats`), a post holder may
 * also fill the seat of the organisation they come from (`alsoFill`, with the attendee's
 * `organisation`, stated or asked), the alternatives of a seat may each count on their own
 * (`separateSeats`), and the quorum may hold for each item or only as the meeting starts (`perItem`).
 */
import type { Attendee, QuorumParams, QuorumRule, Seat } from './types';

export type QuorumVerdict = 'quorate' | 'not-quorate';

/** Answers to the questions the tool asks where the words are silent: attendee id → seat id (or `other`). */
export type Answers = Readonly<Record<string, string>>;

/** The answer meaning "another organisation, or not known". */
export const OTHER = 'other';

export interface QuorumResult {
  verdict: QuorumVerdict;
  /** Seats filled, in the rule's order (all of them, counted or not). */
  filled: Seat[];
  /** Seats not filled. */
  empty: Seat[];
  /** Filled seats that count towards the quorum under these params (a separate seat counts once per alternative present). */
  counted: number;
  /** Seats that could count. */
  countable: number;
  minimum: number;
  /** Seats filled only because a post holder also counts for their organisation. */
  filledBy: { seat: Seat; attendee: Attendee }[];
}

export function seatFilled(seat: Seat, present: ReadonlySet<string>): boolean {
  return seat.anyOf.some((group) => group.every((attendee) => present.has(attendee)));
}

/** The seat of the organisation an attendee comes from: stated by the rule, or as answered; undefined when not known. */
export function organisationSeat(rule: QuorumRule, attendee: string, answers: Answers = {}): string | undefined {
  const org = rule.attendees.find((a) => a.id === attendee)?.organisation;
  if (!org) return undefined;
  if ('seat' in org) return org.seat;
  const answer = answers[attendee];
  return answer === undefined || answer === OTHER ? undefined : answer;
}

/** For an attendee whose organisation the tool asks: the seats the answer may name (all but the post's own seat and those the words rule out). */
export function organisationChoices(rule: QuorumRule, attendee: string): Seat[] {
  const org = rule.attendees.find((a) => a.id === attendee)?.organisation;
  if (!org || 'seat' in org) return [];
  return rule.seats.filter((s) => !org.exclude.includes(s.id) && !s.anyOf.some((g) => g.includes(attendee)));
}

export function quorum(rule: QuorumRule, present: Iterable<string>, params: QuorumParams = rule.params, answers: Answers = {}): QuorumResult {
  const here = new Set(present);
  const filledBy: QuorumResult['filledBy'] = [];
  const isFilled = (seat: Seat): boolean => {
    if (seatFilled(seat, here)) return true;
    const by = params.alsoFill.find((a) => here.has(a) && organisationSeat(rule, a, answers) === seat.id);
    if (by === undefined) return false;
    filledBy.push({ seat, attendee: rule.attendees.find((a) => a.id === by)! });
    return true;
  };
  const filled = rule.seats.filter(isFilled);
  const empty = rule.seats.filter((seat) => !filled.includes(seat));
  const excluded = new Set(params.excludeSeats);
  const separate = new Set(params.separateSeats);
  const weight = (seat: Seat) => (separate.has(seat.id) ? Math.max(1, seat.anyOf.filter((g) => g.every((a) => here.has(a))).length) : 1);
  const counted = filled.filter((seat) => !excluded.has(seat.id)).reduce((n, seat) => n + weight(seat), 0);
  const countable = rule.seats.filter((seat) => !excluded.has(seat.id)).reduce((n, seat) => n + (separate.has(seat.id) ? seat.anyOf.length : 1), 0);
  return {
    verdict: counted >= params.minimum ? 'quorate' : 'not-quorate',
    filled,
    empty,
    counted,
    countable,
    minimum: params.minimum,
    filledBy,
  };
}

export interface ItemQuorum {
  /** The meeting as it stands. */
  meeting: QuorumResult;
  /** The meeting for this item, once those who declared an interest have left. */
  item: QuorumResult;
  /** Attendees who leave for the item, of those present. */
  leaving: string[];
  /** The result that decides under these params: the item's (`perItem`) or the meeting's. */
  decides: QuorumResult;
}

/** "What if this member leaves after declaring an interest?": the quorum before and after. */
export function quorumForItem(
  rule: QuorumRule,
  present: Iterable<string>,
  leaving: Iterable<string>,
  params: QuorumParams = rule.params,
  answers: Answers = {},
): ItemQuorum {
  const here = [...present];
  const leave = new Set([...leaving].filter((id) => here.includes(id)));
  const meeting = quorum(rule, here, params, answers);
  const item = quorum(rule, here.filter((id) => !leave.has(id)), params, answers);
  return { meeting, item, leaving: [...leave], decides: params.perItem ? item : meeting };
}
