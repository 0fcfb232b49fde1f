import { describe, expect, it } from 'vitest';
import { addSearchPreloads, moduleGraph, searchPreloads, staticImports, tagHeaderSearch } from '../../src/lib/search-preload';

const ENTRY = JSON.stringify({
  version: '1.6.0',
  languages: { en: { hash: 'en_7773ed5730', wasm: 'en', page_count: 206 }, cy: { hash: 'cy_0123456789', wasm: null, page_count: 3 } },
});

describe('what the search page preloads', () => {
  it("names the page's modules (not Pagefind's script, which its worker loads), and takes the tag of the page language's index", () => {
    expect(searchPreloads(ENTRY, 'en-GB', ['/_astro/Search.a.js', '/_astro/state.b.js'])).toEqual({
      tag: 'en_7773ed5730',
      links: ['<link rel="modulepreload" href="/_astro/Search.a.js">', '<link rel="modulepreload" href="/_astro/state.b.js">'],
      files: ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json?ts=en_7773ed5730', '/pagefind/pagefind.en_7773ed5730.pf_meta', '/pagefind/wasm.en.pagefind'],
    });
    // A language without its own stemming uses Pagefind's general engine.
    expect(searchPreloads(ENTRY, 'cy').files.at(-1)).toBe('/pagefind/wasm.unknown.pagefind');
    expect(searchPreloads(ENTRY, 'cy').tag).toBe('cy_0123456789');
    expect(searchPreloads(ENTRY, 'fr').tag).toBe('en_7773ed5730');
    expect(() => searchPreloads(JSON.stringify({ version: '1.6.0', languages: {} }), 'en')).toThrow('The Pagefind index has no language');
  });
  it('follows static imports through the built modules, each once, and leaves dynamic imports to load when needed', () => {
    const code: Record<string, string> = {
      '/_astro/a.js': 'import{t as e}from"./b.js";import"./c.js";const f=()=>import(`./lazy.js`);',
      '/_astro/b.js': 'import{x}from "./c.js";export{x as t}',
      '/_astro/c.js': 'export const x=1;',
    };
    expect(staticImports(code['/_astro/a.js']!, '/_astro/a.js')).toEqual(['/_astro/b.js', '/_astro/c.js']);
    expect(moduleGraph(['/_astro/a.js', '/_astro/c.js'], (p) => code[p]!)).toEqual(['/_astro/a.js', '/_astro/b.js', '/_astro/c.js']);
  });
  it('writes them at the end of <head> and gives <gov-search> the tag', () => {
    const html = '<html><head><meta charset="utf-8"></head><body><gov-search data-widget="search"></gov-search></body></html>';
    const out = addSearchPreloads(html, { tag: 'en_1', links: ['<link rel="modulepreload" href="/pagefind/pagefind.js">'] });
    expect(out).toBe('<html><head><meta charset="utf-8"><link rel="modulepreload" href="/pagefind/pagefind.js"></head><body><gov-search data-pagefind-tag="en_1" data-widget="search"></gov-search></body></html>');
    expect(() => addSearchPreloads('<head></head>', { tag: 'en_1', links: [] }, 'search/index.html')).toThrow('search/index.html has no <gov-search>');
    expect(() => addSearchPreloads(html, { tag: 'en"1', links: [] })).toThrow('is not a plain word');
  });
  it("gives the header's search form the tag and Pagefind's files, once, and leaves a page without the form alone", () => {
    const preloads = searchPreloads(ENTRY, 'en');
    const html = '<header><form class="header-search" role="search" action="/search/"><input name="q"></form></header>';
    const once = tagHeaderSearch(html, preloads);
    expect(once).toBe(
      '<header><form class="header-search" data-pagefind-tag="en_7773ed5730" data-pagefind-files="/pagefind/pagefind.js /pagefind/pagefind-entry.json?ts=en_7773ed5730 /pagefind/pagefind.en_7773ed5730.pf_meta /pagefind/wasm.en.pagefind" role="search" action="/search/"><input name="q"></form></header>',
    );
    expect(tagHeaderSearch(once, preloads)).toBe(once);
    expect(tagHeaderSearch('<main>an embed</main>', preloads)).toBe('<main>an embed</main>');
    expect(() => tagHeaderSearch(html, { ...preloads, tag: 'en"><script>' })).toThrow('is not a plain word');
    expect(() => tagHeaderSearch(html, { ...preloads, files: ['/pagefind/a b.js'] })).toThrow('cannot go into an attribute');
  });
});
