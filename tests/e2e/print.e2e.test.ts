/**
 * Paper, in Chromium against the built site (src/styles/print.css): a document or a tool printed in
 * either theme comes out black on white, without the site's header, sidebar or contents list, with
 * the page's address at the top; a tool prints as it stands, without its buttons or embed code; and
 * the PDFs are A4 pages of a sensible number.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { useSite } from './harness';

const site = useSite();

const AGREEMENT = '/kent/partnership-agreement-2008/';
const QUORUM = '/tools/quorum/kent-quorum/?present=chair&present=kcc&present=kent-police&present=yos&present=district-councils';
const DISPUTE = '/tools/dispute/durham-dispute/';

/** Whether the element is rendered: not `display: none` itself or through an ancestor, nor folded away. */
const displayed = (locator: Locator) => locator.evaluate((el) => el.checkVisibility({ visibilityProperty: true }));
const style = (locator: Locator, property: 'color' | 'backgroundColor') =>
  locator.evaluate((el, p) => getComputedStyle(el)[p], property);

/** Opens a page in a context of the given colour scheme; for a tool, waits for its script to show the form. */
async function openIn(colorScheme: 'light' | 'dark', path: string, width = 1280): Promise<Page> {
  const ctx = await site.browser.newContext({ colorScheme, viewport: { width, height: 900 }, serviceWorkers: 'block' });
  const page = await ctx.newPage();
  const response = await page.goto(site.url + path);
  expect(response?.status(), path).toBe(200);
  if (path.startsWith('/tools/')) await page.locator('form[data-tool-form][data-started]').waitFor();
  return page;
}
const close = (page: Page) => page.context().close();

/** The site's chrome, each part named as a reader would see it on screen. Hidden ones are found too. */
const chrome = (page: Page) => ({
  'header search': page.getByRole('search', { includeHidden: true }),
  // The header's; the menu carries a second one for small screens.
  'theme select': page.getByRole('combobox', { name: 'Select theme', includeHidden: true }).first(),
  sidebar: page.getByRole('navigation', { name: 'Main', includeHidden: true }),
  'table of contents': page.locator('starlight-toc'),
  breadcrumbs: page.getByRole('navigation', { name: 'Breadcrumb', includeHidden: true }),
});

describe('a document on paper', () => {
  it('drops the header search, sidebar and table of contents, which show on screen', async () => {
    const page = await openIn('light', AGREEMENT);
    for (const [name, part] of Object.entries(chrome(page))) expect(await displayed(part), `${name} on screen`).toBe(true);
    await page.emulateMedia({ media: 'print' });
    for (const [name, part] of Object.entries(chrome(page))) expect(await displayed(part), `${name} on paper`).toBe(false);
    for (const hidden of ['mobile-starlight-toc', '.sl-menu-button', '.sl-skip-link', '.pagination-links']) {
      expect(await displayed(page.locator(hidden).first()), hidden).toBe(false);
    }
    await close(page);
  });

  it('is black on white in the dark theme too', async () => {
    const page = await openIn('dark', AGREEMENT);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const text = page.locator('[id="10.4"] p').first();
    expect(await style(page.locator('body'), 'backgroundColor')).not.toBe('rgb(255, 255, 255)');
    await page.emulateMedia({ media: 'print' });
    expect(await style(page.locator('body'), 'backgroundColor')).toBe('rgb(255, 255, 255)');
    expect(await style(text, 'color')).toBe('rgb(0, 0, 0)');
    expect(await style(page.getByRole('heading', { level: 1 }), 'color')).toBe('rgb(0, 0, 0)');
    expect(await style(page.locator('.clause-number').first(), 'color')).toBe('rgb(0, 0, 0)');
    await close(page);
  });

  it('keeps the status box and metadata, and adds the page address that the screen does not show', async () => {
    const page = await openIn('light', AGREEMENT);
    const address = page.locator('.print-address');
    expect(await displayed(address)).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await displayed(address)).toBe(true);
    expect(await address.textContent()).toContain(AGREEMENT);
    expect(await displayed(page.getByRole('heading', { name: 'Historical document' }))).toBe(true);
    expect(await displayed(page.locator('.status-box dl.meta'))).toBe(true);
    await close(page);
  });

  it('fits the width of an A4 page: nothing runs off the side', async () => {
    // 178 mm, the width of A4 inside the page margins, in CSS pixels.
    const page = await openIn('light', '/kent/commissioning-review-2009/', 672);
    await page.emulateMedia({ media: 'print' });
    const { scroll, client } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(scroll).toBeLessThanOrEqual(client);
    await close(page);
  });
});

