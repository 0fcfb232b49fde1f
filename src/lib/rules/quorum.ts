/**
 * Quorum: is a meeting quorate, given who is present?
 *
 * A rule lists seats; a seat is filled when every attendee of any one of its `anyOf` groups is
 * present ("Chair or Vice Chair" is one seat with two groups; "Children's Health Commissioning (or
 * reps from both PCTs)" is one seat whose second group needs both PCT representatives). The
 * meeting is quorate when at least `minimum` counted seats are filled.
 */
import type { QuorumParams, QuorumRule, Seat } from './types';

export type QuorumVerdict = 'quorate' | 'not-quorate';

export interface QuorumResult {
  verdict: QuorumVerdict;
  /** Seats filled, in the rule's order (all of them, counted or not). */
  filled: Seat[];
  /** Seats not filled. */
  empty: Seat[];
  /** Filled seats that count towards the quorum under these params. */
  counted: number;
  /** Seats that could count. */
  countable: number;
  minimum: number;
}

export function seatFilled(seat: Seat, present: ReadonlySet<string>): boolean {
  return seat.anyOf.some((group) => group.every((attendee) => present.has(attendee)));
}

export function quorum(rule: QuorumRule, present: Iterable<string>, params: QuorumParams = rule.params): QuorumResult {
  const here = new Set(present);
  const filled = rule.seats.filter((seat) => seatFilled(seat, here));
  const empty = rule.seats.filter((seat) => !seatFilled(seat, here));
  const excluded = new Set(params.excludeSeats);
  const counted = filled.filter((seat) => !excluded.has(seat.id)).length;
  return {
    verdict: counted >= params.minimum ? 'quorate' : 'not-quorate',
    filled,
    empty,
    counted,
    countable: rule.seats.filter((seat) => !excluded.has(seat.id)).length,
    minimum: params.minimum,
  };
}

export interface ItemQuorum {
  /** The meeting as it stands. */
  meeting: QuorumResult;
  /** The meeting for this item, once those who declared an interest have left. */
  item: QuorumResult;
  /** Attendees who leave for the item, of those present. */
  leaving: string[];
}

/** "What if this member leaves after declaring an interest?": the quorum before and after. */
export function quorumForItem(
  rule: QuorumRule,
  present: Iterable<string>,
  leaving: Iterable<string>,
  params: QuorumParams = rule.params,
): ItemQuorum {
  const here = [...present];
  const leave = new Set([...leaving].filter((id) => here.includes(id)));
  return {
    meeting: quorum(rule, here, params),
    item: quorum(rule, here.filter((id) => !leave.has(id)), params),
    leaving: [...leave],
  };
}
