/**
 * `npm run bench`: our site against plain Starlight, side by side in one run. Absolute times on a
 * shared machine are noise; the ratio of two builds measured in turn on the same machine is not
 * (DESIGN.md §8: at most 1.0 on every line).
 *
 * It builds our site when dist/ is stale and plain Starlight with the same documents (anchor.ts),
 * serves both from one gzip-serving server (server.ts), then, alternating between the two sites,
 * runs Lighthouse (mobile, simulated throttling) on each page, weighs a first visit with service
 * workers on, and times a search from the document page on a throttled link (visits.ts). It prints
 * one table per page type: home, a document page, a tool page and search (the last two compared with
 * plain Starlight's nearest page, which the table names), and exits non-zero when a line is over
 * 1.0 by more than the runs' own noise. DOM elements are reported, with the kinds of element the
 * two pages differ in most (elements.ts), and not held to 1.0: they count what a page carries.
 *
 * Usage: npm run bench [-- --runs 5] [--pages home,document,tool,search] [--document <id>] [--query <word>]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { buildAnchor, sourceDocuments } from './anchor.ts';
import { buildIfStale } from './budgets.ts';
import { describeDifferences } from './elements.ts';
import { DIST } from './js.ts';
import { openLighthouse, type LighthouseRun } from './lighthouse.ts';
import { parseOptions, type PageType } from './options.ts';
import { choosePages, type RuleRef } from './pick.ts';
import { serveSites } from './server.ts';
import { formatTable, row, type Line, type Table, type Unit } from './table.ts';
import type { Better } from './stats.ts';
import { CPU_SLOWDOWN, LINK, openVisits, type FirstVisit, type SearchPath } from './visits.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const log = (line: string) => console.error(line);
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

const options = (() => {
  try {
    return parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
})();
const { runs } = options;
const began = performance.now();
const loadAtStart = loadavg()[0]!;

// 1. The two builds.
buildIfStale();
const plainDist = buildAnchor(log);

// 2. The pages, chosen from the collections.
const rulesDir = join(ROOT, 'content/rules');
const rules = readdirSync(rulesDir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parse(readFileSync(join(rulesDir, f), 'utf8')) as RuleRef);
const chosen = choosePages(
  sourceDocuments().map((d) => ({ id: d.id, length: d.mdx.length })),
  rules,
  { document: options.document, query: options.query },
);
const documentPage = `/${chosen.document}/`;
log(`pages: document ${documentPage}, tool ${chosen.tool} (rule ${chosen.rule}), search for "${chosen.query}"`);

interface Comparison {
  type: PageType;
  label: string;
  ours: string;
  plain: string;
  plainIs?: string;
  /** Where our first visit goes, when not to `ours`: for search, the search page with the query. */
  oursVisit?: string;
}
const comparisons: Comparison[] = (
  [
    { type: 'home', label: 'home', ours: '/', plain: '/' },
    { type: 'document', label: 'document page', ours: documentPage, plain: documentPage },
    { type: 'tool', label: 'tool page', ours: chosen.tool, plain: documentPage, plainIs: `the document page the tool's rule (${chosen.rule}) comes from, ${documentPage}` },
    {
      type: 'search',
      label: 'search page',
      // Lighthouse loads each page ready to search, before a query: ours with its form, plain
      // Starlight's with its search button. The search itself, which both then run, is in the
      // first visit's lines (bytes and main-thread work until the first result) and the timed search.
      ours: '/search/',
      plain: '/',
      plainIs: `its home page, /, where (as on every page) its search dialog opens; Lighthouse loads both before a query, and the lines on the first visit follow both until the first result for "${chosen.query}"`,
      oursVisit: `/search/?q=${encodeURIComponent(chosen.query)}`,
    },
  ] satisfies Comparison[]
).filter((c) => options.pages.includes(c.type));

/** The built file of a page's address. */
const builtFile = (dist: string, path: string) => join(dist, new URL(path, 'http://x').pathname, 'index.html');
for (const [dist, path] of comparisons.flatMap((c) => [[DIST, c.ours] as const, [plainDist, c.plain] as const])) {
  const file = builtFile(dist, path);
  if (!existsSync(file)) throw new Error(`${path} is not in the build (${file} is missing).`);
}

