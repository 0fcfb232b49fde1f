/**
 * After a first visit, the documents, the tools and search work with the network off (the service
 * worker written by src/plugins/offline.ts); and pages read without JavaScript.
 */
import { describe, expect, it } from 'vitest';
import { context, sitemapPages, useSite } from './harness';
import { briefings, documents, documentsOf, partnerInfos, duties, some, trusts } from '../content';
import { dutiesOf } from '../../src/lib/partners';

const site = useSite();

describe('offline after a first visit', () => {
  it('the documents, a tool with its answers and search work with the network off', async () => {
    const ctx = await context(site.browser, 'light', 'allow');
    const page = await ctx.newPage();
    await page.goto(`${site.url}/`);
    // The worker installs, caching every page, then controls the page.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await ctx.setOffline(true);

    await page.goto(`${site.url}/durham/governance-arrangements-2009/#9.5`);
    expect(await page.locator('[data-clause="9.5(f)"]').textContent()).toContain('The Chair has a second and casting vote in the event of a tie.');

    await page.goto(`${site.url}/tools/quorum/kent-quorum/?present=chair&present=kcc&present=kent-police&present=yos&present=district-councils`);
    expect(await page.locator('gov-quorum').getAttribute('data-result')).toBe('quorate');

    await page.goto(`${site.url}/search/?q=casting+vote`);
    await page.locator('gov-search[data-state="done"]').waitFor();
    expect(Number(await page.locator('gov-search').getAttribute('data-result'))).toBeGreaterThan(0);

    await ctx.close();
  });

  it('the worker lists the pages and the search index, and names its cache by version', async () => {
    const response = await fetch(`${site.url}/sw.js`);
    const source = await response.text();
    expect(source).toMatch(/const CACHE = 'governance-[0-9a-f]{12}';/);
    // Every page of the site.
    expect(some(sitemapPages(), 'page').filter((path) => !source.includes(JSON.stringify(path)))).toEqual([]);
    expect(source).toContain('"/pagefind/pagefind.js"');
    expect(source).not.toContain('"/sw.js"');
  });
});

/** The one of `list` with the most of something: the fullest page of its kind. */
const most = <T,>(list: readonly T[], size: (item: T) => number): T => [...some(list, 'entry')].sort((a, b) => size(b) - size(a))[0]!;

/** One page of each kind, the fullest of its kind. */
const READS_IN_FULL = [
  '/',
  most(documents(), (d) => d.body.length).path,
  `/partners/${
    most(partnerInfos(), (p) => {
      const { own, shared } = dutiesOf(p, duties(), partnerInfos());
      return own.length + shared.length;
    }).id
  }/`,
  '/compare/',
  `/${most(trusts(), (t) => documentsOf(t.id).length).id}/`,
  ...briefings().slice(0, 1).map((b) => b.path),
];

describe('without JavaScript', () => {
  for (const path of READS_IN_FULL) {
    it(`${path} reads in full`, async () => {
      const ctx = await site.browser.newContext({ javaScriptEnabled: false });
      const page = await ctx.newPage();
      const response = await page.goto(`${site.url}${path}`);
      expect(response?.status()).toBe(200);
      expect((await page.locator('main').textContent())?.length ?? 0).toBeGreaterThan(500);
      expect(await page.locator('main h1').count()).toBeGreaterThan(0);
      await ctx.close();
    });
  }
});
