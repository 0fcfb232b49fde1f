import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { interests } from '../../../src/lib/rules/interests';
import { otherReadings } from '../../../src/lib/rules/readings';
import { INTEREST_OUTCOMES } from '../../../src/lib/rules/types';
import { loadRule } from './load';

const rule = loadRule('kent-interests', 'interests');

describe('Kent partnership agreement 6.2: declaring interests', () => {
  it('base rule: any other interest is declared', () => {
    expect(interests(rule, [])).toEqual({ verdict: 'declare', because: [] });
  });
  it('"not normally" a strategic or general professional interest', () => {
    expect(interests(rule, ['strategic']).verdict).toBe('not-normally-required');
  });
  it('business or employment opportunities for close family: declare and leave', () => {
    expect(interests(rule, ['business']).verdict).toBe('declare-and-leave');
  });
  it('potential personal gain outweighs a professional interest', () => {
    expect(interests(rule, ['strategic', 'personal-gain'])).toEqual({ verdict: 'declare-and-leave', because: ['personal-gain'] });
  });
  it('"when in doubt declare openly and immediately"', () => {
    expect(interests(rule, ['strategic', 'in-doubt']).verdict).toBe('declare');
  });
  it('other reading: "this" refers to leaving, so a strategic interest is still declared', () => {
    const others = otherReadings(rule.params, rule.readings, (p) => interests(rule, ['strategic'], p), (r) => r.verdict);
    expect(others.map((o) => o.result.verdict)).toEqual(['declare']);
  });
  it('property: answering one more question yes never makes the outcome less demanding', () => {
    const ids = rule.questions.map((q) => q.id);
    fc.assert(
      fc.property(fc.subarray(ids), fc.constantFrom(...ids), (yes, extra) => {
        const rank = (answers: string[]) => INTEREST_OUTCOMES.indexOf(interests(rule, answers).verdict);
        // The base rule (no answers) is "declare"; a first answer may lower it to "not normally".
        return yes.length === 0 || rank([...yes, extra]) >= rank(yes);
      }),
    );
  });
});
