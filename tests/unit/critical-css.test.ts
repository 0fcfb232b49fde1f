import { describe, expect, it } from 'vitest';
import { canApply, firstParagraph, firstParagraphEnd, inlineStylesheets, renderAfterFirstParagraph, layerOrder, pageTree, renderBlocking, usedRules } from '../../src/lib/critical-css';

const PAGE = `<!DOCTYPE html><html lang="en" data-theme="dark"><head><title>t</title></head><body>
<header class="header"><a class="site-title" href="/">Site</a></header>
<main><div class="content"><h1 id="_top">Title</h1><p class="print-only">Printed only</p>
<details><summary>More</summary><ul><li>One</li><li>Two</li></ul></details>
<p class="lead">First paragraph.</p><p>Second.</p></div></main>
<template id="icons"><svg class="icon-light"></svg></template>
</body></html>`;
const page = pageTree(PAGE);

describe('which selectors can apply to a page', () => {
  it('keeps a rule whose element is on the page, whatever its state, theme or pseudo-element', () => {
    for (const selector of [
      '.site-title',
      '.site-title:hover',
      'a:focus-visible',
      ':root[data-theme="light"] .header',
      '[data-theme=light] .site-title::after',
      'details[open] > summary',
      'li:not(:last-child)',
      'li + li',
      'h1 ~ p',
      '.content > h1',
      ':where(.content) :is(h1, h2)',
      '[hidden]',
      '.lead:first-line',
      // Elements inside a <template> are cloned in by scripts.
      '.icon-light',
    ]) {
      expect(canApply(selector, page), selector).toBe(true);
    }
  });
  it('drops a rule whose element the page does not have', () => {
    for (const selector of ['.absent', '.header .lead', 'main > p.lead', 'p + h1', 'summary ~ details', '#nowhere a', 'table td', ':root > main', ':is(.absent, .missing) a']) {
      expect(canApply(selector, page), selector).toBe(false);
    }
  });
  it("counts a template's contents where the template stands, as the copies a script makes of them will", () => {
    const widget = pageTree('<section class="verdict"><ul class="lines"></ul><template><ul class="lines"><li>x</li><li>y</li></ul></template></section>');
    for (const selector of ['.verdict > .lines > li', '.verdict .lines li + li']) expect(canApply(selector, widget), selector).toBe(true);
    for (const selector of ['template > ul', '.verdict > li']) expect(canApply(selector, widget), selector).toBe(false);
  });
  it('keeps a rule whose selector it cannot read: keeping is always safe', () => {
    expect(canApply('col.x || td', page)).toBe(true);
  });
});

describe('the rules of a stylesheet a page uses', () => {
  it('keeps used rules in their @layer and @media, trims selector lists, and drops what is left empty', () => {
    const css =
      '@layer base{.header{color:red}.absent{color:blue}}' +
      '@media (min-width:50rem){.lead,.absent{margin:0}}' +
      '@media print{.absent{display:none}}' +
      '@supports (display:grid){.content{display:grid}}';
    expect(usedRules(css, page)).toBe('@layer base{.header{color:red}}@media (min-width:50rem){.lead{margin:0}}@supports (display:grid){.content{display:grid}}');
  });
  it('keeps what is not a rule for elements: fonts, keyframes, layer statements, custom properties', () => {
    const css = '@layer a,b;@font-face{font-family:X;src:url(x.woff2)}@keyframes spin{from{rotate:0}to{rotate:1turn}}:root{--x:1}';
    expect(usedRules(css, page)).toBe(css);
  });
  it('reads the cascade layer order of the sheets, nested names included', () => {
    expect(layerOrder(['@layer starlight.base,starlight.reset;@layer starlight.core{a{}}', '@layer site{@layer inner{a{}}}@layer starlight.base{a{}}'])).toEqual([
      'starlight.base',
      'starlight.reset',
      'starlight.core',
      'site',
      'site.inner',
    ]);
    expect(() => layerOrder(['@layer{a{}}'])).toThrow('anonymous @layer');
  });
});

