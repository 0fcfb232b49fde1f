/**
 * End-to-end harness: serves the built site (dist/) on a loopback port with a tiny static server,
 * and launches Chromium (CHROMIUM_PATH, or the first Chromium, Chrome or Edge found: src/plugins/chromium.ts) through playwright-core.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { chromiumPath } from '../../src/plugins/chromium';

import { DIST, serve } from './serve.ts';

export { DIST, serve };

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * A browser context for tests. Service workers are blocked unless asked for: the site's worker
 * caches every page on install, which each fresh context would otherwise repeat.
 */
export function context(browser: Browser, colorScheme: 'light' | 'dark' = 'light', serviceWorkers: 'allow' | 'block' = 'block'): Promise<BrowserContext> {
  return browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 }, serviceWorkers });
}

/** Every built page, as a site path ("/kent/partnership-agreement-2008/"), excluding Pagefind's files. */
export function builtPages(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_astro' ? [] : walk(path);
      return entry.name.endsWith('.html') ? [path] : [];
    });
  return walk(DIST)
    .map((file) => `/${relative(DIST, file)}`.replace(/index\.html$/, ''))
    .sort();
}

/**
 * Every page the sitemap lists, as a site path. The sitemap index names one or more sitemaps; each
 * lists absolute addresses on the configured origin, which is dropped here.
 */
