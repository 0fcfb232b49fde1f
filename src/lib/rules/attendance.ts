/**
 * Attendance: has a member kept the commitment to attend a minimum number of the year's meetings?
 *
 * Kent Partner Agency Agreement 9-10: at least 3 of the 4 meetings in a year (April to March); a
 * named deputy may attend up to one meeting a year on the member's behalf. Whether the deputy's
 * meeting counts towards the three is a reading (see the rule file); deputy attendance beyond the
 * allowance never counts.
 */
import type { AttendanceParams, AttendanceRule } from './types';

export type AttendanceVerdict = 'meets-commitment' | 'below-commitment';
export type MeetingRecord = 'member' | 'deputy' | 'absent' | 'not-yet-held';

export interface AttendanceResult {
  verdict: AttendanceVerdict;
  /** Meetings that count towards the minimum. */
  counted: number;
  minimum: number;
  byMember: number;
  byDeputy: number;
  /** Deputy attendances beyond the allowance (these never count). */
  deputyOverAllowance: number;
  /** Meetings not yet held. */
  remaining: number;
  /** Whether the minimum can still be reached if the member attends every remaining meeting. */
  stillPossible: boolean;
}

export function attendance(
  rule: AttendanceRule,
  records: ReadonlyMap<string, MeetingRecord>,
  params: AttendanceParams = rule.params,
): AttendanceResult {
  const list = rule.meetings.map((m) => records.get(m.id) ?? 'not-yet-held');
  const byMember = list.filter((r) => r === 'member').length;
  const byDeputy = list.filter((r) => r === 'deputy').length;
  const remaining = list.filter((r) => r === 'not-yet-held').length;
  const deputyCounted = params.deputyCounts ? Math.min(byDeputy, params.deputyAllowance) : 0;
  const counted = byMember + deputyCounted;
  return {
    verdict: counted >= params.minimum ? 'meets-commitment' : 'below-commitment',
    counted,
    minimum: params.minimum,
    byMember,
    byDeputy,
    deputyOverAllowance: Math.max(0, byDeputy - params.deputyAllowance),
    remaining,
    stillPossible: counted + remaining >= params.minimum,
  };
}
