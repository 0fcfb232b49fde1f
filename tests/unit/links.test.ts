/** The link check's pure parts (src/lib/links.ts): what counts as a link, an id and a page's file. */
import { describe, expect, test } from 'vitest';
import { decodeEntities, filesFor, idsIn, isInternal, linksIn, pagePath, splitLink } from '../../src/lib/links';

describe('linksIn', () => {
  test('keeps root-relative and fragment links, decoded, and skips other schemes', () => {
    const html = `
      <a href="/kent/">Kent</a> <a href='#clause-10.4'>10.4</a> <a href=/x.json>x</a>
      <a href="/search/?q=a&amp;b#r">q</a>
      <a href="//cdn.example/x">cdn</a> <a href="https://example.org/">ext</a> <a href="mailto:a@b">m</a>
      <a href="tel:1">t</a> <a href="blob:x">b</a> <a href="data:text/plain,x">d</a> <a href="relative/">r</a>
      <link rel="stylesheet" href="/_astro/site.css">`;
    expect(linksIn(html).map((l) => l.href)).toEqual(['/kent/', '#clause-10.4', '/x.json', '/search/?q=a&b#r', '/_astro/site.css']);
  });

  test('takes the src of iframes only', () => {
    const html = '<iframe title="Quorum" src="/embed/quorum/kent-quorum/"></iframe><img src="/logo.svg" alt="">';
    expect(linksIn(html)).toEqual([{ attribute: 'src', href: '/embed/quorum/kent-quorum/' }]);
  });

  test('ignores what is inside scripts, styles and comments, and a ">" inside a quoted value', () => {
    const html = `<script>const a = '<a href="/in-script/">';</script><style>a[href="/in-style/"]{}</style>
      <!-- <a href="/commented/"> --><a title="a > b" href="/after/">x</a>`;
    expect(linksIn(html).map((l) => l.href)).toEqual(['/after/']);
  });
});

describe('idsIn', () => {
  test('collects ids, with "." and brackets, and the name of anchors', () => {
    const html = '<h2 id="clause-9.5(d)">9.5(d)</h2><section id="a&amp;b"></section><a name="old"></a><meta name="viewport">';
    expect([...idsIn(html)]).toEqual(['clause-9.5(d)', 'a&b', 'old']);
  });
});

describe('splitLink', () => {
  test('drops the query and decodes both parts', () => {
    expect(splitLink('/kent/?q=x#clause-10.4')).toEqual({ path: '/kent/', fragment: 'clause-10.4' });
    expect(splitLink('#9.5(d)')).toEqual({ path: undefined, fragment: '9.5(d)' });
    expect(splitLink('/a%20b/#c%20d')).toEqual({ path: '/a b/', fragment: 'c d' });
    expect(splitLink('/search/?q=1')).toEqual({ path: '/search/', fragment: undefined });
  });
});

describe('filesFor', () => {
  test('a trailing-slash path is its index.html; a path with an extension is the file', () => {
    expect(filesFor('/')).toEqual(['index.html']);
    expect(filesFor('/kent/partnership-agreement-2008/')).toEqual(['kent/partnership-agreement-2008/index.html']);
    expect(filesFor('/search-records.json')).toEqual(['search-records.json']);
    expect(filesFor('/kent')).toEqual(['kent', 'kent/index.html', 'kent.html']);
  });

  test('pagePath is its inverse for pages', () => {
    expect(pagePath('index.html')).toBe('/');
    expect(pagePath('kent/index.html')).toBe('/kent/');
    expect(pagePath('404.html')).toBe('/404.html');
  });
});

test('isInternal and decodeEntities', () => {
  expect(['/a/', '#b', '//c', 'http://d', 'e/'].map(isInternal)).toEqual([true, true, false, false, false]);
  expect(decodeEntities('&lt;a&gt; &quot;&#39;&#x27;&amp;amp;')).toBe(`<a> "''&amp;`);
});
