import { describe, expect, it } from 'vitest';
import { highPriorityScripts, lowPriorityScripts, preloadImports } from '../../src/lib/script-priority';
import { moduleGraph } from '../../src/lib/search-preload';

describe('script priority', () => {
  const page = '<head><script type="module" src="/_astro/page.js"></script><script>theme()</script></head><body><main>x</main><script type="module" src="/_astro/toc.js"></script></body>';

  it('asks for every external module script at low priority, leaving inline scripts alone', () => {
    const out = lowPriorityScripts(page);
    expect(out).toBe('<head><script type="module" src="/_astro/page.js" fetchpriority="low"></script><script>theme()</script></head><body><main>x</main><script type="module" src="/_astro/toc.js" fetchpriority="low"></script></body>');
    expect(highPriorityScripts(page)).toEqual(['/_astro/page.js', '/_astro/toc.js']);
    expect(highPriorityScripts(out)).toEqual([]);
  });

  it('asks for preloaded modules at low priority too (the search page preloads its own), and leaves stylesheets alone', () => {
    const search = '<head><link rel="modulepreload" href="/pagefind/pagefind.js"><link rel="stylesheet" href="/_astro/a.css"></head>';
    expect(highPriorityScripts(search)).toEqual(['/pagefind/pagefind.js']);
    expect(lowPriorityScripts(search)).toBe('<head><link rel="modulepreload" href="/pagefind/pagefind.js" fetchpriority="low"><link rel="stylesheet" href="/_astro/a.css"></head>');
  });

  it('keeps a priority a script already has, and runs twice to the same page', () => {
    const high = '<script type="module" fetchpriority="high" src="/_astro/a.js"></script>';
    expect(lowPriorityScripts(high)).toBe(high);
    expect(lowPriorityScripts(lowPriorityScripts(page))).toBe(lowPriorityScripts(page));
  });

  describe('preloading what the scripts import', () => {
    // a imports b and c; c imports b and d; e imports d; page.js imports nothing.
    const code: Record<string, string> = {
      '/_astro/a.js': 'import{x as e}from"./b.js";import"./c.js";e()',
      '/_astro/b.js': 'export const x=()=>{}',
      '/_astro/c.js': 'import"./b.js";import{y}from"./d.js";y()',
      '/_astro/d.js': 'export const y=()=>import("./lazy.js")',
      '/_astro/e.js': 'import{y}from"./d.js";y()',
      '/_astro/page.js': 'prefetch()',
    };
    const graphOf = (src: string) => moduleGraph([src], (path) => code[path]!);

    it("names each module the page's scripts import, directly or not, once, at low priority, at the end of <head>, and not a dynamic import", () => {
      const html = '<head><script type="module" src="/_astro/page.js"></script><script type="module" src="/_astro/a.js"></script></head><body><script type="module" src="/_astro/e.js"></script></body>';
      expect(preloadImports(html, graphOf)).toBe(
        '<head><script type="module" src="/_astro/page.js"></script><script type="module" src="/_astro/a.js"></script>' +
          '<link rel="modulepreload" href="/_astro/b.js" fetchpriority="low"><link rel="modulepreload" href="/_astro/c.js" fetchpriority="low"><link rel="modulepreload" href="/_astro/d.js" fetchpriority="low">' +
          '</head><body><script type="module" src="/_astro/e.js"></script></body>',
      );
      // A script in <body> has what it imports named up front too.
      expect(preloadImports('<head></head><body><script type="module" src="/_astro/e.js"></script></body>', graphOf)).toBe(
        '<head><link rel="modulepreload" href="/_astro/d.js" fetchpriority="low"></head><body><script type="module" src="/_astro/e.js"></script></body>',
      );
      // With the scripts themselves at low priority too, nothing the page loads at start is asked for at high priority.
      expect(highPriorityScripts(lowPriorityScripts(preloadImports(html, graphOf)))).toEqual([]);
    });

    it('leaves out a module the page already loads or preloads, and runs twice to the same page', () => {
      const html = '<head><link rel="modulepreload" href="/_astro/d.js"><script type="module" src="/_astro/a.js"></script><script type="module" src="/_astro/b.js"></script></head>';
      const once = preloadImports(html, graphOf);
      expect([...once.matchAll(/modulepreload" href="([^"]+)"/g)].map((m) => m[1])).toEqual(['/_astro/d.js', '/_astro/c.js']);
      expect(preloadImports(once, graphOf)).toBe(once);
    });

    it('leaves a page without module scripts, or with inline ones only, as it is, and says which page has no <head> for its preloads', () => {
      const html = '<head><script>theme()</script><script type="module">import"/_astro/b.js"</script></head>';
      expect(preloadImports(html, graphOf)).toBe(html);
      expect(() => preloadImports('<script type="module" src="/_astro/a.js"></script>', graphOf, 'tools/x/index.html')).toThrow(/tools\/x\/index\.html has no <\/head>/);
    });
  });
});
