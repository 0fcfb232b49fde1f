/**
 * Offline that asks first (the service worker of src/lib/offline.ts): a first visit keeps only the
 * shell and the pages read; "Save this site for offline use" keeps the rest, and can be undone.
 * And pages read without JavaScript.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { context, sitemapPages, useSite } from './harness';
import { briefings, documents, documentsOf, partnerInfos, duties, some, trusts } from '../content';
import { dutiesOf } from '../../src/lib/partners';
import { OFFLINE_FALLBACK, OFFLINE_LIST, type OfflineList } from '../../src/lib/offline';

const site = useSite();

/** The worker's shell, read from the built /sw.js, and every file it may save, from its list. */
async function workerLists(url: string): Promise<{ shell: string[]; files: string[] }> {
  const source = await (await fetch(`${url}/sw.js`)).text();
  const shell = JSON.parse(/const SHELL_FILES = (\[.*?\]);/.exec(source)![1]!) as string[];
  const list = (await (await fetch(`${url}${OFFLINE_LIST}`)).json()) as OfflineList;
  expect(source).toContain(`const VERSION = '${list.version}';`);
  return { shell, files: list.files };
}

/** Every address the page's origin has in its caches, by cache. */
const cached = (page: Page) =>
  page.evaluate(async () => {
    const out: Record<string, string[]> = {};
    for (const key of await caches.keys()) out[key] = (await (await caches.open(key)).keys()).map((r) => new URL(r.url).pathname);
    return out;
  });

describe('offline, asked for first', () => {
  it('the worker is registered only once the page has loaded, not while it loads', async () => {
    const ctx = await context(site.browser, 'light', 'allow');
    const page = await ctx.newPage();
    // The page's print stylesheet is held back, so the page has parsed and run its scripts but not loaded.
    let release!: () => void;
    const held = new Promise<void>((done) => (release = done));
    await page.route('**/_astro/print.*.css', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${site.url}/durham/governance-arrangements-2009/`, { waitUntil: 'domcontentloaded' });
    await page.waitForTimeout(500);
    const registered = () => page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) !== undefined);
    expect(await page.evaluate(() => document.readyState)).not.toBe('complete');
    expect(await registered()).toBe(false);
    release();
    await page.waitForLoadState('load');
    await expect.poll(registered, { timeout: 5_000 }).toBe(true);
    await ctx.close();
  });

  it('a first visit keeps only the shell and the page read; a second read keeps the offline page, shown for an unread page without a connection', async () => {
    const { shell, files } = await workerLists(site.url);
    expect(shell.length).toBeGreaterThan(0);
    expect(files.length).toBeGreaterThan(shell.length * 3);
    const ctx = await context(site.browser, 'light', 'allow');
    const page = await ctx.newPage();
    const read = '/durham/governance-arrangements-2009/';
    await page.goto(`${site.url}${read}`);
    await page.evaluate(async () => void (await navigator.serviceWorker.ready));
    // One page read: the shell only; the offline page is not fetched for a reader who reads one page.
    expect(Object.values(await cached(page)).flat()).toEqual(expect.arrayContaining(shell));
    expect(Object.values(await cached(page)).flat()).not.toContain(OFFLINE_FALLBACK);
    await page.reload();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await expect.poll(async () => Object.values(await cached(page)).flat().includes(OFFLINE_FALLBACK)).toBe(true);
    const caches = await cached(page);
    const all = Object.values(caches).flat();
    expect(Object.keys(caches).some((k) => k.startsWith('governance-saved-'))).toBe(false);
    expect(all).toEqual(expect.arrayContaining([...shell, read, OFFLINE_FALLBACK]));
    // Far from the whole site: the shell, the page and what it loaded.
    expect(all.length).toBeLessThan(shell.length + 15);

    await ctx.setOffline(true);
    await page.goto(`${site.url}${read}#9.5`);
    expect(await page.locator('[data-clause="9.5(f)"]').textContent()).toContain('The Chair has a second and casting vote in the event of a tie.');
    const unread = files.find((f) => f.endsWith('/') && f !== '/' && !all.includes(f))!;
    await page.goto(`${site.url}${unread}`);
    expect(await page.locator('h1').textContent()).toContain('Use this site offline');
    await ctx.close();
  });

  it('"Save this site for offline use" says the size, shows progress, then documents, a tool and search work offline; and it can be undone', async () => {
    const { files } = await workerLists(site.url);
    const ctx = await context(site.browser, 'light', 'allow');
    const page = await ctx.newPage();
    await page.goto(`${site.url}/`);
    await page.evaluate(async () => void (await navigator.serviceWorker.ready));
    await page.reload();
    const box = page.locator('[data-offline-save]');
    expect(await box.locator('[data-offline-size]').textContent()).toMatch(/^\d+(\.\d)? (KB|MB)$/);
    const save = box.getByRole('button', { name: 'Save this site for offline use' });
    await save.click();
    await expect.poll(() => box.getAttribute('data-saved'), { timeout: 60_000 }).toBe('true');
    expect(await box.locator('[data-offline-status]').textContent()).toContain('Saved');
    // Every page of the site is offered, and all of it is saved.
    expect(some(sitemapPages(), 'page').filter((path) => !files.includes(path))).toEqual([]);
    const saved = Object.entries(await cached(page)).find(([k]) => k.startsWith('governance-saved-'))![1];
    expect(saved).toEqual(expect.arrayContaining(files));

    await ctx.setOffline(true);
    await page.goto(`${site.url}/durham/governance-arrangements-2009/#9.5`);
    expect(await page.locator('[data-clause="9.5(f)"]').textContent()).toContain('The Chair has a second and casting vote in the event of a tie.');
    await page.goto(`${site.url}/tools/quorum/kent-quorum/?present=chair&present=kcc&present=kent-police&present=yos&present=district-councils`);
    expect(await page.locator('gov-quorum').getAttribute('data-result')).toBe('quorate');
    await page.goto(`${site.url}/search/?q=casting+vote`);
    await page.locator('gov-search[data-state="done"]').waitFor();
    expect(Number(await page.locator('gov-search').getAttribute('data-result'))).toBeGreaterThan(0);

    await ctx.setOffline(false);
    await page.goto(`${site.url}/offline/`);
    await page.getByRole('button', { name: 'Remove the offline copy' }).click();
    await expect.poll(() => page.locator('[data-offline-save]').getAttribute('data-saved')).toBe('false');
    expect(Object.keys(await cached(page)).some((k) => k.startsWith('governance-saved-'))).toBe(false);
    await ctx.close();
  });

  it('every page links to the save control from its footer', async () => {
    const page = await site.open('/compare/');
    expect(await page.locator('.site-footer-offline a').getAttribute('href')).toBe('/offline/');
    await page.close();
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
