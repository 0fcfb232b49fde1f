/**
 * The Content Security Policy on the built site, in Chromium: one page of every kind loads with no
 * policy violation, no console error, no request to any other origin and no cookie. Search runs
 * Pagefind (its worker and WebAssembly) and a tool draws a PNG on a canvas, both under the policy.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useSite } from './harness';
import { allDocuments, bodiesOf, briefings, partnerInfos, duties, plans, some, statedRules, trusts } from '../content';
import { dutiesOf } from '../../src/lib/partners';
import { embedHref, toolHref, TOOLS as TOOL_LIST } from '../../src/lib/rules/tools';

const site = useSite();

/** One document page per document type in content/docs ("guide" when the type is left out). */
function documentPerType(): [string, string][] {
  const byType = new Map<string, string>();
  for (const doc of some(allDocuments(), 'document')) if (!byType.has(doc.data.documentType)) byType.set(doc.data.documentType, doc.path);
  return [...byType].sort();
}

/** The one of `list` with the most of something, so that the page of its kind has the most on it. */
const most = <T,>(list: readonly T[], size: (item: T) => number): T => [...some(list, 'entry')].sort((a, b) => size(b) - size(a))[0]!;

/** The trust with the most bodies: the largest structure diagram, with Mermaid's inline styles. */
const trust = most(trusts(), (t) => bodiesOf(t.id).length).id;
/** The partner the most duties reach. */
const partner = most(partnerInfos(), (p) => {
  const { own, shared } = dutiesOf(p, duties(), partnerInfos());
  return own.length + shared.length;
}).id;
/** A briefing with a tool or a timeline embedded, which come in iframes. */
const framed = briefings().find((b) => /<Embed\s+id="(tool|timeline):/.test(b.body));
const plan = plans()[0];
const stated = some(statedRules(), 'stated rule');
const example = stated.find((r) => r.examples.length > 0)!;

/**
 * Each tool with a valid state in its address: the first worked example of a rule of each tool,
 * since the examples are the states the build has already checked.
 */
const TOOLS = some(
  TOOL_LIST.flatMap((tool) => {
    const rule = stated.find((r) => r.kind === tool.kind && r.examples.length > 0);
    return rule ? [toolHref(rule, rule.examples[0]!.query)] : [];
  }),
  'worked example of a tool',
);

const PAGES: [string, string][] = [
  ['home', '/'],
  ['trust page', `/${trust}/`],
  ...documentPerType().map(([type, path]): [string, string] => [`${type} document`, path]),
  ['partner page', `/partners/${partner}/`],
  ['partners index', '/partners/'],
  ['glossary', '/glossary/'],
  ['comparison', '/compare/'],
  ...(framed ? [['briefing (with embedded tools in iframes)', framed.path] as [string, string]] : []),
  ['briefings index', '/briefings/'],
  ...(plan
    ? [
        ['action-plan timeline', `/${plan.trust}/plans/${plan.id}/?proposal=${plan.proposals[0]!.number}`] as [string, string],
        ['timeline embed', `/embed/timeline/${plan.id}/?proposal=${plan.proposals[0]!.number}`] as [string, string],
      ]
    : []),
  ['tool embed', embedHref(example, example.examples[0]!.query)],
  ['structure embed', `/embed/structure/${trust}/`],
  ['404 page', '/404.html'],
];

/** What went wrong while a page was open: policy violations, console errors, foreign requests. */
interface Trouble {
  violations: string[];
  errors: string[];
  foreign: string[];
}

let ctx: BrowserContext;
const trouble: Trouble = { violations: [], errors: [], foreign: [] };

beforeAll(async () => {
  ctx = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, serviceWorkers: 'block' });
  // Every frame (iframes included) reports violations to the test as they happen.
  await ctx.exposeFunction('__reportViolation', (text: string) => trouble.violations.push(text));
  await ctx.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportViolation: (text: string) => void }).__reportViolation;
      report(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} (${e.sample})`);
    });
  });
  ctx.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${site.url}/`) && !/^(data|blob):/.test(url)) trouble.foreign.push(url);
  });
  ctx.on('page', (page) => watch(page));
});
afterAll(() => ctx?.close());

