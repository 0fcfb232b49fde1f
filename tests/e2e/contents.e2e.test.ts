/**
 * "On this page" (src/components/contents/), in Chromium on the built site, on the document with
 * the longest contents list: as the reader scrolls, the link of the section being read is the one
 * marked `aria-current="true"`, in the right-hand list and in the mobile dropdown, whose bar shows
 * that section's title; the dropdown closes when a link is followed, on a click outside it and on
 * Escape; and only the headings the lists link to are watched, never the page's other blocks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DIST, useSite } from './harness';
import { documents, some } from '../content';
import { readingLine } from '../../src/lib/contents';

const site = useSite();

/** The links of a page's right-hand contents list, as hrefs, read from the built HTML. */
const contentsOf = (path: string): string[] => {
  const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
  const list = html.slice(html.indexOf('<starlight-toc'), html.indexOf('</starlight-toc>'));
  return [...list.matchAll(/<a href="(#[^"]+)"/g)].map((m) => m[1]!);
};

/** The document whose contents list is the longest. */
const longest = [...some(documents(), 'document')]
  .map((d) => ({ path: `/${d.id}/`, links: contentsOf(d.id) }))
  .sort((a, b) => b.links.length - a.links.length)[0]!;

const DESKTOP = 'starlight-toc';
const MOBILE = 'mobile-starlight-toc';

/** Polls until `read` gives the expected value: the lists start when the browser is idle, which on a busy machine takes a while. */
const poll = <T>(read: () => Promise<T>, message?: string) => expect.poll(read, { timeout: 5000, ...(message ? { message } : {}) });

/** The hrefs of a list's links marked as the section being read. */
const currentLinks = (page: Page, list: string) => page.locator(`${list} a[aria-current="true"]`).evaluateAll((links) => links.map((a) => a.getAttribute('href')));

/**
 * Where the reader is, measured independently of the script: the reading line under the fixed bars
 * (src/lib/contents.ts) and, for each link of the list, the top of the heading it points to.
 */
async function position(page: Page, list: string) {
  const { bars, tops, scrolled, atEnd } = await page.evaluate((list) => {
    const root = document.querySelector(list)!;
    const header = document.querySelector('header')!.getBoundingClientRect().height;
    const bar = root.querySelector('summary')?.getBoundingClientRect().height ?? 0;
    const tops = [...root.querySelectorAll('a')].map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1)))!.getBoundingClientRect().top);
    const el = document.documentElement;
    return { bars: header + bar, tops, scrolled: el.scrollTop, atEnd: el.scrollTop + el.clientHeight >= el.scrollHeight - 1 };
  }, list);
  return { line: readingLine(bars), tops, scrolled, atEnd };
}

/** Waits until the page stops scrolling (a followed link may scroll smoothly). */
async function settle(page: Page): Promise<void> {
  let last = -1;
  await expect
    .poll(async () => {
      const now = await page.evaluate(() => document.documentElement.scrollTop);
      const still = now === last;
      last = now;
      return still;
    })
    .toBe(true);
}

