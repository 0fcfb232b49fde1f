import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { LAZY_MODULES, lazyModuleAttribute, linkLazyModules } from '../../src/lib/lazy-modules';

describe('modules loaded on demand', () => {
  it('names modules that exist', () => {
    for (const path of Object.values(LAZY_MODULES)) expect(existsSync(path), path).toBe(true);
  });
  it('writes the name for the build to replace, or in development the source the dev server serves', () => {
    expect(lazyModuleAttribute('figure-file', false)).toBe('figure-file');
    expect(lazyModuleAttribute('figure-file', true)).toBe(`/${LAZY_MODULES['figure-file']}`);
  });
  it('replaces each name with the built module and its imports, entry first, and fails on a name the build did not make', () => {
    const built = new Map([
      ['live-search', ['/_astro/live-search.A.js', '/_astro/results.B.js']],
      ['figure-file', ['/_astro/figure-file.C.js']],
    ]);
    const html = '<form data-lazy-module="live-search"></form><gov-figure-download data-lazy-module="figure-file"></gov-figure-download>';
    expect(linkLazyModules(html, built)).toBe(
      '<form data-lazy-module="/_astro/live-search.A.js /_astro/results.B.js"></form><gov-figure-download data-lazy-module="/_astro/figure-file.C.js"></gov-figure-download>',
    );
    // Linked once: the addresses are left as they are.
    expect(linkLazyModules(linkLazyModules(html, built), built)).toBe(linkLazyModules(html, built));
    expect(() => linkLazyModules('<p data-lazy-module="maps"></p>', built, 'kent/index.html')).toThrow(
      'kent/index.html: data-lazy-module="maps" names no module the build made; the modules are live-search, figure-file',
    );
    expect(() => linkLazyModules(html, new Map([['live-search', ['/_astro/a b.js']], ['figure-file', ['/x.js']]]))).toThrow('cannot go into an attribute');
  });
});
