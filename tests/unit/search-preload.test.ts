import { describe, expect, it } from 'vitest';
import { addSearchPreloads, moduleGraph, searchPreloads, staticImports } from '../../src/lib/search-preload';

const ENTRY = JSON.stringify({
  version: '1.6.0',
  languages: { en: { hash: 'en_7773ed5730', wasm: 'en', page_count: 206 }, cy: { hash: 'cy_0123456789', wasm: null, page_count: 3 } },
});
const FILES = ['pagefind.js', 'wasm.en.pagefind', 'wasm.unknown.pagefind', 'filter/en_a.pf_filter', 'index/en_x.pf_index', 'fragment/en_y.pf_fragment'];

describe('what the search page preloads', () => {
  it("names the page's modules, Pagefind's script, its entry with the index tag, and the language's metadata and WebAssembly", () => {
    expect(searchPreloads(ENTRY, FILES, 'en-GB', ['/_astro/Search.a.js', '/_astro/state.b.js'])).toEqual({
      tag: 'en_7773ed5730',
      links: [
        '<link rel="modulepreload" href="/_astro/Search.a.js">',
        '<link rel="modulepreload" href="/_astro/state.b.js">',
        '<link rel="modulepreload" href="/pagefind/pagefind.js">',
        '<link rel="preload" href="/pagefind/pagefind-entry.json?ts=en_7773ed5730" as="fetch" crossorigin>',
        '<link rel="preload" href="/pagefind/pagefind.en_7773ed5730.pf_meta" as="fetch" crossorigin>',
        '<link rel="preload" href="/pagefind/wasm.en.pagefind" as="fetch" crossorigin>',
      ],
    });
    expect(() => searchPreloads(ENTRY, ['pagefind.js'], 'en')).toThrow("Pagefind's output has no pagefind.js or wasm.en.pagefind");
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
  it('takes the WebAssembly for unknown languages where the language has none, and the first language when the page’s is not indexed', () => {
    expect(searchPreloads(ENTRY, FILES, 'cy').links).toContain('<link rel="preload" href="/pagefind/wasm.unknown.pagefind" as="fetch" crossorigin>');
    expect(searchPreloads(ENTRY, FILES, 'fr').tag).toBe('en_7773ed5730');
    expect(() => searchPreloads(JSON.stringify({ version: '1.6.0', languages: {} }), [], 'en')).toThrow('The Pagefind index has no language');
  });
  it('writes them at the end of <head> and gives <gov-search> the tag', () => {
    const html = '<html><head><meta charset="utf-8"></head><body><gov-search data-widget="search"></gov-search></body></html>';
    const out = addSearchPreloads(html, { tag: 'en_1', links: ['<link rel="modulepreload" href="/pagefind/pagefind.js">'] });
    expect(out).toBe('<html><head><meta charset="utf-8"><link rel="modulepreload" href="/pagefind/pagefind.js"></head><body><gov-search data-pagefind-tag="en_1" data-widget="search"></gov-search></body></html>');
    expect(() => addSearchPreloads('<head></head>', { tag: 'en_1', links: [] }, 'search/index.html')).toThrow('search/index.html has no <gov-search>');
    expect(() => addSearchPreloads(html, { tag: 'en"1', links: [] })).toThrow('is not a plain word');
  });
});
