/**
 * The disagreements tool's answer for a state (where the protocol has got to, and the earliest date of the next meeting), in words, with the source's words it rests on (see verdict.ts).
 */
import { parseIsoDate } from '../dates';
import { earliestAfter, protocolWait, stepOf, waitOnPath } from './protocol';
import { withOverrides } from './readings';
import type { ProtocolState } from './state-protocol';
import type { ProtocolRule } from './types';
import { count, inline, type Verdict } from './verdict';

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

let long: Intl.DateTimeFormat | undefined;
/** "Monday 9 March 2009", built from parts so every browser writes it the same way. The formatter is made when first needed. */
function longDate(iso: string): string {
  long ??= new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const parts = Object.fromEntries(long.formatToParts(parseIsoDate(iso)!).map((p) => [p.type, p.value]));
  return `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}`;
}
