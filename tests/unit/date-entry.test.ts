import { describe, expect, it } from 'vitest';
import { dateEntry, enteredWhole } from '../../src/lib/date-entry';

const LABEL = 'As at date';
const entry = (day: string, month: string, year: string, finished: boolean) => dateEntry(LABEL, { day, month, year }, finished);

describe('enteredWhole', () => {
  it('needs every part typed in and a four-digit year', () => {
    expect(enteredWhole(new Set(['day', 'month', 'year']), '2010')).toBe(true);
    expect(enteredWhole(new Set(['day', 'month', 'year']), '201')).toBe(false);
    expect(enteredWhole(new Set(['day', 'year']), '2010')).toBe(false);
    // A date filled in from the address but only the day retyped is not a whole new date.
    expect(enteredWhole(new Set(['day']), '2010')).toBe(false);
  });
});

describe('dateEntry', () => {
  it('a real date counts at once, finished or not', () => {
    expect(entry('3', '6', '2010', false)).toEqual({ kind: 'date', iso: '2010-06-03' });
    expect(entry(' 31 ', '03', '2010', true)).toEqual({ kind: 'date', iso: '2010-03-31' });
  });

  it('three empty parts are no date, not an error', () => {
    expect(entry('', ' ', '', true)).toEqual({ kind: 'empty' });
  });

  it('says nothing about a date that is not one until the reader has finished', () => {
    // Typing 31 into the day of 30 June 2010, on the way to 31 March.
    expect(entry('31', '6', '2010', false)).toEqual({ kind: 'unfinished' });
    expect(entry('2', '', '', false)).toEqual({ kind: 'unfinished' });
    expect(entry('2', '3', '20', false)).toEqual({ kind: 'unfinished' });
  });

  it('once finished, names the message and the part to mark', () => {
    expect(entry('31', '2', '2010', true)).toEqual({ kind: 'error', message: 'As at date must be a real date', part: 'day' });
    expect(entry('3', '13', '2010', true)).toEqual({ kind: 'error', message: 'As at date must be a real date', part: 'month' });
    expect(entry('3', '2', '10', true)).toEqual({ kind: 'error', message: 'As at date must be a real date', part: 'year' });
    expect(entry('3', 'May', '2010', true)).toEqual({ kind: 'error', message: 'As at date must be a real date', part: 'month' });
    expect(entry('3', '', '2010', true)).toEqual({ kind: 'error', message: 'As at date must include a month', part: 'month' });
    expect(entry('', '', '2010', true)).toEqual({ kind: 'error', message: 'As at date must include a day and month', part: 'day' });
  });
});