describe('pages still to come on paper', () => {
  it('a wide comparison table and a wide diagram fit the page, and the table repeats its header', async () => {
    // Stands in for the comparison page and the structure diagrams: added to a page, then printed.
    const page = await openIn('light', '/trusts/', 672);
    await page.evaluate(() => {
      const content = document.querySelector('.sl-markdown-content')!;
      const table = content.appendChild(document.createElement('table'));
      const head = table.createTHead().insertRow();
      for (let c = 0; c < 8; c += 1) head.appendChild(document.createElement('th')).textContent = `Children's Trust ${c + 1}`;
      const body = table.createTBody();
      for (let r = 0; r < 40; r += 1) {
        const row = body.insertRow();
        for (let c = 0; c < 8; c += 1) row.insertCell().textContent = 'Representatives of the Primary Care Trusts, quorate with five';
      }
      const figure = content.appendChild(document.createElement('figure'));
      const svg = figure.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));
      svg.setAttribute('viewBox', '0 0 2000 600');
      svg.setAttribute('width', '2000');
      svg.setAttribute('height', '600');
    });
    // A page that has a table and a figure has their rules in its inlined CSS (README.md, "Speed");
    // this one has neither, so it gets the full stylesheets its CSS was cut from, in their place after print.css.
    await page.evaluate(() =>
      Promise.all(
        (document.querySelector('style[data-inlined]')?.getAttribute('data-inlined')?.split(' ') ?? []).map(
          (href) =>
            new Promise((loaded, failed) => {
              document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href, onload: loaded, onerror: failed }));
            }),
        ),
      ),
    );
    await page.emulateMedia({ media: 'print' });
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
      svg: document.querySelector('figure svg')!.getBoundingClientRect().width,
      thead: getComputedStyle(document.querySelector('thead')!).display,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    expect(widths.svg).toBeLessThanOrEqual(widths.client);
    expect(widths.thead).toBe('table-header-group');
    await close(page);
  });
});

describe('a tool on paper', () => {
  it('prints the ticked boxes and the verdict, without buttons, live region or embed code', async () => {
    const page = await openIn('dark', QUORUM);
    await page.emulateMedia({ media: 'print' });
    for (const name of ['Chair', 'KCC', 'Kent Police', 'Youth Offending Service', 'District Councils']) {
      const box = page.getByRole('checkbox', { name, exact: true });
      expect(await displayed(box), name).toBe(true);
      expect(await box.isChecked(), name).toBe(true);
    }
    expect(await displayed(page.locator('[data-verdict]'))).toBe(true);
    // Five present including the Chair: quorate, or not if only organisations count; both answers print.
    expect(await page.locator('[data-headline]').textContent()).toBe('The answer depends on how the words are read.');
    expect(await displayed(page.locator('[data-answer="adopted"]'))).toBe(true);
    expect(await page.locator('[data-answer="adopted"]').textContent()).toMatch(/: Quorate: 5 seats of 7 filled/);
    expect(await displayed(page.locator('[data-answer="chair-is-a-seat"]'))).toBe(true);
    expect(await displayed(page.getByRole('heading', { name: 'How this tool reads the words' }))).toBe(true);
    expect(await displayed(page.locator('[data-embed-code]'))).toBe(false);
    expect(await displayed(page.locator('[data-live]'))).toBe(false);
    expect(await style(page.locator('[data-verdict]'), 'color')).toBe('rgb(0, 0, 0)');
    await close(page);
  });

  it('drops "Start again" and "Copy embed code", and keeps the text version of the flowchart', async () => {
    const page = await openIn('light', `${DISPUTE}?path=focused-discussion&path=full-discussion`);
    const text = page.locator('details.protocol-text ol').first();
    const restart = page.getByRole('button', { name: 'Start again', includeHidden: true });
    const copy = page.getByRole('button', { name: 'Copy embed code', includeHidden: true });
    // The text version is open on screen too, so that a reader finds it beside the chart.
    expect([await displayed(restart), await displayed(copy), await displayed(text)]).toEqual([true, true, true]);
    await page.emulateMedia({ media: 'print' });
    expect([await displayed(restart), await displayed(copy), await displayed(text)]).toEqual([false, false, true]);
    await close(page);
  });

  it('scales the flowchart to the width of an A4 page', async () => {
    const page = await openIn('light', DISPUTE, 672);
    await page.emulateMedia({ media: 'print' });
    const chart = page.locator('.protocol-diagram svg').first();
    const { width } = (await chart.boundingBox())!;
    const client = await page.evaluate(() => document.documentElement.clientWidth);
    expect(width).toBeGreaterThan(client / 2);
    expect(width).toBeLessThanOrEqual(client);
    await close(page);
  });
});

describe('PDF', () => {
  /** Page objects in the PDF: `/Type /Page`, not the `/Type /Pages` tree above them. */
  const pageCount = (pdf: string) => (pdf.match(/\/Type\s*\/Page(?!s)\b/g) ?? []).length;
  const mediaBoxes = (pdf: string) => [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])] as const);

  const cases = [
    ['the Kent partnership agreement (2008)', AGREEMENT, 4, 39],
    // A tool page prints its rule, both answers where readings differ, the settings and the words each rests on, the readings and the worked examples.
    ['the Kent quorum tool, with five present', QUORUM, 1, 10],
    ['the Durham dispute tool', DISPUTE, 1, 10],
  ] as const;
  it.each(cases)('%s (%s) prints on A4 in %i to %i pages', async (_, path, fewest, most) => {
    const page = await openIn('light', path);
    // preferCSSPageSize: the page size comes from print.css's `@page { size: A4 }`, which this checks:
    // Chromium's own "A4" (8.27 × 11.7 in) would be 595.92 × 842.88 points.
    const bytes = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    const pdf = bytes.toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(fewest);
    expect(pages).toBeLessThanOrEqual(most);
    // A4 is 210 × 297 mm: 595.28 × 841.89 points (Chromium rounds each side to a whole CSS pixel).
    const boxes = mediaBoxes(pdf);
    expect(boxes).toHaveLength(pages);
    for (const [width, height] of boxes) {
      expect(Math.abs(width - 595.28), `width ${width}`).toBeLessThan(0.5);
      expect(Math.abs(height - 841.89), `height ${height}`).toBeLessThan(0.5);
    }
    await close(page);
  });
});
