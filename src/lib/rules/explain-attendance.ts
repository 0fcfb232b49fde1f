/**
 * The attendance tool's answer for a state, in words, with the source's words it rests on (see verdict.ts).
 */
import { attendance } from './attendance';
import { otherReadings } from './readings';
import type { AttendanceState } from './state-attendance';
import type { AttendanceRule } from './types';
import { count, inline, type Verdict } from './verdict';

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
