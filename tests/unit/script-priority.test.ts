import { describe, expect, it } from 'vitest';
import { highPriorityScripts, lowPriorityScripts } from '../../src/lib/script-priority';

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
});
