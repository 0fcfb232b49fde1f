/**
 * What axe cannot see, on every page the sitemap lists (WCAG 2.2 AA):
 * - reflow at 320 CSS px (1.4.10): the page does not scroll sideways, and every box that does
 *   scroll (a wide table, a diagram) is focusable and labelled, so a keyboard can scroll it;
 * - focus (2.4.7, 1.4.11): every kind of focusable element on the page shows an indicator with at
 *   least 3:1 against the page behind it, in the light and the dark theme;
 * - diagram text (1.4.4): no text in an inline SVG is drawn smaller than the page's body text;
 * - zoom: at 200% and 400% the title is not clipped, the search stays usable and the header does not
 *   stay fixed on a short window.
 * The measuring runs in the page; src/lib/contrast.ts does the arithmetic.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { contrast, parseColor } from '../../src/lib/contrast';
import { context, launch, layOutSkipped, serve, sitemapPages } from './harness';

let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;
const contexts = new Map<string, BrowserContext>();

beforeAll(async () => {
  server = await serve();
  browser = await launch();
  for (const scheme of ['light', 'dark'] as const) contexts.set(scheme, await context(browser, scheme));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const pages = sitemapPages();

async function open(scheme: 'light' | 'dark', path: string, width = 1280, height = 900): Promise<Page> {
  const page = await contexts.get(scheme)!.newPage();
  await page.setViewportSize({ width, height });
  const response = await page.goto(server.url + path);
  expect(response?.status(), path).toBe(200);
  return page;
}

/**
 * What scrolls sideways at the current width: the page itself, and each box that scrolls. Every
 * `<details>` is opened first, so what a reader can open (the host-page script of an embed, a text
 * version) is measured too, and every block the page skips until it nears the screen
 * (content-visibility) is laid out, as it is when the reader scrolls to it.
 */
async function overflow(page: Page) {
  await layOutSkipped(page);
  return page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
    const root = document.documentElement;
    const scrollers = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => {
        const style = getComputedStyle(el);
        return /auto|scroll/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1 && el.getClientRects().length > 0;
      })
      .map((el) => ({
        what: `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}`,
        focusable: el.tabIndex >= 0,
        labelled: Boolean(el.getAttribute('aria-label') || el.getAttribute('aria-labelledby')),
      }));
    return { page: root.scrollWidth - root.clientWidth, scrollers };
  });
}

/** Rendered size of each text of each inline SVG in the page, and the body text's size. */
function svgText(page: Page) {
  return page.evaluate(() => {
    const body = parseFloat(getComputedStyle(document.querySelector('main p') ?? document.body).fontSize);
    const sizes = [...document.querySelectorAll<SVGTextContentElement>('main svg text')]
      .filter((t) => t.textContent?.trim() && t.getClientRects().length > 0)
      .map((t) => {
        const ctm = t.getScreenCTM();
        const scale = ctm ? Math.hypot(ctm.a, ctm.b) : 1;
        return { text: t.textContent!.trim().slice(0, 40), px: Math.round(parseFloat(getComputedStyle(t).fontSize) * scale * 10) / 10 };
      });
    return { body, sizes };
  });
}

interface FocusSample {
  kind: string;
  background: string;
  /** Colours the element shows only while focused (outline, rings, background), with their widths. */
  indicators: string[];
}

/**
 * Focuses one element of each kind on the page (after a key press, so that focus is shown as for a
 * keyboard user) and records what changes: the outline, box-shadow rings and background.
 */
