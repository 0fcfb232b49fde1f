/** Dates as UK public bodies write them: "26 November 2007". Content dates are calendar dates (UTC). */
const LONG = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

export type Precision = 'day' | 'month' | 'year';

/** "26 November 2007", or "May 2008" / "2008" when only the month or year is known. */
export function formatDate(date: Date, precision: Precision = 'day'): string {
  if (precision === 'year') return String(date.getUTCFullYear());
  return (precision === 'month' ? MONTH : LONG).format(date);
}

/** `YYYY-MM-DD`, for `<time datetime>` and machine-readable attributes. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
