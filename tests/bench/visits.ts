/**
 * The measures of the side-by-side bench that Lighthouse does not take, in Playwright driving
 * the system Chromium:
 *
 * - a first visit with service workers allowed: the bytes the server wrote for the page, everything
 *   it loads, and whatever a service worker fetches once it installs (counted at the server, so the
 *   worker's own requests are in), and the elements in the DOM once the page has settled; for a
 *   search, the visit lasts until the first result shows (our search page with the query in its
 *   address, or plain Starlight's dialog with the query typed), and it also counts the work on the
 *   page's main thread until then, the CPU slowed as Lighthouse slows it: the work of a search,
 *   which a Lighthouse run of a page that is only ready to search does not see;
 * - a search from a document page on a throttled link: the time from the first keystroke of the
 *   query to the first result on screen, by the path each site offers (our header field's live
 *   results, plain Starlight's search dialog). Both ends are taken in the page, by the page's own
 *   clock: the keydown event, and the first frame after the first result is added to the DOM.
 *   Waiting from outside would not do: Playwright looks again only every half second once a wait
 *   has lasted a while, which is more than the difference being measured.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumPath } from '../../src/plugins/chromium.ts';
import { CHROMIUM_FLAGS } from './lighthouse.ts';
import type { Site } from './server.ts';

/** The throttled link for the search: a slow 4G connection. */
export const LINK = { latency: 150, downloadKbps: 1600, uploadKbps: 750 };

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Waits until the site's server has written nothing for `ms` (at most `limit` ms in all). */
async function serverQuiet(site: Site, ms = 1000, limit = 30_000): Promise<void> {
  const until = Date.now() + limit;
  let last = site.bytes();
  let since = Date.now();
  while (Date.now() < until) {
    await sleep(100);
    const now = site.bytes();
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (Date.now() - since >= ms) return;
  }
}

/**
 * Waits for a service worker the page registers to be active, if it registers one within four
 * seconds (ours registers once the page has loaded and the browser is idle, within 3 s).
 */
async function workerSettled(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    if (!('serviceWorker' in navigator)) return false;
    for (let i = 0; i < 40; i++) {
      if (await navigator.serviceWorker.getRegistration()) break;
      await new Promise((done) => setTimeout(done, 100));
    }
    if (!(await navigator.serviceWorker.getRegistration())) return false;
    await Promise.race([navigator.serviceWorker.ready, new Promise((done) => setTimeout(done, 30_000))]);
    return true;
  });
}

export interface FirstVisit {
  bytes: number;
  dom: number;
  /** Whether the page installed a service worker. */
  worker: boolean;
  /**
   * For a search: milliseconds of work on the page's main thread from the start of the visit to the
   * first result, with the CPU slowed as Lighthouse's mobile setting slows it (CPU_SLOWDOWN).
   */
  mainThread?: number;
}

/** Lighthouse's mobile CPU slowdown, applied to the searching visits so that their main-thread work reads like its. */
export const CPU_SLOWDOWN = 4;

/** How each site gets from a page to search results. */
export type SearchPath = 'ours' | 'starlight';

/** Our header search field: reaching it loads the live results, which show under it as the query is typed. */
async function typeInOurs(page: Page, query: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search the documents' }).first().click();
  await page.keyboard.type(query);
}

/** Starlight's search button opens its dialog with Pagefind's own interface, where the query is typed. */
async function typeInStarlight(page: Page, query: string): Promise<void> {
  await page.locator('site-search button[data-open-modal]').click();
  await page.locator('#starlight__search input').pressSequentially(query);
}

/** A search result of each site: our search page's or header field's, or one in plain Starlight's dialog. */
const RESULT = { ours: 'gov-search [data-results] li, [data-live-results] li', starlight: '#starlight__search .pagefind-ui__result' } as const;

/** The first result on screen. */
const firstResult = (page: Page, how: SearchPath) => page.locator(RESULT[how]).first().waitFor({ state: 'visible', timeout: 120_000 });

