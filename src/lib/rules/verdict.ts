/**
 * What every tool's verdict is made of, and how the answers of several readings are shown: with
 * equal weight, the reading the tool uses first. The per-tool explanations (explain-*.ts) build on it.
 */
import { otherReadings } from './readings';
import type { Quote, Reading } from './types';

/** One answer of a tool, under one reading of the words. */
export interface Answer {
  /** The reading's id; undefined for the reading the tool uses. */
  reading?: string | undefined;
  /** How the answer is introduced: "As this tool reads the words", "If the Chair also counts for KCC". */
  label: string;
  /** Machine-readable verdict under this reading. */
  result: string;
  headline: string;
}

export interface Verdict {
  /** Machine-readable verdict: the widget's `data-result` (for a protocol, its `data-step`). */
  result: string;
  /** Further `data-*` attributes for the widget root, e.g. `{ 'decided-by': 'casting-vote' }`. */
  attributes: Record<string, string>;
  /** The answer; where readings of the words give different answers, a sentence saying so (the answers follow). */
  headline: string;
  lines: string[];
  /** The words of the source the verdict rests on. */
  quotes: Quote[];
  /**
   * Where another reading of the words changes the answer: every answer, the reading the tool uses
   * first, each to be shown with the same weight. Empty when every reading gives the same answer.
   */
  answers: Answer[];
}

/** How the tool introduces the answer on the reading it uses, beside the others. */
export const ADOPTED_LABEL = 'As this tool reads the words';
export const DEPENDS = 'The answer depends on how the words are read.';

/** The verdict in one passage, every answer included: for the live region, a table of examples, a download. */
export function spoken(verdict: Verdict): string {
  if (verdict.answers.length === 0) return verdict.headline;
  return [verdict.headline, ...verdict.answers.map((a) => `${a.label}: ${a.headline}`)].join(' ');
}

export const names = (list: { label: string }[]) => list.map((x) => x.label).join('; ');
export const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Runs the rule under the reading it adopts and under each other reading that changes its params;
 * where any answer differs, every answer (the adopted one first), else none.
 */
export function answersFor<P extends object, R>(
  rule: { params: P; readings: readonly Reading<P>[] },
  run: (params: P) => R,
  verdictOf: (result: R) => string,
  headlineOf: (result: R) => string,
): Answer[] {
  const adopted = run(rule.params);
  const others = otherReadings(rule.params, rule.readings, run, verdictOf);
  if (others.length === 0) return [];
  const label = (id: string) => rule.readings.find((r) => r.id === id)?.alternative?.label;
  return [
    { label: ADOPTED_LABEL, result: verdictOf(adopted), headline: headlineOf(adopted) },
    ...others.map((o) => ({ reading: o.reading, label: label(o.reading) ?? o.summary, result: verdictOf(o.result), headline: headlineOf(o.result) })),
  ];
}

/** `data-other-results`: each other reading's answer as `reading:result`, space-separated. */
function withOthers(attributes: Record<string, string>, answers: readonly Answer[]): Record<string, string> {
  const others = answers.filter((a) => a.reading !== undefined);
  return others.length === 0 ? attributes : { ...attributes, 'other-results': others.map((a) => `${a.reading}:${a.result}`).join(' ') };
}

/** The verdict, with its headline turned into "the answer depends…" where the answers differ. */
export function verdictOf(result: string, attributes: Record<string, string>, headline: string, lines: string[], quotes: Quote[], answers: Answer[]): Verdict {
  return { result, attributes: withOthers(attributes, answers), headline: answers.length > 0 ? DEPENDS : headline, lines, quotes, answers };
}

