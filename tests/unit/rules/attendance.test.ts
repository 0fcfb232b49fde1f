import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { attendance, type MeetingRecord } from '../../../src/lib/rules/attendance';
import { otherReadings } from '../../../src/lib/rules/readings';
import { loadRule } from './load';

const rule = loadRule('kent-attendance', 'attendance');
const year = (...records: MeetingRecord[]) => new Map(rule.meetings.map((m, i) => [m.id, records[i] ?? 'not-yet-held']));

describe('Kent Partner Agency Agreement 9-10: 3 of 4 meetings a year, a deputy for up to one', () => {
  it('9: three meetings in person meet the commitment', () => {
    expect(attendance(rule, year('member', 'member', 'absent', 'member')).verdict).toBe('meets-commitment');
  });
  it('10: two in person and one by the named deputy meet it (adopted reading)', () => {
    expect(attendance(rule, year('member', 'deputy', 'member', 'absent')).verdict).toBe('meets-commitment');
  });
  it('10, other reading: the deputy does not count, so the same year falls short', () => {
    const records = year('member', 'deputy', 'member', 'absent');
    const others = otherReadings(rule.params, rule.readings, (p) => attendance(rule, records, p), (r) => r.verdict);
    expect(others.map((o) => [o.reading, o.result.verdict])).toEqual([['deputy-counts', 'below-commitment']]);
  });
  it('10: "up to one meeting a year": a second deputy meeting does not count', () => {
    const result = attendance(rule, year('member', 'deputy', 'deputy', 'absent'));
    expect(result).toMatchObject({ verdict: 'below-commitment', counted: 2, deputyOverAllowance: 1 });
  });
  it('two missed by January: below, and no longer possible', () => {
    expect(attendance(rule, year('absent', 'member', 'absent'))).toMatchObject({ verdict: 'below-commitment', stillPossible: false, remaining: 1 });
  });
  it('one missed with two to come: below so far, still possible', () => {
    expect(attendance(rule, year('absent', 'member'))).toMatchObject({ verdict: 'below-commitment', stillPossible: true });
  });
  it('property: turning an absence into attendance never makes a year worse', () => {
    const record = fc.constantFrom<MeetingRecord>('member', 'deputy', 'absent', 'not-yet-held');
    fc.assert(
      fc.property(fc.array(record, { minLength: 4, maxLength: 4 }), fc.nat(3), (records, i) => {
        const before = attendance(rule, year(...records));
        const changed = [...records];
        changed[i] = 'member';
        const after = attendance(rule, year(...changed));
        return after.counted >= before.counted;
      }),
    );
  });
});
