/** Where a dispute stands on the steps taken, the earliest next meeting, and each reading's answer. */
import { parseIsoDate } from '../dates';
import { earliestAfter, protocolWait, stepOf, transitionBetween, waitOnPath, walk } from './protocol';
import type { ProtocolState } from './state-protocol';
import type { ProtocolRule } from './types';
import { ADOPTED_LABEL, answersFor, count, verdictOf, type Answer, type Verdict } from './verdict';

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

let long: Intl.DateTimeFormat | undefined;
/** "Monday 9 March 2009", built from parts so every browser writes it the same way. The formatter is made when first needed. */
function longDate(iso: string): string {
  long ??= new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const parts = Object.fromEntries(long.formatToParts(parseIsoDate(iso)!).map((p) => [p.type, p.value]));
  return `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}`;
}
