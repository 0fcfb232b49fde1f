/**
 * A date typed as day, month and year (src/widgets/common/DateParts.astro), read while the reader is
 * still typing it. A real date counts at once, so an answer can follow the reader; anything else is
 * only an error once the whole date has been entered, so nobody is told a date is wrong halfway
 * through typing it (GOV.UK: validate the date, not each keystroke).
 */
import { dateFromParts, isoDate } from './dates';

export type DatePart = 'day' | 'month' | 'year';

export const DATE_PARTS: readonly DatePart[] = ['day', 'month', 'year'];

export type DateEntry =
  /** All three parts empty. */
  | { kind: 'empty' }
  | { kind: 'date'; iso: string }
  /** Not a date yet, and the reader has not finished: say nothing. */
  | { kind: 'unfinished' }
  /** Not a date, and the reader has finished: the message, and the part to mark and link to. */
  | { kind: 'error'; message: string; part: DatePart };

/**
 * Whether the reader has entered the whole date: typed in each part since coming to the date, and
 * a year of four digits (the last part, and the only one whose length says it is complete).
 */
export function enteredWhole(typed: ReadonlySet<string>, year: string): boolean {
  return DATE_PARTS.every((part) => typed.has(part)) && /^\d{4}$/.test(year.trim());
}

/** What the parts amount to; `finished` is true once the whole date is entered or the reader has left it. */
export function dateEntry(label: string, parts: Record<DatePart, string>, finished: boolean): DateEntry {
  const values = DATE_PARTS.map((part) => parts[part].trim());
  if (values.every((value) => value === '')) return { kind: 'empty' };
  const parsed = dateFromParts(label, ...(values as [string, string, string]));
  if (parsed.ok) return { kind: 'date', iso: isoDate(parsed.date) };
  if (!finished) return { kind: 'unfinished' };
  return { kind: 'error', message: parsed.message, part: partInError(values as [string, string, string]) };
}

/**
 * The part GOV.UK would highlight: the first one missing or not a number, a year that is not four
 * digits, a month that does not exist; otherwise the day does not exist in that month.
 */
function partInError([day, month, year]: [string, string, string]): DatePart {
  const index = [day, month, year].findIndex((value) => !/^\d+$/.test(value));
  if (index >= 0) return DATE_PARTS[index]!;
  if (year.length !== 4) return 'year';
  if (Number(month) < 1 || Number(month) > 12) return 'month';
  return 'day';
}