describe('"On this page", on the document with the longest contents list', () => {
  it('has a contents list long enough to scroll through', () => {
    expect(longest.links[0]).toBe('#_top');
    expect(longest.links.length).toBeGreaterThan(3);
  });

  it('marks the section being read as the reader follows each link, scrolls within a section, and goes back to the top', async () => {
    const page = await site.open(longest.path);
    // Before any scrolling: the page title.
    await poll(() => currentLinks(page, DESKTOP)).toEqual(['#_top']);
    let reached = 0;
    for (const [i, href] of longest.links.entries()) {
      if (i === 0) continue;
      await page.locator(`${DESKTOP} a[href="${href}"]`).click();
      await settle(page);
      const { line, tops, atEnd } = await position(page, DESKTOP);
      if (tops[i]! <= line) {
        // The heading is at the top of the window: its section is the one being read.
        reached += 1;
        await poll(() => currentLinks(page, DESKTOP), href).toEqual([href]);
        // Halfway down the section (before the next heading reaches the line), still the same.
        const next = tops[i + 1];
        const room = next === undefined ? 0 : next - line;
        if (room > 40) {
          await page.evaluate((by) => window.scrollBy({ top: by, behavior: 'instant' }), Math.floor(room / 2));
          await settle(page);
          await poll(() => currentLinks(page, DESKTOP), `${href}, halfway`).toEqual([href]);
        }
      } else {
        // The page ends before this heading can reach the top: the last heading that did is current.
        expect(atEnd, `${href} is below the reading line though the page can scroll further`).toBe(true);
        const last = tops.findLastIndex((top) => top <= line);
        await poll(() => currentLinks(page, DESKTOP), href).toEqual([longest.links[Math.max(last, 0)]]);
      }
    }
    // Most sections can be scrolled to the top of the window, so the check above checked something.
    expect(reached).toBeGreaterThan(longest.links.length / 2);
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await poll(() => currentLinks(page, DESKTOP)).toEqual(['#_top']);
    await page.close();
  });

  it('follows a jump straight from the top to the end of the page and back (no heading is in the window on the way)', async () => {
    const page = await site.open(longest.path);
    await poll(() => currentLinks(page, DESKTOP)).toEqual(['#_top']);
    await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
    await settle(page);
    const { line, tops, scrolled } = await position(page, DESKTOP);
    expect(scrolled).toBeGreaterThan(0);
    const last = tops.findLastIndex((top) => top <= line);
    expect(last).toBeGreaterThan(0);
    await poll(() => currentLinks(page, DESKTOP)).toEqual([longest.links[last]]);
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await poll(() => currentLinks(page, DESKTOP)).toEqual(['#_top']);
    await page.close();
  });

  it("watches only the headings the lists link to, none of the page's other blocks", async () => {
    const page = await site.ctx.newPage();
    // Record every element any IntersectionObserver of the page is asked to watch.
    await page.addInitScript(() => {
      const watched: Element[] = [];
      (window as unknown as { __watched: Element[] }).__watched = watched;
      const observe = IntersectionObserver.prototype.observe;
      IntersectionObserver.prototype.observe = function (target: Element) {
        watched.push(target);
        return observe.call(this, target);
      };
    });
    expect((await page.goto(`${site.url}${longest.path}`))?.status()).toBe(200);
    await poll(() => currentLinks(page, DESKTOP)).toEqual(['#_top']);
    const { headings, others } = await page.evaluate(() => {
      const watched = (window as unknown as { __watched: Element[] }).__watched;
      const boxes = new Set<Element>(
        [...document.querySelectorAll<HTMLAnchorElement>('starlight-toc a, mobile-starlight-toc a')].map((a) => {
          const heading = document.getElementById(decodeURIComponent(a.hash.slice(1)))!;
          return heading.parentElement!.classList.contains('sl-heading-wrapper') ? heading.parentElement! : heading;
        }),
      );
      return {
        headings: [...boxes].filter((box) => watched.includes(box)).length,
        // Links may be watched by Astro's prefetching; nothing else is.
        others: watched.filter((el) => !boxes.has(el) && el.tagName !== 'A').map((el) => el.outerHTML.slice(0, 80)),
      };
    });
    expect(headings).toBe(new Set(longest.links).size);
    expect(others).toEqual([]);
    await page.close();
  });
});

describe('the mobile "On this page" dropdown, at 320 px', () => {
  const open = async () => {
    const page = await site.open(longest.path);
    await page.setViewportSize({ width: 320, height: 640 });
    return page;
  };
  const shown = (page: Page) => page.locator(`${MOBILE} .display-current`).textContent();
  const isOpen = (page: Page) => page.locator('#starlight__mobile-toc').evaluate((d) => (d as HTMLDetailsElement).open);
  const linkText = (page: Page, href: string) => page.locator(`${MOBILE} a[href="${href}"]`).textContent();

  it('shows the section being read in its bar, and closes when a link is followed', async () => {
    const page = await open();
    await poll(() => shown(page)).toBe(await linkText(page, '#_top'));
    const href = longest.links[Math.floor(longest.links.length / 2)]!;
    await page.locator('#starlight__on-this-page--mobile').click();
    expect(await isOpen(page)).toBe(true);
    await page.locator(`${MOBILE} a[href="${href}"]`).click();
    expect(await isOpen(page)).toBe(false);
    await settle(page);
    const { line, tops } = await position(page, MOBILE);
    const expected = longest.links[Math.max(tops.findLastIndex((top) => top <= line), 0)]!;
    // The followed heading is at the top of the window, under both bars (a long document reaches it).
    expect(expected).toBe(href);
    await poll(() => currentLinks(page, MOBILE)).toEqual([href]);
    await poll(() => shown(page)).toBe(await linkText(page, href));
    // Back at the top: the page title again.
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await poll(() => shown(page)).toBe(await linkText(page, '#_top'));
    await page.close();
  });

  it('closes on a click outside it', async () => {
    const page = await open();
    await page.locator('#starlight__on-this-page--mobile').click();
    expect(await isOpen(page)).toBe(true);
    // A point of the page below the open dropdown, on text rather than on a control.
    const { x, y, what } = await page.evaluate(() => {
      const x = 8;
      for (let y = window.innerHeight - 4; y > 0; y -= 4) {
        const el = document.elementFromPoint(x, y);
        if (el && !el.closest('details, a, button, summary, input, select, [tabindex]')) return { x, y, what: el.tagName };
      }
      return { x, y: 0, what: null };
    });
    expect(what).not.toBeNull();
    await page.mouse.click(x, y);
    expect(await isOpen(page)).toBe(false);
    await page.close();
  });

  it('closes on Escape and gives focus back to its toggle, from the toggle or from a link inside', async () => {
    const page = await open();
    const summary = page.locator('#starlight__on-this-page--mobile');
    await summary.focus();
    await page.keyboard.press('Enter');
    expect(await isOpen(page)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.dropdown') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await isOpen(page)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('starlight__on-this-page--mobile');
    await page.keyboard.press('Enter');
    expect(await isOpen(page)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await isOpen(page)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('starlight__on-this-page--mobile');
    await page.close();
  });
});
