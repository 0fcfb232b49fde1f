/**
 * `npm test`: every suite in order, stopping at the first that fails, then the ten slowest tests of
 * the run (tests/slowest.ts), exiting as the suites did. A Node script rather than a shell line, so
 * it runs the same in any shell (sh, PowerShell, cmd).
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { format, slowest } from './slowest.ts';

const ROOT = resolve(import.meta.dirname, '..');
const STEPS = ['check', 'test:unit', 'test:component', 'test:build', 'build', 'test:e2e'];

const started = Date.now();
let status = 0;
for (const step of STEPS) {
  const run = spawnSync('npm', ['run', step], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  status = run.status ?? 1;
  if (status !== 0) {
    console.error(`\nnpm test: "npm run ${step}" failed; the suites after it did not run.`);
    break;
  }
}
console.log(`\n${format(slowest(join(ROOT, 'test-results'), started).slice(0, 10))}`);
process.exitCode = status;
