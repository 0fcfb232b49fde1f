import { describe, expect, it } from 'vitest';
import { aboveLineMargin, currentHeading, READING_BAND, READING_GAP, readingLine } from '../../src/lib/contents';

describe('the section being read, for "On this page"', () => {
  const line = 150;

  it('is the page title while no heading has reached the reading line', () => {
    expect(currentHeading([200, 900, 1600], line)).toBe(0);
    expect(currentHeading([], line)).toBe(0);
  });

  it('is the last heading at or above the line, the line itself included', () => {
    expect(currentHeading([-400, 40, 151, 900], line)).toBe(1);
    expect(currentHeading([-400, 40, 150, 900], line)).toBe(2);
    // Scrolled past every heading: the last section.
    expect(currentHeading([-3000, -2000, -10], line)).toBe(2);
  });

  it('goes by position, not by order in the list, and a tie goes to the later entry', () => {
    expect(currentHeading([-50, 100, 20], line)).toBe(1);
    expect(currentHeading([-50, 100, 100], line)).toBe(2);
  });

  it('skips headings that are not shown', () => {
    expect(currentHeading([null, -200, null, 400], line)).toBe(1);
    expect(currentHeading([null, null], line)).toBe(0);
  });

  it('puts the line under the fixed bars, the gap and the band', () => {
    expect(readingLine(56)).toBe(56 + READING_GAP + READING_BAND);
    expect(readingLine(0)).toBeGreaterThan(0);
  });

  it('observes everything above the line: the area reaches far above the window and stops at the line', () => {
    // A 900 px window with the line at 141 px: the bottom edge moves up by 759 px.
    expect(aboveLineMargin(141, 900, 50_000)).toBe('50000px 0px -759px 0px');
    expect(aboveLineMargin(140.6, 900.2, 49_999.5)).toBe('50000px 0px -760px 0px');
  });
});
