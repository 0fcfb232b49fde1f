/** Dates as UK public bodies write them: "26 November 2007". Content dates are calendar dates (UTC). */
const LONG = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatDate(date: Date): string {
  return LONG.format(date);
}

/** `YYYY-MM-DD`, for `<time datetime>` and machine-readable attributes. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
