import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { quorum, quorumForItem } from '../../../src/lib/rules/quorum';
import { otherReadings } from '../../../src/lib/rules/readings';
import { loadRule } from './load';

const rule = loadRule('kent-quorum', 'quorum');
const ids = rule.attendees.map((a) => a.id);

describe('Kent partnership agreement 10.4: quorate if five of seven are present', () => {
  it('Chair, KCC, Kent Police, Youth Offending Service and District Councils: quorate (5 of 7)', () => {
    const result = quorum(rule, ['chair', 'kcc', 'kent-police', 'yos', 'district-councils']);
    expect(result.verdict).toBe('quorate');
    expect(result.counted).toBe(5);
  });

  it('four seats are not enough', () => {
    expect(quorum(rule, ['chair', 'kcc', 'kent-police', 'yos']).verdict).toBe('not-quorate');
  });

  it('"Chair or Vice Chair" is one seat: both present count once', () => {
    const result = quorum(rule, ['chair', 'vice-chair', 'kcc', 'kent-police']);
    expect(result.counted).toBe(3);
    expect(result.verdict).toBe('not-quorate');
  });

  it('"Children\'s Health Commissioning (or reps from both PCTs)": either alternative fills the seat', () => {
    const health = (present: string[]) => quorum(rule, present).filled.some((s) => s.id === 'health');
    expect(health(['chc'])).toBe(true);
    expect(health(['pct-first', 'pct-second'])).toBe(true);
    expect(health(['pct-first'])).toBe(false);
    expect(health(['pct-second'])).toBe(false);
  });

  it('"The LSC and/or related service providers": either or both fill one seat', () => {
    expect(quorum(rule, ['lsc']).counted).toBe(1);
    expect(quorum(rule, ['providers']).counted).toBe(1);
    expect(quorum(rule, ['lsc', 'providers']).counted).toBe(1);
  });

  it('reading "organisations only": the Chair does not count, which changes a 5-seat meeting that includes the Chair', () => {
    const present = ['chair', 'kcc', 'kent-police', 'yos', 'district-councils'];
    const others = otherReadings(rule.params, rule.readings, (p) => quorum(rule, present, p), (r) => r.verdict);
    expect(others).toHaveLength(1);
    expect(others[0]!.reading).toBe('chair-is-a-seat');
    expect(others[0]!.result.verdict).toBe('not-quorate');
  });

  it('what if Kent Police leaves after declaring an interest: the meeting is quorate, the item is not', () => {
    const result = quorumForItem(rule, ['chair', 'kcc', 'kent-police', 'yos', 'district-councils'], ['kent-police']);
    expect(result.meeting.verdict).toBe('quorate');
    expect(result.item.verdict).toBe('not-quorate');
    expect(result.item.empty.map((s) => s.label)).toContain('Kent Police');
  });

  it('someone marked as leaving who is not present changes nothing', () => {
    const result = quorumForItem(rule, ['chair', 'kcc'], ['kent-police']);
    expect(result.leaving).toEqual([]);
  });

  it('property: adding someone never makes a quorate meeting inquorate', () => {
    fc.assert(
      fc.property(fc.subarray(ids), fc.constantFrom(...ids), (present, extra) => {
        const before = quorum(rule, present);
        const after = quorum(rule, [...present, extra]);
        return before.verdict === 'not-quorate' || after.verdict === 'quorate';
      }),
    );
  });

  it('property: someone leaving never makes an inquorate meeting quorate', () => {
    fc.assert(
      fc.property(fc.subarray(ids), fc.subarray(ids), (present, leaving) => {
        const { meeting, item } = quorumForItem(rule, present, leaving);
        return meeting.verdict === 'quorate' || item.verdict === 'not-quorate';
      }),
    );
  });

  it('property: the order people arrive in does not matter', () => {
    fc.assert(
      fc.property(fc.subarray(ids), (present) => quorum(rule, present).counted === quorum(rule, [...present].reverse()).counted),
    );
  });
});
