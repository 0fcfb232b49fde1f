/** The slowest-tests list printed at the end of `npm test`, from Vitest's JSON reports. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { format, slowest } from '../slowest';

const dir = mkdtempSync(join(tmpdir(), 'slowest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string) => resolve(import.meta.dirname, '../..', name);
const report = (startTime: number, tests: [string, string, number, string?][]) => ({
  startTime,
  testResults: [...new Set(tests.map(([f]) => f))].map((f) => ({
    name: file(f),
    assertionResults: tests.filter(([g]) => g === f).map(([, title, duration, status]) => ({ fullName: title, title, duration, status: status ?? 'passed' })),
  })),
});

writeFileSync(join(dir, 'unit.json'), JSON.stringify(report(2_000, [['tests/unit/a.test.ts', 'quick', 5], ['tests/unit/a.test.ts', 'slow', 900]])));
writeFileSync(join(dir, 'e2e.json'), JSON.stringify(report(3_000, [['tests/e2e/b.e2e.test.ts', 'axe /kent/', 12_345, 'failed']])));
writeFileSync(join(dir, 'build.json'), JSON.stringify(report(1_000, [['tests/build/c.build.test.ts', 'an old run', 99_999]])));
writeFileSync(join(dir, 'notes.json'), '{ not json');

describe('the slowest tests', () => {
  it('lists every test of every report, slowest first, with its file', () => {
    expect(slowest(dir).map((t) => [t.file, t.name, t.ms])).toEqual([
      ['tests/build/c.build.test.ts', 'an old run', 99_999],
      ['tests/e2e/b.e2e.test.ts', 'axe /kent/', 12_345],
      ['tests/unit/a.test.ts', 'slow', 900],
      ['tests/unit/a.test.ts', 'quick', 5],
    ]);
  });
  it('leaves out reports from before this run, and anything that is not a report', () => {
    expect(slowest(dir, 2_000).map((t) => t.name)).toEqual(['axe /kent/', 'slow', 'quick']);
  });
  it('prints seconds, the file and the name, and says when a test did not pass', () => {
    expect(format(slowest(dir, 2_000).slice(0, 2))).toBe(
      ['Slowest 2 tests:', '  12.3 s  tests/e2e/b.e2e.test.ts  axe /kent/  (failed)', '   0.9 s  tests/unit/a.test.ts  slow'].join('\n'),
    );
    expect(format([])).toBe('Slowest tests: no test reports in test-results/ from this run.');
  });
});
