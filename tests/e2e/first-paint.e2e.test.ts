/**
 * First paint and what a page runs, on the built site (figures from dist/, not timings):
 * - every built page paints from its first round trip: its HTML up to the end of its first
 *   paragraph, with the CSS it needs inlined (src/plugins/inline-css.ts), plus any stylesheet that
 *   blocks rendering, fits 14 KB gzipped (DESIGN.md §8);
 * - every page with a first paragraph asks the browser to hold its first rendering until that
 *   paragraph is read (`<link rel="expect" blocking="render">`), naming it by an id it alone has,
 *   so that the first frame is not a blank one painted before `<body>`;
 * - a content page has no render-blocking stylesheet, a tool page at most one, and no page fetches
 *   a module script at high priority: not in its HTML, and not in Chromium either, where each module
 *   a script imports is preloaded by the page instead of asked for by the script once it arrives;
 * - each page with a tool adds under 10 KB of gzipped JavaScript to what a content page loads, and
 *   a content page loads none beyond the page frame's (Starlight's scripts and the site's contents
 *   list, which stands in for Starlight's: tests/bench/js.ts says which is whose);
 * - in Chromium, the CSS inlined into a page styles it exactly as its full stylesheets do, in both
 *   themes, wide and at 320 px: nothing moves or changes colour when the full sheets arrive; and so
 *   does it style what the tools and the search add, which they copy from the page's templates.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, launch, layOutSkipped, serve, sitemapPages } from './harness';
import { FIRST_ROUND_TRIP, firstPaint } from '../bench/first-paint';
import { builtPagePaths, hasWidget, isPageFrameScript, kb, pageJs, scriptsOf, toolPages } from '../bench/js';
import { documents, some, statedRules, trusts } from '../content';
import { toolHref } from '../../src/lib/rules/tools';
import { widgetsUseTemplates } from '../../src/plugins/inline-css';
import { highPriorityScripts } from '../../src/lib/script-priority';
import { firstParagraph } from '../../src/lib/critical-css';

const TOOL_JS = 10 * 1024;
const pages = builtPagePaths();
const html = (page: string) => readFileSync(join(DIST, page, 'index.html'), 'utf8');
const label = (page: string) => `/${page}${page ? '/' : ''}`;
const tools = new Set(toolPages());

describe('first paint, from the built pages', () => {
  it('every page of the sitemap is built and measured', () => {
    const built = new Set(pages.map(label));
    expect(some(sitemapPages(), 'sitemap page').filter((p) => !built.has(p))).toEqual([]);
  });

  it('every page paints from its first round trip: HTML to the first paragraph, inlined CSS and blocking CSS in 14 KB gzipped', () => {
    const figures = some(pages, 'page').map(firstPaint);
    const over = figures.filter((f) => f.bytes > FIRST_ROUND_TRIP).map((f) => `${label(f.page)}: ${kb(f.bytes)} (HTML ${kb(f.html)}, blocking CSS ${f.blocking.map((b) => `${b.href} ${kb(b.bytes)}`).join(', ') || 'none'})`);
    expect(over).toEqual([]);
    // The CSS is in the page: the first paragraph's styles come with it.
    const withoutStyle = pages.filter((p) => !/<style data-inlined="[^"]+">/.test(html(p)));
    expect(withoutStyle.map(label)).toEqual([]);
  });

  it('the first rendering waits for the first paragraph, named by an id that only it has, from <head>', () => {
    const wrong = some(pages, 'page').flatMap((p) => {
      const page = html(p);
      const links = [...page.matchAll(/<link rel="expect" href="#([^"]+)" blocking="render">/g)];
      const paragraph = firstParagraph(page);
      if (!paragraph) return links.length === 0 ? [] : [`${label(p)}: has no first paragraph but waits for #${links[0]![1]}`];
      if (links.length !== 1) return [`${label(p)}: ${links.length} expect links, not 1`];
      const id = decodeURIComponent(links[0]![1]!);
      const problems: string[] = [];
      if (paragraph.id !== id) problems.push(`waits for #${id}, but its first paragraph's id is ${paragraph.id ?? 'missing'}`);
      if (page.split(` id="${id}"`).length !== 2) problems.push(`#${id} is not on exactly one element`);
      if (links[0]!.index > page.indexOf('</head>')) problems.push('the link is not in <head>');
      return problems.map((m) => `${label(p)}: ${m}`);
    });
    expect(wrong).toEqual([]);
    // Pages do have first paragraphs: the check above has something to check.
    expect(pages.filter((p) => firstParagraph(html(p)) !== undefined).length).toBeGreaterThan(0);
  });

  it('a content page has no render-blocking stylesheet; a tool page at most one', () => {
    const blocking = pages.map((p) => ({ page: p, sheets: firstPaint(p).blocking.map((b) => b.href) }));
    expect(blocking.filter((b) => !tools.has(b.page) && b.sheets.length > 0)).toEqual([]);
    expect(some(blocking.filter((b) => tools.has(b.page)), 'tool page').filter((b) => b.sheets.length > 1)).toEqual([]);
  });

  it('no script holds back a first paint: module scripts and module preloads are fetched at low priority', () => {
    const high = some(pages, 'page').flatMap((p) => highPriorityScripts(html(p)).map((src) => `${label(p)}: ${src}`));
    expect(high).toEqual([]);
    // The pages do load module scripts: the check above has something to check.
    expect(pages.some((p) => /<script type="module" src=/.test(html(p)))).toBe(true);
  });

  it('each page with a tool adds under 10 KB of gzipped JavaScript to what a content page loads', () => {
    const added = some(toolPages(), 'page with a tool').map(pageJs);
    expect(added.filter((j) => j.added > TOOL_JS).map((j) => `${label(j.page)}: ${kb(j.added)} (${j.addedFiles.join(', ')})`)).toEqual([]);
    // Each tool page does add its own: the comparison is with pages that have none.
    const toolPage = added.filter((j) => j.page.startsWith('tools/') && j.tool > 0);
    expect(some(toolPage, 'tool page with a script').every((j) => j.added >= j.tool && j.tool > 0)).toBe(true);
  });

  it("a content page loads no JavaScript beyond the page frame's (Starlight's and the contents list), and no inline script of its own", () => {
    const content = some(
      pages.filter((p) => !hasWidget(html(p))),
      'content page',
    );
    const foreign = content.flatMap((p) => scriptsOf(html(p)).external.filter((src) => !isPageFrameScript(src)).map((src) => `${label(p)}: ${src}`));
    expect(foreign).toEqual([]);
    // Every inline script of a content page is the page frame's: one that every content page has,
    // or one that defines an element of the frame and is on exactly the pages that have that element
    // ("On this page" is on a page with headings).
    const carrying = new Map<string, Set<string>>();
    for (const p of content) for (const code of new Set(scriptsOf(html(p)).inline)) carrying.set(code, (carrying.get(code) ?? new Set()).add(p));
    const withElement = (name: string) => content.filter((p) => html(p).includes(`<${name} `) || html(p).includes(`<${name}>`));
    const isFrame = (code: string, on: Set<string>) =>
      on.size === content.length ||
      [...code.matchAll(/customElements\.define\(\s*[`'"]([a-z][a-z0-9]*-[a-z0-9-]*)[`'"]/g)].some(([, name]) => {
        const having = withElement(name!);
        return having.length === on.size && having.every((p) => on.has(p));
      });
    const own = [...carrying].filter(([code, on]) => !isFrame(code, on)).map(([code, on]) => `${[...on].slice(0, 3).map(label).join(', ')}: ${code.slice(0, 60)}`);
    expect(own).toEqual([]);
    // The content pages do have inline scripts: the check above has something to check.
    expect(carrying.size).toBeGreaterThan(0);
  });
});

/**
 * One page of each kind: the first built page for each first address segment (a trust's id counts
 * as one kind) and depth, so a new kind of page is sampled without naming it here.
 */
