import { describe, expect, it } from 'vitest';
import { offlineFiles, serviceWorker, shellFiles, sizeLabel, OFFLINE_FALLBACK, OFFLINE_LIST } from '../../src/lib/offline';

const built = [
  '/index.html',
  '/kent/partnership-agreement-2008/index.html',
  '/offline/index.html',
  '/404.html',
  '/_astro/page.abc.js',
  '/_astro/page.abc.js.map',
  '/_astro/site.def.css',
  '/_astro/Quorum.ghi.js',
  '/favicon.svg',
  '/pagefind/pagefind.js',
  '/pagefind/wasm.en.pagefind',
  '/pagefind/index/en_1.pf_index',
  '/pagefind/pagefind-component-ui.js',
  '/pagefind/pagefind-highlight.js',
  '/sw.js',
  '/_headers',
];

describe('the offline cache', () => {
  it('offers pages (by their address), assets and the search index; leaves out the worker, maps and unused Pagefind UIs', () => {
    expect(offlineFiles(built)).toEqual([
      '/',
      '/404.html',
      '/_astro/Quorum.ghi.js',
      '/_astro/page.abc.js',
      '/_astro/site.def.css',
      '/favicon.svg',
      '/kent/partnership-agreement-2008/',
      '/offline/',
      '/pagefind/index/en_1.pf_index',
      '/pagefind/pagefind.js',
      '/pagefind/wasm.en.pagefind',
    ]);
  });
  it('caches on a first visit only the shell: what the home page loads and the icon (the offline page waits for a second page read)', () => {
    const home = '<link rel="stylesheet" href="/_astro/site.def.css"><script type="module" src="/_astro/page.abc.js"></script><a href="/kent/partnership-agreement-2008/">';
    expect(shellFiles(home, built)).toEqual(['/_astro/page.abc.js', '/_astro/site.def.css', '/favicon.svg']);
    expect(shellFiles(home, built)).not.toContain(OFFLINE_FALLBACK);
  });
  it('leaves its own list of files out of the files it offers', () => {
    expect(offlineFiles([...built, OFFLINE_LIST])).not.toContain(OFFLINE_LIST);
  });
  it('says the size of the download in KB or MB', () => {
    expect(sizeLabel(1_283_000)).toBe('1.3 MB');
    expect(sizeLabel(840_400)).toBe('840 KB');
    expect(sizeLabel(12)).toBe('1 KB');
  });
  it('installs the shell, saves the rest only when asked, and keeps each page read', () => {
    const source = serviceWorker('abc123def456', ['/_astro/site.def.css']);
    expect(source).toContain("const VERSION = 'abc123def456';");
    expect(source).toContain('const SHELL_FILES = ["/_astro/site.def.css"];');
    // The list of every file is not in the worker: it is read when the reader saves, and must be this build's.
    expect(source).not.toContain('const FILES = [');
    expect(source).toContain(`const LIST = '${OFFLINE_LIST}';`);
    expect(/async function saveAll[\s\S]*?fetch\(LIST[\s\S]*?list\.version !== VERSION/.test(source)).toBe(true);
    // The offline page is fetched when the worker serves a page read, not on install.
    expect(/if \(navigation\) event\.waitUntil\(keepFallback\(\)/.test(source)).toBe(true);
    // Install adds only the shell; the full list is fetched by saveAll, run on a message or after an update.
    expect(/addEventListener\('install'[\s\S]*?addAll\(SHELL_FILES\)/.test(source)).toBe(true);
    expect(source.match(/saveAll\(/g)).toHaveLength(3);
    expect(source).toContain("caches.open(READ).then((cache) => cache.put(navigation ? pageKey(url) : request, copy))");
    expect(() => new Function(source)).not.toThrow();
  });
});