function watch(page: Page) {
  page.on('console', (message) => {
    if (message.type() === 'error') trouble.errors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => trouble.errors.push(`uncaught: ${error.message}`));
  page.on('worker', (worker) => worker.on('console', (message) => message.type() === 'error' && trouble.errors.push(`worker: ${message.text()}`)));
}

/** Opens a path in the watched context and waits for it (and its frames) to load and settle. */
async function open(path: string): Promise<Page> {
  const page = await ctx.newPage();
  const response = await page.goto(site.url + path, { waitUntil: 'load' });
  expect(response?.status(), path).toBe(200);
  await page.waitForLoadState('networkidle');
  return page;
}

/** Asserts that nothing went wrong since the last call, then starts afresh. */
async function expectClean(what: string) {
  expect({ what, ...trouble }).toEqual({ what, violations: [], errors: [], foreign: [] });
  expect(await ctx.cookies(), `${what}: cookies`).toEqual([]);
  trouble.violations.length = 0;
  trouble.errors.length = 0;
  trouble.foreign.length = 0;
}

describe('every kind of page loads under its policy', () => {
  it('every built page has a policy meta tag near the top of <head>, before any script or style', async () => {
    const page = await open(`/${trust}/`);
    const first = await page.evaluate(() =>
      [...document.head.children].slice(0, 2).map((el) => `${el.localName} ${el.getAttribute('http-equiv') ?? el.getAttribute('charset') ?? ''}`),
    );
    expect(first).toEqual(['meta utf-8', 'meta Content-Security-Policy']);
    await page.close();
    await expectClean(`/${trust}/`);
  });

  it.each(PAGES)('%s (%s)', async (_, path) => {
    const page = await open(path);
    // A briefing's embeds are iframes of /embed/…, loaded with the page.
    if (path === framed?.path) expect(page.frames().length).toBeGreaterThan(1);
    await page.close();
    await expectClean(path);
  });

  it.each(TOOLS)('tool %s', async (path) => {
    const page = await open(path);
    await page.locator('form[data-tool-form][data-started]').waitFor();
    // The state was read, not refused: no notice, and the address keeps it (in the tool's own order).
    expect(await page.locator('[data-notices]').isVisible(), path).toBe(false);
    const state = (url: string) => [...new URL(url, site.url).searchParams].map(([k, v]) => `${k}=${v}`).sort();
    expect(state(page.url())).toEqual(state(path));
    expect(new URL(page.url()).pathname).toBe(path.split('?')[0]);
    await page.close();
    await expectClean(path);
  });
});

describe('the parts that need more than the page itself', () => {
  it('search runs Pagefind (worker and WebAssembly) and shows results', async () => {
    const page = await open('/search/?q=quorum');
    await page.locator('gov-search[data-state="done"]').waitFor();
    expect(await page.locator('[data-results] li').count()).toBeGreaterThan(0);
    // A second search from the form, as a reader would type it.
    await page.getByLabel('Search words').fill('casting vote');
    await page.getByLabel('Search words').press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'casting vote');
    await page.locator('gov-search[data-state="done"]').waitFor();
    expect(await page.locator('[data-results] li').count()).toBeGreaterThan(0);
    await page.close();
    await expectClean('/search/?q=quorum');
  });

  it('a tool answer downloads as a PNG drawn on a canvas', async () => {
    const page = await open(toolHref(example, example.examples[0]!.query));
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(`gov-figure-download[data-file="${example.id}"]`).getByRole('button', { name: 'Download PNG' }).click(),
    ]);
    const bytes = readFileSync(await file.path());
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    await page.close();
    await expectClean('PNG download');
  });

  it('an inline script that is not in the policy is blocked and reported (the check itself works)', async () => {
    const page = await open('/glossary/');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__ran = 1';
      document.body.append(script);
    });
    await page.waitForFunction(() => true);
    expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
    await expect.poll(() => trouble.violations.length).toBeGreaterThan(0);
    expect(trouble.violations[0]).toMatch(/^script-src-elem blocked inline/);
    await page.close();
    trouble.violations.length = 0;
    trouble.errors.length = 0;
  });
});
