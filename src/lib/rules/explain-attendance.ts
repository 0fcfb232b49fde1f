/** What the attendance tool says for a year's meetings, and each reading's answer. */
import { attendance, type AttendanceResult } from './attendance';
import type { AttendanceState } from './state-attendance';
import type { AttendanceRule } from './types';
import { answersFor, count, verdictOf, type Verdict } from './verdict';

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
