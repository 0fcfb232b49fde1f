/**
 * The budgets in DESIGN.md §8, measured on the real built site (built first when dist/ is older than
 * the sources). Prints one table line per budget with pass or FAIL, then Lighthouse's four category
 * scores for a document page, a tool page and the search page. Run by `npm run bench` after the
 * synthetic-document table, or alone with `npm run bench:budgets`. The process fails when any budget
 * is exceeded; the budgets are DESIGN.md's and are not loosened here.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../../src/plugins/chromium.ts';
import { serve } from '../e2e/serve.ts';
import { DIST, gz, isPageFrameScript, kb, pageJs, scriptsOf, toolPages } from './js.ts';
import { FIRST_ROUND_TRIP, firstPaint } from './first-paint.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** DESIGN.md §8: JavaScript a tool page adds. */
const TOOL_JS = 10 * 1024;

/** Newest modification time of any file under `path`. */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Builds the site when dist/ is missing or older than the sources. */
export function buildIfStale(): void {
  const built = existsSync(join(DIST, 'index.html')) ? statSync(join(DIST, 'index.html')).mtimeMs : 0;
  const sources = Math.max(...['src', 'content', 'public', 'astro.config.mjs', 'package-lock.json'].map((p) => newest(join(ROOT, p))));
  if (built > sources) return;
  console.error('dist/ is stale: building the site...');
  execFileSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
}

const dirs = (path: string) =>
  existsSync(join(DIST, path))
    ? readdirSync(join(DIST, path), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => (path ? `${path}/${d.name}` : d.name))
    : [];
const ids = (folder: string, ext: string) =>
  readdirSync(join(ROOT, folder)).filter((f) => f.endsWith(ext)).map((f) => f.slice(0, -ext.length));

/** The built pages of each page type, as paths under dist/ ("" is the home page). */
function pageTypes(): Record<string, string[]> {
  const trusts = ids('content/trusts', '.yaml');
  const documents = trusts.flatMap((t) => (existsSync(join(ROOT, 'content/docs', t)) ? ids(`content/docs/${t}`, '.mdx').map((d) => `${t}/${d}`) : []));
  return {
    home: [''],
    'trust page': trusts,
    'document page': documents,
    'partner page': dirs('partners'),
    'tool page': dirs('tools').flatMap(dirs),
    embed: dirs('embed').flatMap(dirs),
    search: ['search'],
    compare: ['compare'],
    briefing: dirs('briefings'),
    timeline: trusts.flatMap((t) => dirs(`${t}/plans`)),
  };
}

/** Gzipped HTML up to the first paragraph, plus the stylesheets that block rendering (first-paint.ts). */
const htmlCss = (page: string) => firstPaint(page).bytes;

/** Gzipped JavaScript a page without a widget loads at start that is not Starlight's own. */
function extraJs(page: string): number {
  const { external } = scriptsOf(readFileSync(join(DIST, page, 'index.html'), 'utf8'));
  return external.filter((src) => !isPageFrameScript(src)).reduce((n, src) => n + gz(readFileSync(join(DIST, src))), 0);
}

