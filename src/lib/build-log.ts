/**
 * What in the output of `npm run build` is a warning (or an error), so that a test can hold the
 * build to printing none: an editor cannot tell a routine warning from a real problem, so there
 * must be no routine ones.
 *
 * A warning starts with one of these markers; the lines after it (a code frame, a stack) belong to
 * it and are not counted again:
 * - `[WARN]` or `[ERROR]`: Astro's logger, which prints for Astro, its integrations (Starlight,
 *   the site's own plugins), the content layer and Vite alike: `12:00:00 [WARN] [vite] …`. It can
 *   land in the middle of a line, after a route the build was printing (`├─ /404.html12:00:00 [WARN] …`).
 * - `(!)`: Vite's and Rollup's prefix for a warning printed without Astro's logger.
 * - `(node:1234) … Warning:`: Node's own warnings (deprecations, experimental features).
 * - `npm warn` / `npm error`: npm, around `npm run build`.
 * - `▲ [WARNING]`: esbuild.
 * Words like "warning" elsewhere in a line (a page called /warning-signs/) are not markers.
 */

/** Terminal colours and styles: `\u001b[33m` and the like. */
const ANSI = /\u001b\[[0-9;]*m/g;

const MARKERS: RegExp[] = [
  /\[(?:WARN|ERROR)\]/,
  /^\s*\(!\)\s/,
  /^\(node:\d+\) (?:\[[A-Z0-9_]+\] )?\w*Warning: /,
  /^npm (?:warn|WARN|error|ERR!) /,
  /▲ \[WARNING\]/,
];

/** Each line of `log` that starts a warning or an error, without colours; `[]` for a clean build. */
export function warningLines(log: string): string[] {
  return log
    .replace(ANSI, '')
    .split(/\r?\n/)
    .filter((line) => MARKERS.some((marker) => marker.test(line)));
}
