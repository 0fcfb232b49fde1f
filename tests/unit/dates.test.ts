import { describe, expect, it } from 'vitest';
import { formatDate, isoDate } from '../../src/lib/dates';

describe('dates', () => {
  it('Kent Cabinet report: 26 November 2007', () => {
    expect(formatDate(new Date('2007-11-26'))).toBe('26 November 2007');
    expect(isoDate(new Date('2007-11-26'))).toBe('2007-11-26');
  });
  it('Kent partnership agreement, "May 2008": no invented day', () => {
    expect(formatDate(new Date('2008-05-01'), 'month')).toBe('May 2008');
    expect(formatDate(new Date('2008-05-01'), 'year')).toBe('2008');
  });
});
