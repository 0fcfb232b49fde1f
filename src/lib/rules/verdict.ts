/**
 * What a tool's answer is made of, and the wording every tool's explanation shares. Each tool's
 * explanation is in its own file (explain-quorum.ts, explain-vote.ts…) so that a tool's page loads
 * only its own; explain.ts gathers them for the build.
 */
import type { Quote } from './types';

export interface Verdict {
  /** Machine-readable verdict: the widget's `data-result` (for a protocol, its `data-step`). */
  result: string;
  /** Further `data-*` attributes for the widget root, e.g. `{ 'decided-by': 'casting-vote' }`. */
  attributes: Record<string, string>;
  headline: string;
  lines: string[];
  /** The words of the source the verdict rests on. */
  quotes: Quote[];
  /** Where another reading of the words would change the answer, what it would be. */
  others: string[];
}

export const names = (list: { label: string }[]) => list.map((x) => x.label).join('; ');
/** A reading's summary inside a sentence: without its own full stop. */
export const inline = (summary: string) => summary.replace(/\.\s*$/, '');
export const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
