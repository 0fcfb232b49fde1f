import { describe, expect, it } from 'vitest';
import { offlineFiles, serviceWorker } from '../../src/lib/offline';

describe('the offline cache', () => {
  it('keeps pages (by their address), assets and the search index; leaves out the worker, maps and unused Pagefind UIs', () => {
    expect(
      offlineFiles([
        '/index.html',
        '/kent/partnership-agreement-2008/index.html',
        '/404.html',
        '/_astro/page.abc.js',
        '/_astro/page.abc.js.map',
        '/_astro/site.def.css',
        '/favicon.svg',
        '/pagefind/pagefind.js',
        '/pagefind/wasm.en.pagefind',
        '/pagefind/index/en_1.pf_index',
        '/pagefind/pagefind-component-ui.js',
        '/pagefind/pagefind-highlight.js',
        '/sw.js',
        '/_headers',
      ]),
    ).toEqual([
      '/',
      '/404.html',
      '/_astro/page.abc.js',
      '/_astro/site.def.css',
      '/favicon.svg',
      '/kent/partnership-agreement-2008/',
      '/pagefind/index/en_1.pf_index',
      '/pagefind/pagefind.js',
      '/pagefind/wasm.en.pagefind',
    ]);
  });
  it('names the cache by version and matches tool pages and Pagefind files whatever their query', () => {
    const source = serviceWorker('abc123def456', ['/', '/search/']);
    expect(source).toContain("const CACHE = 'governance-abc123def456';");
    expect(source).toContain('const FILES = ["/","/search/"];');
    expect(source).toContain("startsWith('/pagefind/')");
    expect(source).toContain("key.startsWith('governance-') && key !== CACHE");
  });
});
