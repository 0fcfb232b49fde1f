/** The arithmetic of the side-by-side bench (tests/bench/stats.ts). */
import { describe, expect, it } from 'vitest';
import { median, ratio, spread, verdict } from '../bench/stats';

describe('median', () => {
  it('is the middle value of an odd number of runs, whatever their order', () => {
    expect(median([5, 1, 4, 2, 3])).toBe(3);
    expect(median([7])).toBe(7);
  });
  it('is the mean of the two middle values of an even number of runs', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('does not reorder the runs it is given', () => {
    const runs = [3, 1, 2];
    median(runs);
    expect(runs).toEqual([3, 1, 2]);
  });
  it('refuses no runs at all', () => {
    expect(() => median([])).toThrow('median of no values');
  });
});

describe('spread (how noisy the runs were)', () => {
  it('is the range over the median', () => {
    expect(spread([90, 100, 110])).toBeCloseTo(0.2);
  });
  it('is 0 when every run agrees, zeros included', () => {
    expect(spread([42, 42, 42])).toBe(0);
    expect(spread([0, 0, 0])).toBe(0);
  });
  it('is infinite when the runs differ around a median of 0', () => {
    expect(spread([0, 0, 5])).toBe(Infinity);
  });
});

describe('ratio (at most 1.0 is as good or better)', () => {
  it('is ours over plain for a cost', () => {
    expect(ratio(50, 100, 'lower')).toBe(0.5);
    expect(ratio(150, 100, 'lower')).toBe(1.5);
  });
  it('is plain over ours for a score, so that a lower score of ours is over 1', () => {
    expect(ratio(90, 99, 'higher')).toBeCloseTo(1.1);
    expect(ratio(100, 90, 'higher')).toBe(0.9);
  });
  it('calls two zeros equal, and something against nothing infinite', () => {
    expect(ratio(0, 0, 'lower')).toBe(1);
    expect(ratio(30, 0, 'lower')).toBe(Infinity);
    expect(ratio(0, 30, 'lower')).toBe(0);
  });
});

describe('verdict', () => {
  it('is ok at or under 1.0', () => {
    expect(verdict(1, 0)).toBe('ok');
    expect(verdict(0.4, 0.5)).toBe('ok');
  });
  it('is over, within noise, when the excess is no more than the runs spread', () => {
    expect(verdict(1.04, 0.05)).toBe('over, within noise');
  });
  it('is OVER beyond the noise, and always for an infinite ratio', () => {
    expect(verdict(1.2, 0.05)).toBe('OVER');
    expect(verdict(Infinity, 3)).toBe('OVER');
  });
});
