import { describe, expect, it } from 'vitest';
import { highPriorityScripts, lowPriorityScripts, scriptsAreContent } from '../../src/lib/script-priority';

describe('script priority', () => {
  const page = '<head><script type="module" src="/_astro/page.js"></script><script>theme()</script></head><body><main>x</main><script type="module" src="/_astro/toc.js"></script></body>';

  it('asks for every external module script at low priority, leaving inline scripts alone', () => {
    const out = lowPriorityScripts(page);
    expect(out).toBe('<head><script type="module" src="/_astro/page.js" fetchpriority="low"></script><script>theme()</script></head><body><main>x</main><script type="module" src="/_astro/toc.js" fetchpriority="low"></script></body>');
    expect(highPriorityScripts(page)).toEqual(['/_astro/page.js', '/_astro/toc.js']);
    expect(highPriorityScripts(out)).toEqual([]);
  });

  it('keeps a priority a script already has, and runs twice to the same page', () => {
    const high = '<script type="module" fetchpriority="high" src="/_astro/a.js"></script>';
    expect(lowPriorityScripts(high)).toBe(high);
    expect(lowPriorityScripts(lowPriorityScripts(page))).toBe(lowPriorityScripts(page));
  });

  it('leaves the search page as it is: its scripts show its results', () => {
    const search = `${page}<gov-search data-widget="search"></gov-search>`;
    expect(scriptsAreContent(search)).toBe(true);
    expect(lowPriorityScripts(search)).toBe(search);
    expect(scriptsAreContent(page)).toBe(false);
  });
});