function sample(): string[] {
  const trustIds = new Set(trusts().map((t) => t.id));
  const kinds = new Map<string, string>();
  for (const page of pages) {
    const parts = page.split('/').filter(Boolean);
    const kind = `${parts[0] && trustIds.has(parts[0]) ? 'trust' : (parts[0] ?? '')}/${parts.length}`;
    if (!kinds.has(kind)) kinds.set(kind, page);
  }
  return [...kinds.values()];
}

/** Computed styles that show a difference a reader would see, and each drawn element's box. */
function styleSnapshot(): Record<string, string>[] {
  const PROPS = ['display', 'position', 'visibility', 'opacity', 'color', 'background-color', 'background-image', 'border-top-color', 'border-left-color', 'border-top-width', 'border-left-width', 'border-bottom-width', 'font-family', 'font-size', 'font-weight', 'font-style', 'line-height', 'text-decoration-line', 'text-transform', 'white-space', 'box-shadow', 'outline-style', 'list-style-type', 'content', 'mask-image', 'fill', 'stroke', 'z-index', 'overflow-x', 'cursor', 'padding-left', 'margin-top', 'color-scheme'];
  const out: Record<string, string>[] = [];
  for (const el of document.querySelectorAll('*')) {
    for (const pseudo of [null, '::before', '::after']) {
      const cs = getComputedStyle(el, pseudo);
      if (pseudo && (cs.content === 'none' || cs.content === 'normal')) continue;
      const o: Record<string, string> = { '@': `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')}${pseudo ?? ''}` };
      for (const p of PROPS) o[p] = cs.getPropertyValue(p);
      if (!pseudo) {
        // What is not drawn (in a closed <details>) has whatever box it was last laid out with.
        const r = el.getBoundingClientRect();
        o.box = el.checkVisibility({ contentVisibilityAuto: true }) ? [r.x, r.y, r.width, r.height].map(Math.round).join(',') : 'not drawn';
      }
      out.push(o);
    }
  }
  return out;
}