async function focusSamples(page: Page): Promise<FocusSample[]> {
  await page.keyboard.press('Shift');
  return page.evaluate(() => {
    // Frames aside: focus passes into the framed page, which is checked on its own.
    const SELECTOR = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    // What a closed <details> holds cannot take focus until it is opened (its summary can).
    const folded = (el: HTMLElement) => {
      const closed = el.closest('details:not([open])');
      return closed !== null && !(el.tagName === 'SUMMARY' && el.parentElement === closed);
    };
    const visible = (el: HTMLElement) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden' && !el.closest('[hidden], [inert]') && !folded(el);
    const kindOf = (el: HTMLElement) => {
      const where = el.closest('header, nav, aside, footer, .tool, main') as HTMLElement | null;
      const type = el instanceof HTMLInputElement ? `[type=${el.type}]` : '';
      const cls = String(el.className || '').split(' ')[0];
      return `${where?.tagName.toLowerCase() ?? 'page'} ${el.tagName.toLowerCase()}${type}${cls ? `.${cls}` : ''}`;
    };
    const opaque = (c: string) => !/rgba\(.*,\s*0\)$/.test(c) && c !== 'transparent';
    const backgroundOf = (el: HTMLElement) => {
      for (let e = el.parentElement; e; e = e.parentElement) {
        const c = getComputedStyle(e).backgroundColor;
        if (opaque(c)) return c;
      }
      return 'rgb(255, 255, 255)';
    };
    const look = (el: HTMLElement) => {
      const s = getComputedStyle(el);
      return { outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`, shadow: s.boxShadow, background: s.backgroundColor, outlineColor: s.outlineColor, outlineWidth: parseFloat(s.outlineWidth), outlineStyle: s.outlineStyle };
    };
    const seen = new Set<string>();
    const out: { kind: string; background: string; indicators: string[] }[] = [];
    for (const el of [...document.querySelectorAll<HTMLElement>(SELECTOR)]) {
      if (!visible(el) || (el as HTMLInputElement).disabled) continue;
      const kind = kindOf(el);
      if (seen.has(kind)) continue;
      seen.add(kind);
      (document.activeElement as HTMLElement | null)?.blur();
      const before = look(el);
      el.focus();
      if (document.activeElement !== el || !el.matches(':focus-visible')) {
        out.push({ kind, background: backgroundOf(el), indicators: [`not focus-visible after focus()`] });
        continue;
      }
      const after = look(el);
      const indicators: string[] = [];
      if (after.outline !== before.outline && after.outlineStyle !== 'none' && after.outlineWidth >= 2 && opaque(after.outlineColor)) indicators.push(after.outlineColor);
      if (after.shadow !== before.shadow && after.shadow !== 'none') {
        // Each ring of the box-shadow: its colour, kept when it is at least 2 px (offset or spread).
        for (const ring of after.shadow.split(/,(?![^(]*\))/)) {
          const color = /rgba?\([^)]*\)/.exec(ring)?.[0];
          const lengths = (ring.replace(/rgba?\([^)]*\)/, '').match(/-?[\d.]+px/g) ?? []).map((l) => Math.abs(parseFloat(l)));
          if (color && opaque(color) && Math.max(0, ...lengths) >= 2) indicators.push(color);
        }
      }
      if (after.background !== before.background && opaque(after.background)) indicators.push(after.background);
      // How far the indicator reaches outside the element (outline, or the widest ring), and whether
      // a box around it that clips what is drawn outside it (a block skipped until it nears the
      // screen, or any paint containment) leaves that much room.
      const style = getComputedStyle(el);
      const rings = style.boxShadow === 'none' ? [] : style.boxShadow.split(/,(?![^(]*\))/).map((ring) => {
        const [x = 0, y = 0, blur = 0, spread = 0] = (ring.replace(/rgba?\([^)]*\)/, '').match(/-?[\d.]+px/g) ?? []).map((l) => parseFloat(l));
        return Math.max(Math.abs(x), Math.abs(y)) + blur + spread;
      });
      const reach = Math.max(style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset || '0'), ...rings);
      for (let box = el.parentElement; box; box = box.parentElement) {
        const b = getComputedStyle(box);
        const room = parseFloat(b.overflowClipMargin) || 0;
        if ((b.contentVisibility === 'auto' || /paint|strict|content/.test(b.contain)) && room < reach) {
          indicators.length = 0;
          indicators.push(`clipped: ${reach}px of indicator inside ${box.tagName.toLowerCase()}.${box.className.split(' ')[0]} with ${room}px of room`);
          break;
        }
      }
      out.push({ kind, background: backgroundOf(el), indicators });
      el.blur();
    }
    return out;
  });
}

/** The samples whose best indicator colour has less than 3:1 against the page behind them. */
function weakFocus(samples: FocusSample[]): string[] {
  return samples.flatMap(({ kind, background, indicators }) => {
    const best = Math.max(0, ...indicators.map((c) => (parseColor(c) ? contrast(parseColor(c)!, parseColor(background)!) : 0)));
    const clipped = indicators.filter((i) => i.startsWith('clipped:'));
    if (clipped.length) return clipped.map((c) => `${kind}: ${c}`);
    return best >= 3 ? [] : [`${kind}: best focus contrast ${best.toFixed(2)}:1 on ${background} (${indicators.join(', ') || 'no visible change'})`];
  });
}

// Pages run a few at a time (each test has its own pages in the two shared contexts).
describe.concurrent('every page, as people meet it', () => {
  it('the sitemap lists pages', ({ expect }) => {
    expect(pages.length).toBeGreaterThan(0);
  });
  for (const path of pages) {
    it(`${path}: reflows at 320 px, shows focus in both themes, draws diagram text at body size`, async ({ expect }) => {
      const light = await open('light', path);
      const lightFocus = weakFocus(await focusSamples(light));
      await light.setViewportSize({ width: 320, height: 800 });
      const { page: sideways, scrollers } = await overflow(light);
      const { body, sizes } = await svgText(light);
      await light.close();
      const dark = await open('dark', path);
      const darkFocus = weakFocus(await focusSamples(dark));
      await dark.close();

      expect(sideways, `${path} scrolls sideways at 320 px`).toBeLessThanOrEqual(0);
      expect(scrollers.filter((s) => !s.focusable || !s.labelled)).toEqual([]);
      expect({ light: lightFocus, dark: darkFocus }).toEqual({ light: [], dark: [] });
      expect(sizes.filter((s) => s.px < body - 0.05)).toEqual([]);
    });
  }
});

describe('zoom', () => {
  // 200% and 400% of a 1280 × 900 window: the page lays out at a half and a quarter of the width.
  for (const [zoom, width, height] of [
    [2, 640, 450],
    [4, 320, 225],
  ] as const) {
    it(`${zoom * 100}%: the title wraps instead of clipping, search stays usable, the header is not fixed on a short window`, async () => {
      const page = await open('light', pages.find((p) => p !== '/') ?? '/', width, height);
      const header = await page.evaluate(() => {
        const title = document.querySelector<HTMLElement>('.site-title')!;
        const span = title.querySelector('span') ?? title;
        const field = document.querySelector<HTMLInputElement>('#header-search-q');
        const link = document.querySelector<HTMLAnchorElement>('.header-search-link');
        const shown = (el: Element | null) => Boolean(el && el.getClientRects().length > 0 && getComputedStyle(el).display !== 'none');
        return {
          clipped: span.scrollWidth > span.clientWidth + 1 || title.getBoundingClientRect().right > window.innerWidth,
          field: shown(field) ? field!.getBoundingClientRect().width : 0,
          fieldLabelled: shown(field) ? Boolean(document.querySelector<HTMLElement>(`label[for="${field!.id}"]`)?.offsetWidth) : false,
          link: shown(link) ? link!.getAttribute('href') : null,
          position: getComputedStyle(document.querySelector('header.header')!).position,
        };
      });
      expect(header.clipped).toBe(false);
      // Either a field of at least 10rem with a visible label, or a link to the search page.
      if (header.link === null) {
        expect(header.field).toBeGreaterThanOrEqual(160);
        expect(header.fieldLabelled).toBe(true);
      } else {
        expect(header.link).toBe('/search/');
      }
      if (height < 480) expect(header.position).not.toBe('fixed');
      await page.close();
    });
  }

  it('the theme choice is in the menu on a small screen', async () => {
    const page = await open('light', '/', 320, 700);
    await page.locator('button.sl-menu-button').click();
    await expect.poll(() => page.locator('#starlight__sidebar starlight-theme-select select').isVisible()).toBe(true);
    await page.close();
  });
});
