/**
 * JavaScript per tool on the built site (run `npm run build` first). For each tool page and embed,
 * each action plan timeline page, and the search page (whose widget counts as a tool; Pagefind's
 * own files load only when it runs), follows the tool's module scripts and their imports through
 * dist/_astro and prints the gzipped size of the tool's own JavaScript and of all JavaScript the
 * page loads at start. Exits non-zero when a tool's own JavaScript is over the 10 KB (gzipped)
 * budget in DESIGN.md.
 *
 * Usage: npm run bench:tools
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = resolve(import.meta.dirname, '../../dist');
const BUDGET = 10 * 1024;
if (!existsSync(join(DIST, 'tools'))) throw new Error('dist/tools is missing: run `npm run build` first.');

const gz = (text: string) => gzipSync(text, { level: 9 }).length;

/** Every file in the module graph of `entry` (a site path like /_astro/x.js), entry included. */
function graph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(join(DIST, entry), 'utf8');
  for (const match of code.matchAll(/(?:import|from)\s*["'](\.\/[^"']+\.js)["']/g)) {
    graph(`/_astro/${match[1]!.slice(2)}`, seen);
  }
  return seen;
}

interface Row {
  page: string;
  tool: number;
  all: number;
}

function measure(page: string): Row {
  const html = readFileSync(join(DIST, page, 'index.html'), 'utf8');
  const external = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!);
  const inline = [...html.matchAll(/<script(?: type="module")?>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  const files = new Set<string>();
  const toolFiles = new Set<string>();
  for (const src of external) {
    const members = graph(src);
    members.forEach((f) => files.add(f));
    if (/(Quorum|Vote|Attendance|Interests|Dispute|Search|Timeline)\.astro/.test(src)) members.forEach((f) => toolFiles.add(f));
  }
  const size = (set: Set<string>) => [...set].reduce((n, f) => n + gz(readFileSync(join(DIST, f), 'utf8')), 0);
  return { page, tool: size(toolFiles), all: size(files) + inline.reduce((n, code) => n + gz(code), 0) };
}

const pages = ['tools', 'embed'].flatMap((base) =>
  readdirSync(join(DIST, base), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((tool) => readdirSync(join(DIST, base, tool.name)).map((rule) => `${base}/${tool.name}/${rule}`)),
);
// Action plan timelines: /<trust>/plans/<plan>/ (their embeds are under embed/ above).
const plans = readdirSync(DIST, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(DIST, d.name, 'plans')))
  .flatMap((trust) => readdirSync(join(DIST, trust.name, 'plans')).map((plan) => `${trust.name}/plans/${plan}`));
const rows = [...pages, ...plans, 'search'].map(measure).filter((r) => r.tool > 0);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log('\n| page | tool JS (gzip) | all JS at start (gzip) | budget |');
console.log('| --- | ---: | ---: | --- |');
for (const r of rows) console.log(`| /${r.page}/ | ${kb(r.tool)} | ${kb(r.all)} | ${r.tool <= BUDGET ? 'pass' : 'FAIL'} (10 KB) |`);
const over = rows.filter((r) => r.tool > BUDGET);
const pagefind = gz(readFileSync(join(DIST, 'pagefind/pagefind.js'), 'utf8'));
console.log(`\nPagefind's loader, fetched by the search page when it runs: ${kb(pagefind)} gzipped, then its worker, WebAssembly and index chunks.`);
console.log(over.length === 0 ? '\nPASS: every tool is under 10 KB of gzipped JavaScript' : `\nFAIL: ${over.length} tool page(s) over budget`);
process.exitCode = over.length === 0 ? 0 : 1;