/**
 * Marks, in the page and by its clock (epoch milliseconds, the same across the site's pages), the
 * first keydown and the first frame after an element matching `selector` is in the DOM.
 */
function markSearch(selector: string): void {
  const now = () => performance.timeOrigin + performance.now();
  const marks = window as unknown as { benchKey?: number; benchResult?: number };
  addEventListener('keydown', () => (marks.benchKey ??= now()), true);
  new MutationObserver((_, observer) => {
    if (!document.querySelector(selector)) return;
    observer.disconnect();
    requestAnimationFrame(() => (marks.benchResult ??= now()));
  }).observe(document, { childList: true, subtree: true });
}

/** The renderer main thread's task time so far, in ms, from CDP's `Performance.getMetrics`. */
export function taskTime(metrics: readonly { name: string; value: number }[]): number {
  const task = metrics.find((m) => m.name === 'TaskDuration');
  if (!task) throw new Error(`The browser reported no TaskDuration among its metrics (${metrics.map((m) => m.name).join(', ')}).`);
  return task.value * 1000;
}

export interface Visits {
  /** The browser's version, for the report. */
  version: string;
  /**
   * A first visit to `path`; with `search`, until the first result of `query` shows: on our search
   * page (its address carries the query) by waiting, on plain Starlight by typing it in the dialog.
   */
  firstVisit(site: Site, path: string, search?: { query: string; how: SearchPath }): Promise<FirstVisit>;
  /** Milliseconds from the first keystroke to the first result, searching from `path` for `query`. */
  searchTime(site: Site, path: string, query: string, how: SearchPath): Promise<number>;
  close(): Promise<void>;
}

export async function openVisits(): Promise<Visits> {
  const browser: Browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
  return {
    version: browser.version(),
    async firstVisit(site, path, search) {
      const context = await browser.newContext({ serviceWorkers: 'allow', viewport: { width: 412, height: 823 } });
      try {
        const page = await context.newPage();
        // A search's visit also counts the main thread's work, from the page's own metrics (the
        // renderer's task time), with the CPU slowed as Lighthouse slows it.
        const cdp = search ? await context.newCDPSession(page) : undefined;
        await cdp?.send('Performance.enable');
        await cdp?.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
        await serverQuiet(site, 300);
        const before = site.bytes();
        await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
        if (search?.how === 'starlight') await typeInStarlight(page, search.query);
        if (search) await firstResult(page, search.how);
        const mainThread = cdp ? taskTime((await cdp.send('Performance.getMetrics')).metrics) : undefined;
        await cdp?.send('Emulation.setCPUThrottlingRate', { rate: 1 });
        const worker = await workerSettled(page);
        await serverQuiet(site);
        const bytes = site.bytes() - before;
        const dom = await page.evaluate(() => document.getElementsByTagName('*').length);
        return { bytes, dom, worker, ...(mainThread === undefined ? {} : { mainThread }) };
      } finally {
        await context.close();
      }
    },

    async searchTime(site, path, query, how) {
      // No service worker: its requests would not go through the page's throttled link.
      const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 800 } });
      try {
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', {
          offline: false,
          latency: LINK.latency,
          downloadThroughput: (LINK.downloadKbps * 1000) / 8,
          uploadThroughput: (LINK.uploadKbps * 1000) / 8,
        });
        await page.addInitScript(markSearch, RESULT[how]);
        await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle', timeout: 120_000 });
        await (how === 'ours' ? typeInOurs : typeInStarlight)(page, query);
        await firstResult(page, how);
        await page.waitForFunction(() => (window as unknown as { benchResult?: number }).benchResult !== undefined);
        const { key, result } = await page.evaluate(() => {
          const marks = window as unknown as { benchKey?: number; benchResult?: number };
          return { key: marks.benchKey, result: marks.benchResult };
        });
        if (key === undefined || result === undefined) throw new Error(`The search on ${path} was not marked (keydown ${key}, result ${result}).`);
        return result - key;
      } finally {
        await context.close();
      }
    },

    async close() {
      await browser.close();
    },
  };
}