interface Line {
  what: string;
  measured: string;
  budget: string;
  ok: boolean;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;
const largest = <T,>(items: T[], size: (item: T) => number) => items.reduce((a, b) => (size(b) > size(a) ? b : a));

function sizeLines(): Line[] {
  const lines: Line[] = [];
  const tools = new Set(toolPages());
  for (const [type, pages] of Object.entries(pageTypes())) {
    if (pages.length === 0) {
      lines.push({ what: `${type}: none built`, measured: '-', budget: '-', ok: false });
      continue;
    }
    const sizes = new Map(pages.map((p) => [p, htmlCss(p)]));
    const big = largest(pages, (p) => sizes.get(p)!);
    const label = (p: string) => `/${p}${p ? '/' : ''}`;
    const what = 'HTML to the first paragraph + render-blocking CSS (gzip)';
    if (type === 'document page') {
      const m = median([...sizes.values()]);
      lines.push({ what: `${type}, median of ${pages.length}: ${what}`, measured: kb(m), budget: '14 KB', ok: m <= FIRST_ROUND_TRIP });
    }
    const where = pages.length > 1 ? `, largest of ${pages.length} (${label(big)})` : ` (${label(big)})`;
    lines.push({ what: `${type}${where}: ${what}`, measured: kb(sizes.get(big)!), budget: '14 KB', ok: sizes.get(big)! <= FIRST_ROUND_TRIP });
    const blocking = Math.max(...pages.map((p) => firstPaint(p).blocking.length));
    lines.push({ what: `${type}: render-blocking stylesheets, most on one page`, measured: String(blocking), budget: type === 'tool page' ? 'at most 1' : 'reported', ok: type !== 'tool page' || blocking <= 1 });
    // JavaScript at start: on a page without a widget, none beyond the page frame's (tests/bench/js.ts); a widget's page is budgeted below.
    const js = pages.map(pageJs);
    const withoutTool = pages.filter((p) => !tools.has(p));
    if (withoutTool.length > 0) {
      const worst = largest(withoutTool, extraJs);
      lines.push({
        what: `${type}${withoutTool.length > 1 ? `, largest (${label(worst)})` : ''}: JS at start beyond the page frame's (gzip)`,
        measured: kb(extraJs(worst)),
        budget: 'none',
        ok: extraJs(worst) === 0,
      });
    }
    const withTool = js.filter((j) => tools.has(j.page));
    if (withTool.length > 0) {
      const worst = largest(withTool, (j) => j.all);
      lines.push({
        what: `${type}${withTool.length > 1 ? `, largest (${label(worst.page)})` : ''}: all JS at start (gzip; of which inline)`,
        measured: `${kb(worst.all)} (${kb(worst.inline)})`,
        budget: 'tool JS, below',
        ok: true,
      });
    }
  }
  // JavaScript per tool: all that the tool's page adds to a content page's (as bench:tools).
  const byTool = new Map<string, { page: string; added: number }>();
  for (const j of toolPages().map(pageJs)) {
    const html = readFileSync(join(DIST, j.page, 'index.html'), 'utf8');
    const tool = /data-widget="([a-z-]+)"/.exec(html)?.[1] ?? /<gov-([a-z-]+)/.exec(html)?.[1] ?? 'widget';
    if (!byTool.has(tool) || byTool.get(tool)!.added < j.added) byTool.set(tool, j);
  }
  for (const [tool, j] of byTool) {
    lines.push({ what: `JS the ${tool} tool's page adds, largest (/${j.page}${j.page ? '/' : ''}) (gzip)`, measured: kb(j.added), budget: '10 KB', ok: j.added <= TOOL_JS });
  }
  return lines;
}

/** Opens /search/?q=quorum and sums every response until the results show. */
async function firstSearch(url: string): Promise<Line[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  try {
    const page = await (await browser.newContext()).newPage();
    const bodies: Promise<void>[] = [];
    let raw = 0;
    let gzip = 0;
    let count = 0;
    const thirdParty: string[] = [];
    page.on('response', (response) => {
      count += 1;
      if (!response.url().startsWith(url)) thirdParty.push(response.url());
      bodies.push(
        response.body().then(
          (body) => {
            raw += body.length;
            gzip += gz(body);
          },
          () => undefined,
        ),
      );
    });
    await page.goto(`${url}/search/?q=quorum`);
    await page.locator('gov-search[data-state="done"]').waitFor({ timeout: 30_000 });
    await Promise.all(bodies);
    return [
      { what: `first search (/search/?q=quorum): ${count} responses, total transfer (raw / as gzip)`, measured: `${kb(raw)} / ${kb(gzip)}`, budget: 'reported', ok: true },
      { what: 'first search: third-party requests', measured: String(thirdParty.length), budget: '0', ok: thirdParty.length === 0 },
    ];
  } finally {
    await browser.close();
  }
}

const LIGHTHOUSE_PAGES = ['/kent/partnership-agreement-2008/', '/tools/quorum/kent-quorum/', '/search/'];

/** Lighthouse's four category scores (0-100) for each page, in the system Chromium. */
async function lighthouseScores(url: string): Promise<string[]> {
  const { default: lighthouse } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const chrome = await launch({ chromePath: process.env.CHROME_PATH || chromiumPath(), chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  const out = ['| page | performance | accessibility | best practices | SEO |', '| --- | ---: | ---: | ---: | ---: |'];
  try {
    for (const path of LIGHTHOUSE_PAGES) {
      const result = await lighthouse(`${url}${path}`, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
      const c = result?.lhr.categories;
      const score = (id: string) => (c?.[id]?.score == null ? 'n/a' : String(Math.round(c[id]!.score! * 100)));
      out.push(`| ${path} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} |`);
    }
  } finally {
    chrome.kill();
  }
  return out;
}

/** Measures and prints the budgets and Lighthouse scores; true when every budget holds. */
export async function budgets(): Promise<boolean> {
  buildIfStale();
  const lines = sizeLines();
  const server = await serve();
  let scores: string[] = [];
  try {
    lines.push(...(await firstSearch(server.url)));
    scores = await lighthouseScores(server.url);
  } finally {
    await server.close();
  }
  console.log('\nBudgets on the built site (DESIGN.md §8)\n');
  console.log('| what | measured | budget | result |');
  console.log('| --- | ---: | --- | --- |');
  for (const l of lines) console.log(`| ${l.what} | ${l.measured} | ${l.budget} | ${l.ok ? 'pass' : 'FAIL'} |`);
  const failed = lines.filter((l) => !l.ok).length;
  console.log(failed === 0 ? '\nPASS: every budget holds' : `\nFAIL: ${failed} budget line(s) exceeded`);
  console.log('\nLighthouse (local server, scores out of 100)\n');
  for (const line of scores) console.log(line);
  return failed === 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = (await budgets()) ? 0 : 1;
}
