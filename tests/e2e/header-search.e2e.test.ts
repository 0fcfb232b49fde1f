/**
 * The header's search field on a page being read: results show under it as the reader types
 * (src/components/header-search/live-search.ts), the same first results, in the same order, as the
 * search page gives for the same words, with the count and a link to the search page. Nothing of
 * Pagefind loads until the reader reaches the field; the search is marked done only for the words
 * in the field, not for words typed past; the keyboard can reach the results, Escape and leaving
 * close them, typed markup stays text, and axe finds nothing with the results open, in either
 * theme.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { liveSummary, RESULTS_PAGE_SIZE } from '../../src/lib/search-state';
import { axeViolations, context, resultLinks, tabTo, useSite, watchedPage } from './harness';
import { documents, some } from '../content';

const site = useSite();

// A page being read, and words that find it: its own title.
const [doc] = some(documents(), 'documents');
const QUERY = doc!.title;

const field = (page: Page) => page.getByRole('searchbox', { name: 'Search the documents' });
const panel = (page: Page) => page.locator('[data-live-results]');

/** Types `words` into the header field and waits until every result it shows has arrived. */
async function typeAndWait(page: Page, words: string): Promise<void> {
  await field(page).click();
  await page.keyboard.type(words);
  await page.locator('form.header-search[data-live-state="done"]').waitFor();
}

/** What the search page shows for the same words: its count, and its first results' links. */
async function searchPage(words: string): Promise<{ total: number; first: string[] }> {
  const page = await site.open(`/search/?q=${encodeURIComponent(words)}`);
  await page.locator('gov-search[data-state="done"]').waitFor();
  const links = await resultLinks(page);
  const total = Number(await page.locator('gov-search').getAttribute('data-result'));
  await page.close();
  return { total, first: links.slice(0, RESULTS_PAGE_SIZE) };
}

