/**
 * The ten slowest tests of the last `npm test`, read from the JSON reports each suite writes into
 * test-results/ (unit, component, build, e2e), with the file and the time each took. Run at the end
 * of `npm test`, so a test creeping towards its timeout shows before it fails.
 *
 *   node tests/slowest.ts [--since=<seconds since 1970>] [--count=10]
 *
 * `--since` leaves out reports written before that time: when a suite fails, the suites after it do
 * not run, and their reports are from an earlier run. Prints only; always exits 0.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const RESULTS = join(ROOT, 'test-results');

/** The parts of Vitest's JSON report read here. */
interface Report {
  startTime?: number;
  testResults?: {
    name: string;
    assertionResults?: { fullName?: string; title: string; duration?: number | null; status: string }[];
  }[];
}

export interface Timed {
  report: string;
  file: string;
  name: string;
  ms: number;
  status: string;
}

/** Every test of every report in `dir` started at or after `since` (ms), slowest first. */
export function slowest(dir: string, since = 0): Timed[] {
  if (!existsSync(dir)) return [];
  const timed: Timed[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    let report: Report;
    try {
      report = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Report;
    } catch {
      continue; // not a Vitest report, or half written
    }
    if ((report.startTime ?? 0) < since) continue;
    for (const file of report.testResults ?? []) {
      for (const test of file.assertionResults ?? []) {
        timed.push({ report: name.replace(/\.json$/, ''), file: relative(ROOT, file.name), name: test.fullName ?? test.title, ms: test.duration ?? 0, status: test.status });
      }
    }
  }
  return timed.sort((a, b) => b.ms - a.ms);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`.padStart(8);

export function format(list: readonly Timed[]): string {
  if (list.length === 0) return 'Slowest tests: no test reports in test-results/ from this run.';
  const lines = list.map((t) => `${seconds(t.ms)}  ${t.file}  ${t.name}${t.status === 'passed' ? '' : `  (${t.status})`}`);
  return [`Slowest ${list.length} tests:`, ...lines].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const option = (key: string) => process.argv.find((a) => a.startsWith(`--${key}=`))?.slice(key.length + 3);
  const since = Number(option('since') ?? 0) * 1000;
  const count = Number(option('count') ?? 10);
  console.log(`\n${format(slowest(RESULTS, Number.isFinite(since) ? since : 0).slice(0, count))}`);
}
