/**
 * axe (WCAG 2.2 A and AA) on every page the sitemap lists, in the light and the dark theme: zero
 * violations. The sitemap must list every built page (the 404 page aside), and every page the
 * content makes: each trust, document, partner, briefing, plan and tool.
 *
 * One browser, one context per theme, and two pages checked at a time (maxConcurrency in
 * vitest.config.ts): while the browser works on one page, the test runner reads the other's
 * results, so both cores stay busy.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations, builtPages, context, sitemapPages, useSite } from './harness';
import { allDocuments, briefings, partners, plans, rules, some, trusts } from '../content';
import { toolHref } from '../../src/lib/rules/tools';

const site = useSite();
const pages = sitemapPages();

/** The pages the content makes, by where they come from. */
const fromContent = (): string[] => [
  ...some(trusts(), 'trust').map((t) => `/${t.id}/`),
  ...some(allDocuments(), 'document').map((d) => d.path),
  ...partners().map((p) => `/partners/${p.id}/`),
  ...briefings().map((b) => b.path),
  ...plans().map((p) => `/${p.trust}/plans/${p.id}/`),
  ...rules().map((r) => toolHref(r)),
];

describe('the sitemap', () => {
  it('lists every built page but the 404 page', () => {
    expect(pages).toEqual(builtPages().filter((p) => p !== '/404.html' && p !== '/404/'));
  });
  it('lists every page the content makes', () => {
    const listed = new Set(pages);
    expect(fromContent().filter((path) => !listed.has(path))).toEqual([]);
  });
});

/**
 * Pages to check in, per theme: one context each for the whole sweep, and its pages reused from
 * one check to the next (at most as many as run at once).
 */
function pagePool(scheme: 'light' | 'dark') {
  let ctx: Promise<BrowserContext> | undefined;
  const idle: Page[] = [];
  return {
    async take(): Promise<Page> {
      ctx ??= context(site.browser, scheme);
      return idle.pop() ?? (await ctx).newPage();
    },
    give: (page: Page) => idle.push(page),
  };
}

describe.each(['light', 'dark'] as const)('axe, %s theme', (scheme) => {
  const pool = pagePool(scheme);
  it.concurrent.for(some(pages, 'page in the sitemap'))('%s', async (path, { expect }) => {
    const page = await pool.take();
    try {
      await page.goto(site.url + (path === '/search/' ? '/search/?q=casting+vote' : path));
      if (path === '/search/') await page.locator('gov-search[data-state="done"]').waitFor();
      // Embeds follow the reader's colour scheme; site pages carry Starlight's theme attribute.
      if (!path.startsWith('/embed/')) expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(scheme);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      pool.give(page);
    }
  });
});