describe('the header search field', () => {
  it("loads nothing of Pagefind until the field is reached, then shows the search page's first results for the words as they are typed", async () => {
    const page = await site.ctx.newPage();
    const asked: string[] = [];
    page.on('request', (request) => asked.push(new URL(request.url()).pathname));
    await page.goto(`${site.url}${doc!.path}`, { waitUntil: 'networkidle' });
    expect(asked.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);

    await typeAndWait(page, QUERY);
    expect(asked.filter((path) => path.startsWith('/pagefind/')).length).toBeGreaterThan(0);
    const expected = await searchPage(QUERY);
    expect(expected.total).toBeGreaterThan(0);
    const shown = await panel(page).locator('li a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(shown).toEqual(expected.first);
    // The document is found by its own title.
    expect(shown.some((href) => href.startsWith(doc!.path))).toBe(true);

    const summary = liveSummary(QUERY, expected.total);
    expect(await page.getByRole('status').filter({ hasText: summary.status }).count()).toBe(1);
    const all = panel(page).getByRole('link', { name: summary.link });
    expect(await all.getAttribute('href')).toBe(summary.href);
    await all.click();
    await page.waitForURL(`**${summary.href}`);
    await page.locator('gov-search[data-state="done"]').waitFor();
    expect(Number(await page.locator('gov-search').getAttribute('data-result'))).toBe(expected.total);
    await page.close();
  });

  it('says when nothing is found, and still offers the search page', async () => {
    const page = await site.open(doc!.path);
    const words = 'qqzxwvjjk';
    await typeAndWait(page, words);
    const summary = liveSummary(words, 0);
    expect(await panel(page).locator('li').count()).toBe(0);
    expect(await panel(page).textContent()).toContain(summary.status);
    expect(await panel(page).getByRole('link', { name: summary.link }).getAttribute('href')).toBe(summary.href);
    // Emptying the field closes the results.
    await field(page).fill('');
    expect(await panel(page).isHidden()).toBe(true);
    await page.close();
  });

  it('keyboard: Tab reaches the results, Escape closes them and returns to the field, leaving the search closes them', async () => {
    const page = await site.open(doc!.path);
    await typeAndWait(page, QUERY);
    const first = panel(page).locator('li a').first();
    await tabTo(page, first);
    await page.keyboard.press('Escape');
    expect(await panel(page).isHidden()).toBe(true);
    expect(await field(page).evaluate((el) => el === document.activeElement)).toBe(true);
    // Back in the field with its words, the results return; clicking outside the search closes them.
    await field(page).blur();
    await field(page).focus();
    await panel(page).locator('li').first().waitFor();
    const box = (await panel(page).boundingBox())!;
    const outside = { x: 5, y: 890 };
    expect(outside.x < box.x || outside.y > box.y + box.height).toBe(true);
    await page.mouse.click(outside.x, outside.y);
    expect(await panel(page).isHidden()).toBe(true);
    // Enter still opens the search page with the words.
    await field(page).press('Enter');
    await page.waitForURL((url) => url.pathname === '/search/' && url.searchParams.get('q') === QUERY);
    await page.close();
  });

  it('a result opens its clause', async () => {
    const page = await site.open(doc!.path);
    await typeAndWait(page, QUERY);
    const first = panel(page).locator('li a').first();
    const href = (await first.getAttribute('href'))!;
    await first.click();
    await page.waitForURL((url) => `${url.pathname}${url.hash}` === href);
    await page.close();
  });

  it('results for words typed past stay shown but are not marked done: only the words in the field are', async () => {
    // A context of its own: a page's clock is its context's.
    const ctx = await context(site.browser, 'light');
    const page = await ctx.newPage();
    const start = Date.now();
    await page.clock.install({ time: start });
    // Pagefind's files can be made to wait at a gate, so that the search for the first word is still
    // on its way when the reader types on.
    let gated = false;
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    await page.route('**/pagefind/**', async (route) => {
      if (gated) await gate;
      await route.continue();
    });
    await page.goto(`${site.url}${doc!.path}`);
    // From here the page's timers run only when the test moves its clock on.
    await page.clock.pauseAt(start + 60_000);
    // A first search, to the end, starts Pagefind: it waits for its engine in steps of the page's
    // clock (50 ms), which the race below must not depend on. What the next words need is fetched anew.
    const done = page.locator('form.header-search[data-live-state="done"]');
    await field(page).click();
    await page.keyboard.type('qqzxwvjjk');
    for (let moved = 0; moved < 5000 && !(await done.isVisible()); moved += 50) {
      await page.clock.runFor(50);
      await done.waitFor({ timeout: 100 }).catch(() => undefined);
    }
    expect(await page.locator('form.header-search').getAttribute('data-live-state')).toBe('done');
    await field(page).fill('');
    gated = true;
    const [first, ...rest] = QUERY.split(' ');
    await page.keyboard.type(first!);
    await page.clock.runFor(1000);
    await page.keyboard.type(` ${rest.join(' ')}`);
    open();
    // The search for the first word finishes while the search for the whole title waits out the
    // pause after the last keystroke, which the clock, stopped, does not reach.
    const shown = panel(page).locator('li').first();
    await shown.waitFor();
    expect(await page.locator('[data-live-status]').textContent()).toContain(`“${first}”`);
    expect(await page.locator('form.header-search').getAttribute('data-live-state')).toBe('searching');
    await page.clock.runFor(1000);
    await done.waitFor();
    expect(await page.locator('[data-live-status]').textContent()).toContain(`“${QUERY}”`);
    await ctx.close();
  });

  it('typed markup stays text: nothing is injected', async () => {
    const { page, dialogOpened } = await watchedPage(site.ctx);
    await page.goto(`${site.url}${doc!.path}`);
    const images = await page.locator('header img').count();
    const words = '"><img src=x onerror="window.__pwned=1"><script>alert(1)</script>';
    await typeAndWait(page, words);
    expect(await page.locator('header img').count()).toBe(images);
    expect(await page.locator('script', { hasText: /__pwned|alert\(/ }).count()).toBe(0);
    // The words come back as they were typed, as text.
    expect(await page.locator('[data-live-status]').textContent()).toContain(`“${words}”`);
    expect(await panel(page).getByRole('link').last().getAttribute('href')).toBe(liveSummary(words, 0).href);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogOpened()).toBe(false);
    await page.close();
  });

  it.each(['light', 'dark'] as const)('axe finds nothing with the results open (%s theme)', async (scheme) => {
    const ctx = await context(site.browser, scheme);
    const page = await ctx.newPage();
    await page.goto(`${site.url}${doc!.path}`);
    await typeAndWait(page, QUERY);
    expect(await axeViolations(page)).toEqual([]);
    await ctx.close();
  });
});