type Side = 'ours' | 'plain';
/** One page to measure on one site; a search job lasts until the first result shows. */
interface Job {
  side: Side;
  path: string;
  search?: { query: string; how: SearchPath };
}
const key = (job: Job) => `${job.side} ${job.path}${job.search ? ' (search)' : ''}`;

/** Each round runs every job once, ours first in odd rounds and plain Starlight first in even ones. */
function rounds(pairs: [Job, Job][]): { round: number; job: Job }[] {
  const out: { round: number; job: Job }[] = [];
  for (let round = 1; round <= runs; round++) {
    const seen = new Set<string>();
    for (const pair of pairs) {
      for (const job of round % 2 === 1 ? pair : [pair[1], pair[0]]) {
        if (seen.has(key(job))) continue;
        seen.add(key(job));
        out.push({ round, job });
      }
    }
  }
  return out;
}

const pagePairs = (c: Comparison): [Job, Job] => [
  { side: 'ours', path: c.ours },
  { side: 'plain', path: c.plain },
];
/** For search, the first visit lasts until the first result shows on each site. */
const visitPairs = (c: Comparison): [Job, Job] =>
  c.type === 'search'
    ? [
        { side: 'ours', path: c.oursVisit ?? c.ours, search: { query: chosen.query, how: 'ours' } },
        { side: 'plain', path: c.plain, search: { query: chosen.query, how: 'starlight' } },
      ]
    : pagePairs(c);

const { sites, close } = await serveSites({ ours: DIST, plain: plainDist });
const lighthouse = new Map<string, LighthouseRun[]>();
const visits = new Map<string, FirstVisit[]>();
const searches: Record<Side, number[]> = { ours: [], plain: [] };
let chromiumVersion = '';
try {
  // 3. Lighthouse, alternating.
  const lh = await openLighthouse();
  try {
    for (const { round, job } of rounds(comparisons.map(pagePairs))) {
      const t = performance.now();
      try {
        const result = await lh.run(`${sites[job.side].url}${job.path}`);
        lighthouse.set(key(job), [...(lighthouse.get(key(job)) ?? []), result]);
        log(`lighthouse ${round}/${runs}: ${key(job)} (${seconds(t)})`);
      } catch (error) {
        log(`lighthouse ${round}/${runs}: ${key(job)} FAILED: ${(error as Error).message}`);
      }
    }
  } finally {
    await lh.close();
  }

  // 4. First visits with service workers on, and searches on a throttled link, alternating.
  const browser = await openVisits();
  chromiumVersion = browser.version;
  try {
    for (const { round, job } of rounds(comparisons.map(visitPairs))) {
      const visit = await browser.firstVisit(sites[job.side], job.path, job.search);
      visits.set(key(job), [...(visits.get(key(job)) ?? []), visit]);
      log(
        `first visit ${round}/${runs}: ${key(job)}: ${visit.bytes} bytes${visit.mainThread === undefined ? '' : `, ${Math.round(visit.mainThread)} ms main thread`}${visit.worker ? ', service worker installed' : ''}`,
      );
    }
    if (options.pages.includes('search')) {
      for (let round = 1; round <= runs; round++) {
        const order: Side[] = round % 2 === 1 ? ['ours', 'plain'] : ['plain', 'ours'];
        for (const side of order) {
          const ms = await browser.searchTime(sites[side], documentPage, chosen.query, side === 'ours' ? 'ours' : 'starlight');
          searches[side].push(ms);
          log(`search ${round}/${runs}: ${side} "${chosen.query}" from ${documentPage}: ${Math.round(ms)} ms`);
        }
      }
    }
  } finally {
    await browser.close();
  }
} finally {
  await close();
}

// 5. The tables.
const numbers = (values: (number | undefined)[]) => values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
const fromLighthouse = (job: Job, field: keyof LighthouseRun) => numbers((lighthouse.get(key(job)) ?? []).map((r) => r[field]));
const fromVisits = (job: Job, field: 'bytes' | 'dom' | 'mainThread') => numbers((visits.get(key(job)) ?? []).map((v) => v[field]));

