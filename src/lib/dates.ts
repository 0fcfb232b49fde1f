/** Dates as UK public bodies write them: "26 November 2007". Content dates are calendar dates (UTC). */
let long: Intl.DateTimeFormat | undefined;
let month: Intl.DateTimeFormat | undefined;
// Made when first used: a formatter takes a slow device tens of milliseconds to make, and a tool's page
// that imports this module may never format a date.
const longFormat = () => (long ??= new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
const monthFormat = () => (month ??= new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }));

export type Precision = 'day' | 'month' | 'year';

/** "26 November 2007", or "May 2008" / "2008" when only the month or year is known. */
export function formatDate(date: Date, precision: Precision = 'day'): string {
  if (precision === 'year') return String(date.getUTCFullYear());
  return (precision === 'month' ? monthFormat() : longFormat()).format(date);
}

/** `YYYY-MM-DD`, for `<time datetime>` and machine-readable attributes. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * A calendar date from its parts, or an error message in the GOV.UK style when the parts do not make
 * a real date. `label` names the date in messages ("Date of the first meeting").
 */
export function dateFromParts(
  label: string,
  day: string,
  month: string,
  year: string,
): { ok: true; date: Date } | { ok: false; message: string } {
  const parts = [day, month, year].map((p) => p.trim());
  const [d, m, y] = parts;
  if (parts.every((p) => p === '')) return { ok: false, message: `Enter the ${label.toLowerCase()}` };
  const missing = (['day', 'month', 'year'] as const).filter((_, i) => parts[i] === '');
  if (missing.length > 0) return { ok: false, message: `${label} must include a ${missing.join(' and ')}` };
  if (![d, m, y].every((p) => /^\d+$/.test(p!)) || y!.length !== 4) return { ok: false, message: `${label} must be a real date` };
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCDate() !== Number(d) || date.getUTCMonth() !== Number(m) - 1) {
    return { ok: false, message: `${label} must be a real date` };
  }
  return { ok: true, date };
}

/** Parses a strict `YYYY-MM-DD` calendar date (as used in URLs), or undefined. */
export function parseIsoDate(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const result = dateFromParts('Date', match[3]!, match[2]!, match[1]!);
  return result.ok ? result.date : undefined;
}

/** The date `days` calendar days after `date`. */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}
