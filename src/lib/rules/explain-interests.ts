/** What the declaring-interests tool says for the answers given, and each reading's answer. */
import { interests } from './interests';
import type { InterestsState } from './state-interests';
import type { InterestsRule } from './types';
import { answersFor, verdictOf, type Verdict } from './verdict';

// Interests --------------------------------------------------------------------------------------

const INTEREST_HEADLINES = {
  'declare-and-leave': 'Declare the interest, and expect to leave the meeting for this item.',
  declare: 'Declare the interest, openly and immediately.',
  'not-normally-required': 'This would not normally need to be declared.',
} as const;

export function explainInterests(rule: InterestsRule, state: InterestsState): Verdict {
  const r = interests(rule, state.yes);
  const because = rule.questions.filter((q) => r.because.includes(q.id));
  const quotes = because.length > 0 ? because.map((q) => q.quote) : [rule.base.quote];
  const lines = because.length > 0 ? [`Because: ${because.map((q) => q.label.charAt(0).toLowerCase() + q.label.slice(1)).join('; ')}.`] : ['No special case applies, so the general rule does.'];
  const answers = answersFor(rule, (p) => interests(rule, state.yes, p), (x) => x.verdict, (x) => INTEREST_HEADLINES[x.verdict]);
  return verdictOf(r.verdict, {}, INTEREST_HEADLINES[r.verdict], lines, [...new Set(quotes)], answers);
}
