/**
 * `npm start`: builds the site, then serves dist/ with `astro preview` until told to stop.
 *
 * Why a script and not `npm run build && npm run preview`: that chain puts a second npm and two
 * shells between npm and the preview server. Ctrl-C in a terminal reaches every one of them (the
 * terminal signals the whole process group), but a SIGTERM sent to npm alone, as a process manager
 * or an editor's task runner sends it, stops at the first shell: npm exits and the preview server is
 * left running, still holding its port. Here astro runs as this script's own child, a stop signal
 * is passed on to it, and the script exits when astro has.
 *
 * npm still starts this script through a shell, and that shell dies of SIGTERM without passing it
 * on; so the script also stops its child when it finds itself orphaned.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { constants } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ASTRO = join(dirname(fileURLToPath(import.meta.resolve('astro/package.json'))), 'bin/astro.mjs');
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
type StopSignal = (typeof STOP_SIGNALS)[number];

/** How a child ended. */
interface Ending {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** The signal this script was told to stop with, once it has been. */
let stopping: StopSignal | undefined;
let current: ChildProcess | undefined;

/** Passes a stop signal on to astro; from then on the script only waits for astro to end. */
function stop(signal: StopSignal): void {
  stopping ??= signal;
  current?.kill(signal);
}

/**
 * When the shell npm started this script with dies (of a SIGTERM meant for npm), the script is
 * handed to another parent: treat that as a SIGTERM. (Windows does not re-parent; there npm's own
 * process tree handling applies.)
 */
function watchParent(): void {
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) stop('SIGTERM');
  }, 1000).unref();
}

/** Runs `astro <args>` with this terminal, resolving when it has ended. */
function astro(args: string[]): Promise<Ending> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ASTRO, ...args], { stdio: 'inherit' });
    current = child;
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      current = undefined;
      resolve({ code, signal });
    });
  });
}

/**
 * Ends this script the way astro ended: by the same signal, so that npm and the shell see a stop and
 * not a failure (npm then exits quietly), or else with astro's exit code.
 */
function endLike({ code, signal }: Ending): void {
  const asSignal = signal ?? stopping;
  if (!asSignal) process.exit(code ?? 1);
  for (const s of STOP_SIGNALS) process.removeAllListeners(s);
  process.kill(process.pid, asSignal);
  // The signal ends the process when it is delivered; this exit, with the shell's code for it, is a fallback.
  setTimeout(() => process.exit(128 + (constants.signals[asSignal] ?? 0)), 1000);
}

for (const signal of STOP_SIGNALS) process.on(signal, () => stop(signal));
watchParent();
const built = await astro(['build']);
// Arguments after `npm start --` go to the preview server: `npm start -- --port 8080`.
if (stopping || built.code !== 0) endLike(built);
else endLike(await astro(['preview', ...process.argv.slice(2)]));
