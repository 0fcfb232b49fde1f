/**
 * The tables the side-by-side bench prints (compare.ts): one per page type, a line per measure with
 * our median, plain Starlight's, the ratio (see stats.ts), how noisy each side's runs were, and the
 * verdict against the goal of at most 1.0. Pure, unit-tested in tests/unit/bench-table.test.ts.
 */
import { median, ratio, spread, verdict, type Better, type Verdict } from './stats.ts';

export type Unit = 'score' | 'ms' | 'bytes' | 'count';

export interface Line {
  measure: string;
  unit: Unit;
  better: Better;
  /** One value per run; empty when the measure could not be taken on that side. */
  ours: readonly number[];
  plain: readonly number[];
  /**
   * Reported, not held to the goal of 1.00: a count of what the page carries (DOM elements) rather
   * than a cost the reader waits for or pays.
   */
  reportOnly?: boolean;
}

export interface Table {
  /** The page type: "document page". */
  type: string;
  /** Our page and the plain Starlight page it is compared with, as addresses. */
  ours: string;
  plain: string;
  /** Why this plain page (for page types plain Starlight does not have). */
  plainIs?: string | undefined;
  lines: readonly Line[];
  /** Lines of explanation printed under the table. */
  notes?: readonly string[];
}

const grouped = (n: number) => Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** A median as the table shows it: scores and counts whole, times in ms, bytes in KB. */
export function formatValue(value: number, unit: Unit): string {
  if (unit === 'ms') return `${grouped(value)} ms`;
  if (unit === 'bytes') return `${(value / 1024).toFixed(1)} KB`;
  return grouped(value);
}

const percent = (x: number) => (x === Infinity ? '∞' : `${Math.round(x * 100)}%`);
const times = (x: number) => (x === Infinity ? '∞' : x.toFixed(2));

export interface Row {
  measure: string;
  ours: string;
  plain: string;
  ratio: string;
  noise: string;
  result: Verdict | 'n/a' | 'reported';
}

/** One line's cells; a side with no values makes the ratio and the verdict "n/a". */
export function row(line: Line): Row {
  const side = (values: readonly number[]) => (values.length ? formatValue(median(values), line.unit) : 'n/a');
  const base = { measure: line.measure, ours: side(line.ours), plain: side(line.plain) };
  if (line.ours.length === 0 || line.plain.length === 0) return { ...base, ratio: 'n/a', noise: 'n/a', result: 'n/a' };
  const r = ratio(median(line.ours), median(line.plain), line.better);
  const noise = [spread(line.ours), spread(line.plain)];
  return { ...base, ratio: times(r), noise: `${percent(noise[0]!)} / ${percent(noise[1]!)}`, result: line.reportOnly ? 'reported' : verdict(r, Math.max(...noise)) };
}

/** The table as Markdown, with its heading and what it compares. */
export function formatTable(table: Table, runs: number): string {
  const rows = table.lines.map(row);
  const over = rows.filter((r) => r.result === 'OVER' || r.result === 'over, within noise').length;
  const reported = rows.filter((r) => r.result === 'reported').map((r) => r.measure);
  return [
    `### ${table.type}: ours ${table.ours} against plain Starlight ${table.plain}`,
    '',
    ...(table.plainIs ? [`Plain Starlight has no ${table.type}; compared with its nearest: ${table.plainIs}.`, ''] : []),
    '| measure | ours | plain Starlight | ratio | noise (ours / plain) | result |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
    ...rows.map((r) => `| ${r.measure} | ${r.ours} | ${r.plain} | ${r.ratio} | ${r.noise} | ${r.result} |`),
    '',
    `Medians of ${runs} runs a side. Ratio: ours ÷ plain for costs, plain ÷ ours for scores, so at most 1.00 is as good or better. ` +
      `Noise: (largest − smallest) ÷ median of each side's runs. ` +
      (reported.length > 0 ? `Reported, not held to 1.00: ${reported.join(', ')}. ` : '') +
      (over > 0 ? `${over} line(s) over 1.00.` : reported.length > 0 ? 'Every other line is within the goal.' : 'Every line is within the goal.'),
    ...(table.notes?.length ? ['', ...table.notes] : []),
  ].join('\n');
}
