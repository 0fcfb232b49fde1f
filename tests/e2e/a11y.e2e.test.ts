/**
 * axe (WCAG 2.2 A and AA) on every page the sitemap lists, in the light and the dark theme: zero
 * violations. The sitemap must list every built page (the 404 page aside).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { builtPages, context, launch, serve, sitemapPages } from './harness';

let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;

beforeAll(async () => {
  server = await serve();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const pages = sitemapPages();

describe('the sitemap', () => {
  it('lists every built page but the 404 page', () => {
    expect(pages).toEqual(builtPages().filter((p) => p !== '/404.html' && p !== '/404/'));
  });
});

describe.each(['light', 'dark'] as const)('axe, %s theme', (scheme) => {
  it('finds every page', () => {
    expect(pages.length).toBeGreaterThanOrEqual(12);
  });
  for (const path of pages) {
    it(path, async () => {
      const ctx = await context(browser, scheme);
      const page = await ctx.newPage();
      await page.goto(server.url + (path === '/search/' ? '/search/?q=casting+vote' : path));
      if (path === '/search/') await page.locator('gov-search[data-state="done"]').waitFor();
      // Embeds follow the reader's colour scheme; site pages carry Starlight's theme attribute.
      if (!path.startsWith('/embed/')) expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(scheme);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      const violations = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
      expect(violations).toEqual([]);
      await ctx.close();
    });
  }
});
