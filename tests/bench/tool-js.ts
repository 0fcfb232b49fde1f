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
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, gz, kb, pageJs, toolPages } from './js.ts';

const BUDGET = 10 * 1024;
if (!existsSync(join(DIST, 'tools'))) throw new Error('dist/tools is missing: run `npm run build` first.');

const rows = toolPages().map(pageJs).filter((r) => r.tool > 0);
console.log('\n| page | tool JS (gzip) | all JS at start (gzip) | budget |');
console.log('| --- | ---: | ---: | --- |');
for (const r of rows) console.log(`| /${r.page}/ | ${kb(r.tool)} | ${kb(r.all)} | ${r.tool <= BUDGET ? 'pass' : 'FAIL'} (10 KB) |`);
const over = rows.filter((r) => r.tool > BUDGET);
const pagefind = gz(readFileSync(join(DIST, 'pagefind/pagefind.js'), 'utf8'));
console.log(`\nPagefind's loader, fetched by the search page when it runs: ${kb(pagefind)} gzipped, then its worker, WebAssembly and index chunks.`);
console.log(over.length === 0 ? '\nPASS: every tool is under 10 KB of gzipped JavaScript' : `\nFAIL: ${over.length} tool page(s) over budget`);
process.exitCode = over.length === 0 ? 0 : 1;
