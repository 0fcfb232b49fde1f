/**
 * JavaScript per tool on the built site (run `npm run build` first). For each page with a widget
 * (each tool page and embed, each action plan timeline, the search page, the pages with a diagram
 * download or the offline-save control), follows its module scripts and their imports through
 * dist/_astro and prints, gzipped: the tool's own JavaScript; what the page adds to a content
 * page's JavaScript (the tool's own, the download and embed-code scripts, inline scripts: the
 * figure the budget applies to); and all JavaScript the page loads at start. Pagefind's own files
 * load only when the search runs. Exits non-zero when a page adds more than the 10 KB (gzipped)
 * budget in DESIGN.md.
 *
 * Usage: npm run bench:tools
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, gz, kb, pageJs, toolPages } from './js.ts';

const BUDGET = 10 * 1024;
if (!existsSync(join(DIST, 'tools'))) throw new Error('dist/tools is missing: run `npm run build` first.');

const rows = toolPages().map(pageJs);
console.log('\n| page | tool JS (gzip) | added to a content page (gzip) | all JS at start (gzip) | budget |');
console.log('| --- | ---: | ---: | ---: | --- |');
for (const r of rows) console.log(`| /${r.page}${r.page ? '/' : ''} | ${kb(r.tool)} | ${kb(r.added)} | ${kb(r.all)} | ${r.added <= BUDGET ? 'pass' : 'FAIL'} (10 KB) |`);
const over = rows.filter((r) => r.added > BUDGET);
const pagefind = gz(readFileSync(join(DIST, 'pagefind/pagefind.js'), 'utf8'));
console.log(`\nPagefind's loader, fetched by the search page's worker when it runs: ${kb(pagefind)} gzipped, then its WebAssembly and index chunks.`);
console.log(over.length === 0 ? '\nPASS: every page with a tool adds under 10 KB of gzipped JavaScript' : `\nFAIL: ${over.length} page(s) over budget`);
process.exitCode = over.length === 0 ? 0 : 1;
