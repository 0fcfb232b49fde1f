import { describe, expect, it } from 'vitest';
import { contrast, parseColor } from '../../src/lib/contrast';

describe('contrast', () => {
  const white = parseColor('rgb(255, 255, 255)')!;
  it('reads the colours the browser reports', () => {
    expect(parseColor('rgba(11, 12, 12, 0.5)')).toEqual({ r: 11, g: 12, b: 12 });
    expect(parseColor('transparent')).toBeUndefined();
  });
  it('gives 21:1 for black on white and 1:1 for a colour on itself', () => {
    expect(contrast(parseColor('rgb(0, 0, 0)')!, white)).toBeCloseTo(21, 5);
    expect(contrast(white, white)).toBe(1);
  });
  it('finds the yellow focus outline alone too weak on white, and its dark ring strong enough', () => {
    expect(contrast(parseColor('rgb(255, 221, 0)')!, white)).toBeLessThan(1.5);
    expect(contrast(parseColor('rgb(11, 12, 12)')!, white)).toBeGreaterThan(3);
    expect(contrast(parseColor('rgb(255, 221, 0)')!, parseColor('rgb(23, 24, 28)')!)).toBeGreaterThan(3);
  });
});
