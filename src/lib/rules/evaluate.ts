/**
 * "What does this rule say for this tool state?", as the machine-readable verdict each widget puts
 * in `data-result` (for a protocol, the current step id it puts in `data-step`). Used by the build to
 * check each rule's worked examples, and by the tests.
 */
import { evaluateQuery } from './explain';
import type { Rule } from './types';

export interface Evaluation {
  verdict: string;
  notices: string[];
  /** `casting-vote` when a tie was decided by the Chair's casting vote. */
  decidedBy?: string | undefined;
}

export function evaluate(rule: Rule, query: string): Evaluation {
  const { verdict, notices } = evaluateQuery(rule, query);
  return { verdict: verdict.result, notices, decidedBy: verdict.attributes['decided-by'] };
}