const MEASURES: [string, keyof LighthouseRun, Unit, Better][] = [
  ['performance score', 'performance', 'score', 'higher'],
  ['accessibility score', 'accessibility', 'score', 'higher'],
  ['best practices score', 'bestPractices', 'score', 'higher'],
  ['SEO score', 'seo', 'score', 'higher'],
  ['First Contentful Paint', 'fcp', 'ms', 'lower'],
  ['Largest Contentful Paint', 'lcp', 'ms', 'lower'],
  ['Speed Index', 'speedIndex', 'ms', 'lower'],
  ['Total Blocking Time', 'tbt', 'ms', 'lower'],
  ['total transfer', 'transfer', 'bytes', 'lower'],
  ['JavaScript transfer', 'jsTransfer', 'bytes', 'lower'],
  ['main-thread work', 'mainThread', 'ms', 'lower'],
];

const tables: Table[] = comparisons.map((c) => {
  const [ours, plain] = pagePairs(c);
  const [oursVisit, plainVisit] = visitPairs(c);
  const lines: Line[] = MEASURES.map(([measure, field, unit, better]) => ({
    measure,
    unit,
    better,
    ours: fromLighthouse(ours, field),
    plain: fromLighthouse(plain, field),
  }));
  // DOM elements: Lighthouse's count where it gives one for both pages, else the count after the first visit.
  const lhDom = { ours: fromLighthouse(ours, 'dom'), plain: fromLighthouse(plain, 'dom') };
  const dom = lhDom.ours.length > 0 && lhDom.plain.length > 0;
  lines.push({
    measure: dom ? 'DOM elements' : 'DOM elements (after the first visit)',
    unit: 'count',
    better: 'lower',
    ours: dom ? lhDom.ours : fromVisits(oursVisit, 'dom'),
    plain: dom ? lhDom.plain : fromVisits(plainVisit, 'dom'),
    reportOnly: true,
  });
  lines.push({
    measure:
      c.type === 'search'
        ? `first visit until the first result for "${chosen.query}", service worker on (all bytes served, the worker's included)`
        : "first visit, service worker on (all bytes served, the worker's included)",
    unit: 'bytes',
    better: 'lower',
    ours: fromVisits(oursVisit, 'bytes'),
    plain: fromVisits(plainVisit, 'bytes'),
  });
  if (c.type === 'search') {
    lines.push({
      measure: `main-thread work from the first visit until the first result for "${chosen.query}" (CPU ${CPU_SLOWDOWN}× slower, as Lighthouse's mobile)`,
      unit: 'ms',
      better: 'lower',
      ours: fromVisits(oursVisit, 'mainThread'),
      plain: fromVisits(plainVisit, 'mainThread'),
    });
    lines.push({
      measure: `search from ${documentPage}: first keystroke of "${chosen.query}" to first result (${LINK.latency} ms, ${LINK.downloadKbps / 1000} Mbps)`,
      unit: 'ms',
      better: 'lower',
      ours: searches.ours,
      plain: searches.plain,
    });
  }
  const notes = [describeDifferences(readFileSync(builtFile(DIST, c.ours), 'utf8'), readFileSync(builtFile(plainDist, c.plain), 'utf8'))];
  return { type: c.label, ours: c.ours, plain: c.plain, plainIs: c.plainIs, lines, notes };
});

const { version: lighthouseVersion } = JSON.parse(readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')) as { version: string };
console.log('\n## Ours against plain Starlight\n');
console.log(
  `Lighthouse ${lighthouseVersion} (mobile, simulated throttling) and Playwright in Chromium ${chromiumVersion}, ${runs} run(s) a side, the two sites in turn. ` +
    `Plain Starlight ${JSON.parse(readFileSync(join(ROOT, 'node_modules/@astrojs/starlight/package.json'), 'utf8')).version} with its default configuration builds the same ${sourceDocuments().length} documents as Markdown. ` +
    `Both are served by one local server with gzip. Load average ${loadAtStart.toFixed(1)} at the start and ${loadavg()[0]!.toFixed(1)} at the end on ${cpus().length} cores: times on a shared machine are noisy, and the noise column says how much.` +
    (runs < 5 ? ` Fewer than five runs: the medians are rough.` : ''),
);
for (const table of tables) console.log(`\n${formatTable(table, runs)}`);
const over = tables.flatMap((t) => t.lines.map(row)).filter((r) => r.result === 'OVER').length;
console.log(`\n${over === 0 ? 'PASS: no line is over 1.00 by more than its noise' : `FAIL: ${over} line(s) over 1.00 by more than their noise`} (${seconds(began)} in all)`);
process.exitCode = over === 0 ? 0 : 1;
