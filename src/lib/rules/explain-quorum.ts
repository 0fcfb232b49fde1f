/**
 * The quorum tool's answer for a state, in words, with the source's words it rests on (see verdict.ts).
 */
import { quorum, quorumForItem } from './quorum';
import { otherReadings } from './readings';
import type { QuorumState } from './state-quorum';
import type { QuorumRule } from './types';
import { count, inline, names, type Verdict } from './verdict';

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
