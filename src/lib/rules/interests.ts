/**
 * Declaring interests: must a member declare, and leave the meeting?
 *
 * Kent partnership agreement 6.2 sets a base rule (declare any interest; leave if the chair asks),
 * one kind of interest "not normally" included (strategic or general professional), and kinds where
 * members "would be expected to leave" (business or employment opportunities for them or close
 * family; any potential for personal gain). "When in doubt declare openly and immediately." When
 * more than one answer applies, the most demanding outcome wins.
 */
import { INTEREST_OUTCOMES, type InterestOutcome, type InterestsParams, type InterestsRule } from './types';

export interface InterestsResult {
  verdict: InterestOutcome;
  /** The questions answered yes that lead to the verdict (empty when the base rule applies). */
  because: string[];
}

const rank = (outcome: InterestOutcome) => INTEREST_OUTCOMES.indexOf(outcome);

export function interests(
  rule: InterestsRule,
  answers: Iterable<string>,
  params: InterestsParams = rule.params,
): InterestsResult {
  const yes = new Set(answers);
  const outcomeOf = (outcome: InterestOutcome): InterestOutcome =>
    outcome === 'not-normally-required' && params.strategicNeedsDeclaring ? 'declare' : outcome;
  const applying = rule.questions.filter((q) => yes.has(q.id));
  if (applying.length === 0) return { verdict: outcomeOf(rule.base.outcome), because: [] };
  const verdict = applying.map((q) => outcomeOf(q.outcome)).reduce((a, b) => (rank(b) > rank(a) ? b : a));
  return { verdict, because: applying.filter((q) => outcomeOf(q.outcome) === verdict).map((q) => q.id) };
}