/**
 * What changes on the page, as it stands, when the full stylesheets are added after everything
 * else, as they arrive on a page that loads them: each element whose computed style or box moves.
 * Built in the page's CSSOM: no request to refuse and no load event to wait for.
 */
async function changesWithFullSheets(page: Page, sheets: string[], where: string): Promise<string[]> {
  // A skipped block's box is the size it was last drawn at: lay every one out, so boxes compare.
  await layOutSkipped(page);
  const inlined = await page.evaluate(styleSnapshot);
  const texts = sheets.map((href) => readFileSync(join(DIST, href), 'utf8'));
  await page.evaluate((css) => {
    document.adoptedStyleSheets = css.map((text) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      return sheet;
    });
  }, texts);
  const after = await page.evaluate(styleSnapshot);
  expect(after.length, where).toBe(inlined.length);
  return inlined.flatMap((a, i) => {
    const b = after[i]!;
    const changed = Object.keys(a).filter((k) => a[k] !== b[k]);
    return changed.length > 0 ? [`${where} ${a['@']}: ${changed.map((k) => `${k} ${a[k]} → ${b[k]}`).join('; ')}`] : [];
  });
}

describe('the inlined CSS, in Chromium', () => {
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

  const views = [
    { theme: 'light', width: 1280 },
    { theme: 'dark', width: 320 },
  ] as const;
  for (const { theme, width } of views) {
    it(`styles one page of each kind exactly as the full stylesheets do (${theme} theme, ${width} px)`, async () => {
      // Without scripts and with every stylesheet request refused, a page has only what it inlines.
      const ctx = await browser.newContext({ javaScriptEnabled: false, colorScheme: theme, viewport: { width, height: 900 } });
      const page = await ctx.newPage();
      await page.route(/\/_astro\/[^?]*\.css(\?|$)/, (route) => route.abort());
      const differences: string[] = [];
      for (const path of some(sample(), 'page kind')) {
        await page.goto(`${server.url}${label(path)}`);
        const sheets = await page.evaluate((t) => {
          document.documentElement.dataset.theme = t;
          return document.querySelector('style[data-inlined]')?.getAttribute('data-inlined')?.split(' ') ?? [];
        }, theme);
        expect(sheets.length, label(path)).toBeGreaterThan(0);
        differences.push(...(await changesWithFullSheets(page, sheets, label(path))));
      }
      await ctx.close();
      expect(differences.slice(0, 20)).toEqual([]);
    }, 240_000);
  }

  it('in Chromium, no script a page loads at start is fetched at high priority, the modules its scripts import included', async () => {
    // One page of each kind and every page with a widget (a tool, the search): what they fetch as they load.
    const visited = some([...new Set([...sample(), ...pages.filter((p) => hasWidget(html(p)))])], 'page');
    const ctx = await browser.newContext({ serviceWorkers: 'block' });
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Network.enable');
    const scripts: { url: string; priority: string }[] = [];
    cdp.on('Network.requestWillBeSent', (e) => {
      if (e.type === 'Script' && new URL(e.request.url).pathname.startsWith('/_astro/')) scripts.push({ url: e.request.url, priority: e.request.initialPriority });
    });
    const wrong: string[] = [];
    let imported = 0;
    for (const path of visited) {
      scripts.length = 0;
      await page.goto(`${server.url}${label(path)}`, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
      // A module a script imports is asked for at the browser's high priority unless the page preloads it at low.
      for (const s of scripts) if (s.priority === 'High' || s.priority === 'VeryHigh') wrong.push(`${label(path)}: ${new URL(s.url).pathname} at ${s.priority} priority`);
      imported += scripts.length - scriptsOf(html(path)).external.length;
    }
    await ctx.close();
    expect(wrong).toEqual([]);
    // Some page's scripts do import modules: the check above saw those as well as the scripts.
    expect(imported).toBeGreaterThan(0);
  }, 120_000);

  it('the tools make what they add from the page’s templates: no full stylesheet, and every state they reach styled as the full sheets do', async () => {
    // A tool's root (src/widgets/common/Tool.astro, the timeline) has the class "tool".
    const widgetPages = some(
      pages.filter((p) => /<[a-z-]+ class="tool[\s"][^>]*\sdata-widget="/.test(html(p))),
      'page with a tool',
    );
    const unmarked = widgetPages.filter((p) => !widgetsUseTemplates(html(p)));
    expect(unmarked.map(label)).toEqual([]);
    for (const path of widgetPages) expect(html(path).match(/<link rel="stylesheet"[^>]*>/g)?.filter((tag) => !/media="print"/.test(tag)) ?? [], label(path)).toEqual([]);
    // Each worked example's state, and on every page with a tool an ignored setting (the notice) and
    // an answer the tool refuses (the error message and summary).
    const visits = [
      ...some(statedRules(), 'stated rule').flatMap((rule) => rule.examples.map((e) => ({ href: toolHref(rule, e.query), breakIt: false }))),
      // A tool whose source sets no rule has no form and reads no settings: its page is checked as it loads, above.
      ...widgetPages.filter((p) => /<form\b[^>]*\sdata-(tool|timeline)-form\b/.test(html(p))).map((p) => ({ href: `${label(p)}?not-a-setting=1`, breakIt: true })),
    ];
    const differences: string[] = [];
    let errorsShown = 0;
    for (const [i, { href, breakIt }] of visits.entries()) {
      const view = i % 2 === 0 ? views[0] : views[1];
      const ctx = await browser.newContext({ colorScheme: view.theme, viewport: { width: view.width, height: 900 } });
      const page = await ctx.newPage();
      await page.route(/\/_astro\/[^?]*\.css(\?|$)/, (route) => route.abort());
      await page.goto(`${server.url}${href}`);
      await page.locator('form[data-tool-form][data-started], form[data-timeline-form]:not([hidden])').first().waitFor();
      if (breakIt) {
        await page.locator('[data-notices]:not([hidden]) li').first().waitFor();
        const typed = page.locator('[data-widget] input[data-pattern]:visible, [data-widget] input[data-date-part]:visible').first();
        const next = page.locator('[data-widget] [data-continue]:visible').first();
        if ((await typed.count()) > 0) {
          await typed.fill('0');
          await page.keyboard.press('Tab');
        } else if ((await next.count()) > 0) await next.click();
        if ((await page.locator('[data-errors]:not([hidden]) li a').count()) > 0) errorsShown += 1;
      }
      const sheets = (await page.locator('style[data-inlined]').getAttribute('data-inlined'))!.split(' ');
      differences.push(...(await changesWithFullSheets(page, sheets, `${href} (${view.theme}, ${view.width} px)`)));
      await ctx.close();
    }
    expect(differences.slice(0, 20)).toEqual([]);
    // The error states were reached: the check above saw their elements.
    expect(errorsShown).toBeGreaterThan(0);
  }, 300_000);

  it('a page whose script makes its elements from the page’s templates (search results) loads no full stylesheet and styles them as the full sheets do', async () => {
    const templated = some(
      pages.filter((p) => widgetsUseTemplates(html(p))),
      'page whose widgets use templates',
    );
    // Only the print sheet, which never holds back the screen.
    for (const path of templated) expect(html(path).match(/<link rel="stylesheet"[^>]*>/g)?.filter((tag) => !/media="print"/.test(tag)) ?? [], label(path)).toEqual([]);
    // A word of a document's title finds results on the search page.
    const word = /[A-Za-z]{6,}/.exec(some(documents(), 'document')[0]!.title)![0];
    for (const { theme, width } of views) {
      const ctx = await browser.newContext({ colorScheme: theme, viewport: { width, height: 900 } });
      const page = await ctx.newPage();
      await page.route(/\/_astro\/[^?]*\.css(\?|$)/, (route) => route.abort());
      await page.goto(`${server.url}/search/?q=${encodeURIComponent(word)}`);
      await page.locator('gov-search[data-state="done"]').waitFor();
      expect(await page.locator('[data-results] li').count()).toBeGreaterThan(0);
      const sheets = (await page.locator('style[data-inlined]').getAttribute('data-inlined'))!.split(' ');
      const differences = await changesWithFullSheets(page, sheets, `${theme} ${width}`);
      expect(differences.slice(0, 20)).toEqual([]);
      await ctx.close();
    }
  }, 120_000);
});
