/**
 * Where the Chromium used at build time (Mermaid diagrams) and in the tests lives.
 *
 * CHROMIUM_PATH wins when it is set; otherwise the first browser found in the usual places of the
 * machine's platform. Any Chromium-based browser renders the diagrams the same way, so Google Chrome
 * and Microsoft Edge count. The decision (`findChromium`) is pure: the candidates come from the
 * platform and the environment it is given, and whether a file exists is asked of the `exists` it is
 * given, so every platform's choice can be tested on any machine.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

/** What the finder needs to know of the machine; `chromiumPath()` passes the real one. */
export interface Machine {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  home: string;
  exists: (file: string) => boolean;
}

/** The names a Chromium or Chrome executable has on PATH, best first. */
const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

/**
 * Where Linux packages put it, for when PATH does not say: Debian's and Fedora's Chromium, then
 * Ubuntu's (a snap; after the others, since a snap's confinement can get in a launcher's way), then
 * Google's own package.
 */
const LINUX_PLACES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/opt/google/chrome/chrome',
];

/** The executable inside each macOS application bundle, Chromium first. */
const MAC_APPS = [
  'Chromium.app/Contents/MacOS/Chromium',
  'Google Chrome.app/Contents/MacOS/Google Chrome',
  'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
];

/** The executable under each Windows installation folder, Chromium first; Edge comes with Windows. */
const WINDOWS_APPS = ['Chromium\\Application\\chrome.exe', 'Google\\Chrome\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe'];

/** Every PATH_NAMES executable in every directory of PATH, in PATH's order. Windows installers do not add the browser to PATH. */
function onPath({ platform, env }: Omit<Machine, 'exists' | 'home'>): string[] {
  if (platform === 'win32') return [];
  const dirs = (env.PATH ?? '').split(':').filter(Boolean);
  return PATH_NAMES.flatMap((name) => dirs.map((dir) => path.posix.join(dir, name)));
}

/** The platform's usual installation places, best first. */
function usualPlaces({ platform, env, home }: Omit<Machine, 'exists'>): string[] {
  if (platform === 'win32') {
    // Per-user installations (LOCALAPPDATA) first: Chromium and Chrome install there without admin
    // rights. (Windows's process.env ignores case, so these names match ProgramFiles(x86) and the rest.)
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter((root): root is string => Boolean(root));
    return WINDOWS_APPS.flatMap((app) => roots.map((root) => path.win32.join(root, app)));
  }
  if (platform === 'darwin') {
    return MAC_APPS.flatMap((app) => [path.posix.join('/Applications', app), path.posix.join(home, 'Applications', app)]);
  }
  return LINUX_PLACES;
}

/** Where to look, best first: PATH before the usual places, since PATH says which browser the user chose. */
export function candidates(machine: Omit<Machine, 'exists'>): string[] {
  return [...onPath(machine), ...usualPlaces(machine)];
}

/** How to install a browser, for the platform's message when none is found. */
function installAdvice(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'install Chromium (`brew install --cask chromium`) or Google Chrome';
  if (platform === 'win32') return 'install Chromium or Google Chrome (Microsoft Edge, which Windows includes, also works)';
  return 'install Chromium (Debian: `sudo apt-get install chromium`; Ubuntu: `sudo snap install chromium`) or Google Chrome';
}

/**
 * The browser to launch: CHROMIUM_PATH if it is set (and then it must exist), else the first
 * candidate that exists. Throws one message that says what to do when there is none.
 */
export function findChromium(machine: Machine): string {
  const chosen = machine.env.CHROMIUM_PATH;
  if (chosen) {
    if (machine.exists(chosen)) return chosen;
    throw new Error(
      `CHROMIUM_PATH is set to "${chosen}", which is not an executable file. Set it to the path of a Chromium or Chrome executable, or unset it to use the first browser found in the usual places.`,
    );
  }
  const found = candidates(machine).find(machine.exists);
  if (found) return found;
  const onPathToo = machine.platform === 'win32' ? '' : `${PATH_NAMES.join(', ')} on PATH, then `;
  throw new Error(
    `No Chromium found, and the build renders its Mermaid diagrams in Chromium (the tests run in it too). Looked for ${onPathToo}${usualPlaces(machine).join(', ')}. To fix: ${installAdvice(machine.platform)}, or set CHROMIUM_PATH to the path of a Chromium or Chrome executable.`,
  );
}

/** A file that exists and that this user may run (on Windows, Node's X_OK check is an existence check). */
export function isExecutableFile(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The Chromium for this machine; see `findChromium`. */
export function chromiumPath(): string {
  return findChromium({ platform: process.platform, env: process.env, home: homedir(), exists: isExecutableFile });
}
