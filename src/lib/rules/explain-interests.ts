/**
 * The declaring-interests tool's answer for a state, in words, with the source's words it rests on (see verdict.ts).
 */
import { interests } from './interests';
import { otherReadings } from './readings';
import type { InterestsState } from './state-interests';
import type { InterestsRule } from './types';
import { inline, type Verdict } from './verdict';

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
  const others = otherReadings(rule.params, rule.readings, (p) => interests(rule, state.yes, p), (x) => x.verdict).map(
    (o) => `Under another reading (${inline(o.summary)}): ${INTEREST_HEADLINES[o.result.verdict].toLowerCase()}`,
  );
  return { result: r.verdict, attributes: {}, headline: INTEREST_HEADLINES[r.verdict], lines, quotes: [...new Set(quotes)], others };
}