export function sitemapPages(): string[] {
  const read = (name: string) => readFileSync(join(DIST, name), 'utf8');
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return locs(read('sitemap-index.xml'))
    .flatMap((sitemap) => locs(read(sitemap.replace(/^\//, ''))))
    .sort();
}

export interface Site {
  url: string;
  browser: Browser;
  /** A light-theme context for the file's pages. */
  ctx: BrowserContext;
  /** Opens a site path in a new page of `ctx` and checks that it answered 200. */
  open(path: string): Promise<Page>;
  /** Puts `path` in an iframe on a bare host page and resolves with the height the embed reports. */
  frameHeight(path: string): Promise<number>;
  /** As `frameHeight`, keeping the host page open for more checks; close it when done. */
  framed(path: string): Promise<{ height: number; host: Page }>;
}

/** A new page that records whether any dialog (alert, confirm…) opened: an injected script would. */
export async function watchedPage(ctx: BrowserContext): Promise<{ page: Page; dialogOpened: () => boolean }> {
  const page = await ctx.newPage();
  let opened = false;
  page.on('dialog', async (d) => {
    opened = true;
    await d.dismiss();
  });
  return { page, dialogOpened: () => opened };
}

/**
 * Opens `url` with the site's scripts held back until `release` is called; returns once the page is
 * parsed (its footer is there), for what a reader sees and does before a widget starts. Module
 * scripts hold DOMContentLoaded back, so the footer is waited for instead.
 */
export async function heldPage(ctx: BrowserContext, url: string): Promise<{ page: Page; release: () => void }> {
  const page = await ctx.newPage();
  let release!: () => void;
  const holding = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/[^?]*\.js(\?|$)/, async (route) => {
    await holding;
    await route.continue();
  });
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator('footer').last().waitFor({ state: 'attached' });
  return { page, release };
}

/** A hostile address value: as written in the address, and as a page reads it back. */
export interface Hostile {
  /** The value as it goes into the address, already percent-encoded. */
  query: string;
  /** The value as `URLSearchParams` decodes it: what a page could echo or inject. */
  value: string;
}

/** A value a page would read as `value` (percent-encoded for the address). */
export const hostile = (value: string): Hostile => ({ query: encodeURIComponent(value), value });

/** A value written into the address exactly as given, for encodings that are themselves the attack. */
export const hostileRaw = (query: string): Hostile => ({ query, value: new URLSearchParams(`v=${query}`).get('v') ?? '' });

/**
 * Address values that try to inject markup or script, reach a dangerous URL, break out of a
 * template, or smuggle in invisible, look-alike or badly encoded characters. Each sets
 * `window.__pwned` or opens a dialog if it ever runs. Each test adds values that look almost valid for
 * its own parameters (`\u202Ekcc`, `2010-06-30\u0000`).
 */
export const HOSTILE_VALUES: readonly Hostile[] = [
  // Markup and script.
  hostile('<script>window.__pwned=1</script>'),
  hostile('"><img src=x onerror="window.__pwned=1">'),
  hostile("'><svg/onload=window.__pwned=1>"),
  hostile('<svg onload="window.__pwned=1">'),
  hostile('<body onpageshow=alert(1)>'),
  hostile('<details open ontoggle=alert(1)>'),
  hostile('<iframe srcdoc="<script>parent.__pwned=1</script>">'),
  hostile('</textarea></title></style></script><script>alert(1)</script>'),
  hostile('<a href="javascript:alert(1)">x</a>'),
  // Dangerous URLs.
  hostile('javascript:window.__pwned=1'),
  hostile('JaVaScRiPt:alert(1)'),
  hostile(' \tjavascript:alert(1)'),
  hostile('data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='),
  hostile('//evil.example/x.js'),
  // SVG and MathML tricks.
  hostile('<svg><animate onbegin=alert(1) attributeName=x dur=1s>'),
  hostile('<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'),
  hostile('<svg><foreignObject><iframe src="javascript:alert(1)">'),
  // Template and prototype injection.
  hostile('{{constructor.constructor("window.__pwned=1")()}}'),
  hostile('${alert(1)}'),
  hostile('<%= 7*7 %>{{7*7}}#{7*7}'),
  hostile('__proto__'),
  hostile('constructor'),
  // Very long.
  hostile('x'.repeat(5000)),
  hostile('<b>'.repeat(200)),
  // Unicode tricks: bidi overrides, zero-width characters, homoglyphs, NUL, a byte-order mark.
  hostile('\u202E>tpircs/<1=denwp__.wodniw>tpircs<'),
  hostile('\u2066<script>\u2069alert(1)'),
  hostile('k\u200Bc\u200Dc\u2060'),
  hostile('\u043A\u0441\u0441'), // "ксс": Cyrillic letters that look like "kcc"
  hostile('\uFF1Cscript\uFF1Ealert(1)\uFF1C/script\uFF1E'), // full-width angle brackets
  hostile('\u0000<script>alert(1)</script>'),
  hostile('\uFEFFchair'),
  // Encodings that are themselves the attack: overlong UTF-8, double encoding, CRLF, bad bytes.
  hostileRaw('%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE'),
  hostileRaw('%E0%80%BCimg%20src=x%20onerror=alert(1)%E0%80%BE'),
  hostileRaw('%253Cscript%253Ealert(1)%253C%252Fscript%253E'),
  hostileRaw('x%0d%0aSet-Cookie:%20pwned=1%0d%0a%0d%0a%3Cscript%3Ealert(1)%3C/script%3E'),
  hostileRaw('%FF%FE%00%3Cscript%3E'),
  hostileRaw('%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E'),
];

/**
 * How many places Tab can stop at in the page and its frames, at most: everything focusable in
 * sequence, and the scrolling boxes Chromium lets the keyboard reach. An upper bound, for giving up.
 */
async function tabStops(page: Page): Promise<number> {
  let count = 0;
  for (const frame of page.frames()) {
    count += await frame
      .evaluate(() =>
        [...document.querySelectorAll('*')].filter((el) => {
          if ((el as HTMLElement).tabIndex >= 0) return true;
          const { overflowX, overflowY } = getComputedStyle(el);
          return /auto|scroll/.test(overflowX + overflowY) && (el.scrollHeight > el.clientHeight || el.scrollWidth > el.clientWidth);
        }).length,
      )
      .catch(() => 0);
  }
  return count;
}

/**
 * Presses Tab until `target` has focus: proves it can be reached by keyboard. Gives up once every
 * stop of the page has had its turn (a full round and one more for the browser's own stop).
 */
export async function tabTo(page: Page, target: Locator): Promise<void> {
  const limit = (await tabStops(page)) + 2;
  for (let i = 0; i < limit; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Could not reach ${String(target)} with Tab in ${limit} presses`);
}

/**
 * Runs `check` on each item, `limit` at a time, and resolves with the results in order. Two at a time
 * suits two cores: the browser renders one page while the test runner reads the other. `worker`
 * (0 to limit - 1) says which of the parallel runs a check is in, so each can keep its own page.
 * Waits for every check before reporting the first failure, so none is left running on a closed page.
 */
export async function inParallel<T, R>(
  items: readonly T[],
  limit: number,
  check: (item: T, worker: number, index: number) => Promise<R>,
): Promise<R[]> {
  const settled: PromiseSettledResult<R>[] = new Array(items.length);
  let next = 0;
  const run = async (worker: number) => {
    for (let i = next++; i < items.length; i = next++) {
      settled[i] = await check(items[i]!, worker, i).then(
        (value) => ({ status: 'fulfilled', value }) as const,
        (reason: unknown) => ({ status: 'rejected', reason }) as const,
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, (_, worker) => run(worker)));
  const failed = settled.find((s) => s.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((s) => (s as PromiseFulfilledResult<R>).value);
}

/** Pages checked at once by the sweeps (axe, hostile values): one per core of a small machine. */
export const PARALLEL = 2;

/** A hostile value placed on one address parameter. */
export interface Placed<K extends string = string> extends Hostile {
  key: K;
}

/**
 * Each value once, on one of the n `keys` in turn (value i on key i mod n): every value is used and
 * every key meets its share, for 1/n of the page loads of every value on every key.
 */
export function rotate<K extends string>(values: readonly Hostile[], keys: readonly K[]): Placed<K>[] {
  if (keys.length === 0) throw new Error('rotate: no parameters to put the values on');
  return values.map((value, i) => ({ ...value, key: keys[i % keys.length]! }));
}

/**
 * Runs `check` for each value placed on `key`, two watched pages at a time, and closes the pages:
 * the shared part of every hostile-address sweep. `what` names the value in failure messages.
 */
export async function sweepHostile<K extends string>(
  ctx: BrowserContext,
  placed: readonly Placed<K>[],
  key: K,
  check: (page: Page, value: Placed<K>, seen: { what: string; dialogOpened: () => boolean }) => Promise<void>,
): Promise<void> {
  const values = placed.filter((p) => p.key === key);
  expect(values.length).toBeGreaterThan(0);
  const pages = await Promise.all(Array.from({ length: PARALLEL }, () => watchedPage(ctx)));
  try {
    await inParallel(values, PARALLEL, async (value, worker) => {
      const { page, dialogOpened } = pages[worker]!;
      await check(page, value, { what: `${key}=${value.query.slice(0, 80)}`, dialogOpened });
    });
  } finally {
    await Promise.all(pages.map(({ page }) => page.close()));
  }
}

/**
 * Lays out every block the page skips until it nears the screen (content-visibility: auto, in
 * src/styles/site.css), as it is when the reader scrolls to it, so that a check sees it drawn.
 */
export async function layOutSkipped(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>('body *')) if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
  });
}

/**
 * axe's WCAG 2.2 A and AA rules on the page as it stands, every skipped block laid out: each violation as "rule: first targets".
 * Legacy mode runs axe in the page itself, frames included (every frame here is the site's own),
 * instead of opening a blank page per check to put the frames' results together: that page cost
 * more than the rules did.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  // axe's contrast and target-size rules judge what is painted, and a skipped block paints nothing.
  await layOutSkipped(page);
  // Expressive Code makes a code block that scrolls focusable from a script a moment after load (a
  // ResizeObserver, 250 ms, then idle time): wait for it, or axe may look first on a busy machine.
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.expressive-code pre')].every((pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex')),
  );
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).setLegacyMode(true).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

/** Serves dist/ and launches Chromium for one test file; everything is closed after the file. */
export function useSite(): Site {
  const site = {} as Site;
  let server: Awaited<ReturnType<typeof serve>> | undefined;
  beforeAll(async () => {
    server = await serve();
    site.url = server.url;
    site.browser = await launch();
    site.ctx = await context(site.browser);
  });
  site.frameHeight = async (path) => {
    const { height, host } = await site.framed(path);
    await host.close();
    return height;
  };
  site.framed = async (path) => {
    const host = await site.ctx.newPage();
    await host.goto(`${site.url}/404.html`);
    const height = await host.evaluate(
      (src) =>
        new Promise<number>((done) => {
          document.body.innerHTML = '';
          const frame = document.createElement('iframe');
          frame.title = 'Embedded';
          frame.style.width = '100%';
          frame.height = '100';
          window.addEventListener('message', (event) => {
            if (event.data?.type === 'gov-embed-height' && event.source === frame.contentWindow) {
              frame.style.height = `${event.data.height}px`;
              done(event.data.height as number);
            }
          });
          frame.src = src;
          document.body.append(frame);
        }),
      `${site.url}${path}`,
    );
    return { height, host };
  };
  site.open = async (path) => {
    const page = await site.ctx.newPage();
    const response = await page.goto(site.url + path);
    expect(response?.status(), path).toBe(200);
    return page;
  };
  afterAll(async () => {
    await site.browser?.close();
    await server?.close();
  });
  return site;
}

/**
 * The link of every result of the search shown on `page`, in order, with every page of results
 * shown first ("Show more" until there are no more): a result past the first few is still found.
 */
export async function resultLinks(page: Page): Promise<string[]> {
  const total = Number(await page.locator('gov-search').getAttribute('data-result'));
  const more = page.locator('gov-search [data-more]');
  for (let shown = await page.locator('[data-results] li').count(); shown < total; shown = await page.locator('[data-results] li').count()) {
    await more.click();
    // The next page has arrived when the button is back, or every result is shown.
    await page.waitForFunction(
      ([n, all]) => {
        const count = document.querySelectorAll('[data-results] li').length;
        return count > n! && (count >= all! || !document.querySelector<HTMLElement>('gov-search [data-more]')!.hidden);
      },
      [shown, total],
    );
  }
  return page.locator('[data-results] li h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
}
