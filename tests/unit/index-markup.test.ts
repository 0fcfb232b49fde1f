import { describe, expect, it } from 'vitest';
import { stripIndexMarkup } from '../../src/lib/index-markup';

describe('markup only the search index reads', () => {
  it('unwraps a later use of an acronym and drops Pagefind attributes, keeping the words and the reader’s expansion', () => {
    const page =
      '<main data-pagefind-body class="x"><p>The <abbr title="Children and Young People\'s Plan" data-pagefind-index-attrs="title">CYPP</abbr> and the ' +
      '<span data-expansion="Children and Young People\'s Plan" data-pagefind-index-attrs="data-expansion">CYPP</span>.</p>' +
      '<div class="duty-bearers" data-pagefind-ignore><p>Duty of</p></div><span data-pagefind-filter="type:Agreement" hidden></span><span data-pagefind-meta="title:T"></span><p data-pagefind-ignore="all">x</p></main>';
    expect(stripIndexMarkup(page)).toBe(
      '<main class="x"><p>The <abbr title="Children and Young People\'s Plan">CYPP</abbr> and the CYPP.</p>' +
        '<div class="duty-bearers"><p>Duty of</p></div><span hidden></span><span></span><p>x</p></main>',
    );
  });

  it('leaves text about the attributes, scripts, styles and the search widget’s own attributes alone', () => {
    const page =
      '<p>Mark it with <code>&lt;div data-pagefind-ignore&gt;</code> data-pagefind-ignore</p><script>const s = `<p data-pagefind-ignore>`;</script>' +
      '<style>[data-pagefind-ignore]{color:red}</style><gov-search data-pagefind-tag="en_1"></gov-search>';
    expect(stripIndexMarkup(page)).toBe(page);
  });
});