describe('inlining a page’s stylesheets', () => {
  const html = (body = '<p>x</p>') =>
    `<html><head><link rel="stylesheet" href="/_astro/print.css" media="print"><link rel="stylesheet" href="/_astro/site.css"><link rel="stylesheet" href="/_astro/tool.css"></head><body class="page">${body}</body></html>`;
  const sheets: Record<string, string> = {
    '/_astro/print.css': '@media print{.page{color:#000}}',
    '/_astro/site.css': '@layer base{p{margin:0}}.page{color:red}.absent{color:blue}',
    '/_astro/tool.css': '.tool{gap:1rem}p{padding:0}',
  };
  const read = (href: string) => sheets[href]!;

  it('puts the used rules where the first screen stylesheet stood, in one <style>, and leaves the print sheet', () => {
    const out = inlineStylesheets(html(), read, false);
    expect(out.html).toBe(
      '<html><head><link rel="stylesheet" href="/_astro/print.css" media="print"><style data-inlined="/_astro/site.css /_astro/tool.css">@layer base;@layer base{p{margin:0}}.page{color:red}p{padding:0}</style></head><body class="page"><p>x</p></body></html>',
    );
    expect(out.inlined).toEqual(['/_astro/site.css', '/_astro/tool.css']);
    expect(renderBlocking(out.html)).toEqual([]);
  });
  it('for a page whose scripts add elements, still loads the full sheets, from the end of the body', () => {
    const out = inlineStylesheets(html(), read, true);
    expect(out.html.endsWith('<p>x</p><link rel="stylesheet" href="/_astro/site.css"><link rel="stylesheet" href="/_astro/tool.css"></body></html>')).toBe(true);
    expect(renderBlocking(out.html)).toEqual([]);
  });
  it('says which page has no </body> to load the full sheets from', () => {
    expect(() => inlineStylesheets('<html><head><link rel="stylesheet" href="/_astro/site.css"></head>', read, true, 'x/index.html')).toThrow(
      'x/index.html has no </body>, so its stylesheets have nowhere to load from.',
    );
  });
  it('counts render-blocking sheets: those in <head> for the screen', () => {
    expect(renderBlocking(html()).map((l) => l.href)).toEqual(['/_astro/site.css', '/_astro/tool.css']);
  });
  it('cannot close the <style> early: "</style" in the CSS is written with an escape', () => {
    const out = inlineStylesheets(html('<p class="x">x</p>'), (href) => (href.includes('site') ? '.x::after{content:"</style>"}' : ''), false);
    expect(out.html).toContain('.x::after{content:"\\3c /style>"}</style>');
    expect(out.html.match(/<\/style/g)).toHaveLength(1);
  });
});

describe('where the first paragraph ends', () => {
  it('is the end of the first <p> in <main> shown on screen', () => {
    const end = firstParagraphEnd(PAGE);
    expect(PAGE.slice(0, end).endsWith('<p class="lead">First paragraph.</p>')).toBe(true);
  });
  it('skips paragraphs outside <main>, hidden or for screen readers only; without one, the whole page', () => {
    const html = '<body><p>nav</p><main><p hidden>a</p><p class="sr-only">b</p><div><p>c</p></div></main></body>';
    expect(html.slice(0, firstParagraphEnd(html)).endsWith('<div><p>c</p>')).toBe(true);
    expect(firstParagraphEnd('<body><main><h1>x</h1></main></body>')).toBe('<body><main><h1>x</h1></main></body>'.length);
  });
});

describe('the first rendering waits for the first paragraph', () => {
  it('names the first paragraph shown on screen, giving it an id when it has none', () => {
    const html = '<html><head><meta charset="utf-8"></head><body><main><p hidden>a</p><p class="lead">First.</p><p>b</p></main></body></html>';
    const out = renderAfterFirstParagraph(html);
    expect(out).toContain('<head><meta charset="utf-8"><link rel="expect" href="#first-paragraph" blocking="render"></head>');
    expect(out).toContain('<p id="first-paragraph" class="lead">First.</p><p>b</p>');
    expect(firstParagraph(out)?.id).toBe('first-paragraph');
    // The paragraph still ends where the first-paint budget measures to.
    expect(out.slice(0, firstParagraphEnd(out)).endsWith('First.</p>')).toBe(true);
  });
  it("keeps the paragraph's own id, and does not take an id the page already uses", () => {
    const own = renderAfterFirstParagraph('<html><head></head><body><main><p id="intro">x</p></main></body></html>');
    expect(own).toBe('<html><head><link rel="expect" href="#intro" blocking="render"></head><body><main><p id="intro">x</p></main></body></html>');
    const taken = renderAfterFirstParagraph('<html><head></head><body><h2 id="first-paragraph">t</h2><main><p>x</p></main></body></html>');
    expect(taken).toContain('<p id="first-paragraph-2">x</p>');
    expect(taken).toContain('href="#first-paragraph-2"');
  });
  it('leaves a page with no paragraph in <main> as it is', () => {
    const html = '<html><head></head><body><main><h1>x</h1></main></body></html>';
    expect(renderAfterFirstParagraph(html)).toBe(html);
  });
});
