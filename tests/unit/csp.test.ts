import { describe, expect, it } from 'vitest';
import { addPolicy, buildPolicy, findInlineBlocks, hashBlocks, hashSource, runsAsScript } from '../../src/lib/csp';

describe('finding inline scripts and styles', () => {
  it('takes inline scripts and styles, not scripts with a src', () => {
    const html = '<head><script>a()</script><script type="module" src="/_astro/x.js"></script><style>p{}</style></head>';
    expect(findInlineBlocks(html)).toEqual([
      { kind: 'script', text: 'a()' },
      { kind: 'style', text: 'p{}' },
    ]);
  });
  it('leaves out data blocks, which the browser never runs', () => {
    const html = '<script type="application/json" data-tool-data>{"a":1}</script><script type="module">b()</script>';
    expect(findInlineBlocks(html)).toEqual([{ kind: 'script', text: 'b()' }]);
    expect(['', 'module', 'text/javascript', 'importmap'].map((t) => runsAsScript(` type="${t}"`))).toEqual([true, true, true, true]);
    expect(runsAsScript(' type="application/ld+json"')).toBe(false);
  });
  it('keeps an HTML script or style as written: character references are not decoded there', () => {
    expect(findInlineBlocks('<style>a::after{content:"&amp;"}</style>')).toEqual([{ kind: 'style', text: 'a::after{content:"&amp;"}' }]);
  });
  it('decodes references and CDATA in a <style> inside an inline SVG, as the parser does (Mermaid)', () => {
    const html = '<p><svg id="m"><style>#m .a&gt;b{fill:red}<![CDATA[ i>j &amp; ]]></style><g/></svg><style>x&gt;y{}</style></p>';
    expect(findInlineBlocks(html).map((b) => b.text)).toEqual(['#m .a>b{fill:red} i>j &amp; ', 'x&gt;y{}']);
  });
  it('skips comments and normalises line endings', () => {
    expect(findInlineBlocks('<!-- <script>no()</script> --><script>\r\nyes()\r</script>')).toEqual([{ kind: 'script', text: '\nyes()\n' }]);
  });
  it('reads attributes that contain ">"', () => {
    expect(findInlineBlocks('<script data-x="a>b">c()</script>')).toEqual([{ kind: 'script', text: 'c()' }]);
  });
});

describe('hashing', () => {
  it('matches the worked example in the CSP specification guides: alert(\'Hello, world.\');', () => {
    expect(hashSource("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
  });
  it('hashes the empty text too (an empty inline element still needs allowing)', () => {
    expect(hashSource('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
  it('lists each distinct hash once, scripts and styles apart', () => {
    const hashes = hashBlocks([
      { kind: 'script', text: 'a' },
      { kind: 'script', text: 'a' },
      { kind: 'style', text: 'a' },
    ]);
    expect(hashes).toEqual({ scripts: [hashSource('a')], styles: [hashSource('a')] });
  });
});

describe('the policy', () => {
  it('allows the site, Pagefind\'s wasm, the hashed blocks, and no inline script', () => {
    const policy = buildPolicy({ scripts: ["'sha256-S'"], styles: ["'sha256-T'"] });
    expect(policy).toMatchInlineSnapshot(
      `"default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-S'; style-src 'self' 'sha256-T'; style-src-attr 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'"`,
    );
    expect(policy.split('; ').find((d) => d.startsWith('script-src '))).not.toContain('unsafe-inline');
  });
  it('goes in as the first child of <head>', () => {
    const { html, scripts, styles } = addPolicy('<!DOCTYPE html><html><head lang="en"><title>t</title><script>a()</script></head><body><header></header></body></html>');
    expect(html).toMatch(/^<!DOCTYPE html><html><head lang="en"><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-[^']+'; style-src 'self'; /);
    expect([scripts, styles]).toEqual([1, 0]);
  });
  it('goes after a leading <meta charset>, which must stay in the first 1,024 bytes, and before any script', () => {
    const scripts = Array.from({ length: 40 }, (_, i) => `<script>s${i}()</script>`).join('');
    const { html } = addPolicy(`<html><head><meta charset="utf-8"/>${scripts}</head></html>`);
    expect(html.indexOf('<meta charset="utf-8"/>')).toBe(12);
    expect(html.indexOf('<meta http-equiv="Content-Security-Policy"')).toBe(12 + '<meta charset="utf-8"/>'.length);
  });
  it('refuses a page without a head, or with a policy already, and says which page', () => {
    expect(() => addPolicy('<p>no head</p>', 'kent/index.html')).toThrowErrorMatchingInlineSnapshot(
      `[Error: kent/index.html has no <head> element, so its Content Security Policy has nowhere to go.]`,
    );
    expect(() => addPolicy('<head><meta http-equiv="Content-Security-Policy" content="x"></head>', '404.html')).toThrowErrorMatchingInlineSnapshot(
      `[Error: 404.html already has a Content Security Policy meta tag; remove it so that the build step writes the only one.]`,
    );
  });
});
