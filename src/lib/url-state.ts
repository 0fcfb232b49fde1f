/**
 * Reading tool state from a URL query safely. Every value is checked against what the tool allows;
 * anything else is dropped and reported as a notice in plain words. Notices never repeat a value or
 * a key from the URL, so nothing from the address can be injected into the page through them.
 */
import { parseIsoDate, isoDate } from './dates';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export class QueryReader {
  readonly notices: string[] = [];
  private readonly used = new Set<string>();

  /** `subject` names the reader in notices: "this tool does not use", "this page does not use". */
  constructor(
    private readonly params: URLSearchParams,
    private readonly subject = 'tool',
  ) {}

  /** Every value given for `key`, unchecked, for a caller that checks them itself. */
  raw(key: string): string[] {
    this.used.add(key);
    return this.params.getAll(key);
  }

  /** Every allowed value given for `key` (repeated keys), without repeats, in the order given. */
  list(key: string, allowed: readonly string[], noun: string): string[] {
    this.used.add(key);
    const values = this.params.getAll(key);
    const kept = [...new Set(values.filter((v) => allowed.includes(v)))];
    const dropped = values.filter((v) => !allowed.includes(v)).length;
    if (dropped > 0) this.notices.push(`Ignored ${plural(dropped, 'value')} for ${noun} that this ${this.subject} does not recognise.`);
    return kept;
  }

  /** Allowed values for `key` in the order given, repeats kept, at most `max` of them. */
  sequence(key: string, allowed: readonly string[], max: number, noun: string): string[] {
    this.used.add(key);
    const values = this.params.getAll(key);
    const kept = values.filter((v) => allowed.includes(v));
    if (kept.length < values.length) this.notices.push(`Ignored ${plural(values.length - kept.length, 'value')} for ${noun} that this ${this.subject} does not recognise.`);
    if (kept.length > max) this.notices.push(`Only the first ${max} of ${noun} were used.`);
    return kept.slice(0, max);
  }

  /** One allowed value for `key`, or `fallback` when absent or not allowed. */
  one<T extends string>(key: string, allowed: readonly T[], fallback: T, noun: string): T {
    this.used.add(key);
    const values = this.params.getAll(key);
    if (values.length === 0) return fallback;
    if (values.length > 1) this.notices.push(`The address gave ${noun} more than once; only the first was used.`);
    const value = values[0]!;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.notices.push(`Ignored a value for ${noun} that this ${this.subject} does not recognise.`);
    return fallback;
  }

  /** A whole number from 0 to `max`, or `fallback`. */
  count(key: string, max: number, fallback: number, noun: string): number {
    this.used.add(key);
    const values = this.params.getAll(key);
    if (values.length === 0) return fallback;
    const value = values[0]!;
    if (/^\d{1,6}$/.test(value) && Number(value) <= max) return Number(value);
    this.notices.push(`Ignored the number for ${noun}: it must be a whole number from 0 to ${max}.`);
    return fallback;
  }

  /** A `YYYY-MM-DD` calendar date, or undefined. */
  date(key: string, noun: string): string | undefined {
    this.used.add(key);
    const value = this.params.get(key);
    if (value === null || value === '') return undefined;
    const date = parseIsoDate(value);
    if (date) return isoDate(date);
    this.notices.push(`Ignored ${noun}: it was not a real date written as year-month-day.`);
    return undefined;
  }

  /** Notices, including one for keys this tool does not use. Call after reading every key. */
  finish(): string[] {
    const unknown = new Set([...this.params.keys()].filter((key) => !this.used.has(key)));
    if (unknown.size > 0) this.notices.push(`Ignored ${plural(unknown.size, 'setting')} in the address that this ${this.subject} does not use.`);
    return this.notices;
  }
}
