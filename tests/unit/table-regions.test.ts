import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import rehypeTableRegions, { tableLabel } from '../../src/plugins/rehype-table-regions';

describe('Markdown tables in a scroll region', () => {
  const run = (html: string) => {
    const tree = fromHtml(html, { fragment: true });
    rehypeTableRegions()(tree as never);
    return toHtml(tree);
  };
  it('wraps each table in a focusable region named by its caption or the heading above it', () => {
    expect(run('<h2>Readings</h2><table><tr><td>x</td></tr></table>')).toBe(
      '<h2>Readings</h2><div class="table-scroll" role="region" tabindex="0" aria-label="Table under “Readings”"><table><tbody><tr><td>x</td></tr></tbody></table></div>',
    );
    expect(run('<table><caption>Actions</caption></table>')).toContain('aria-label="Table: Actions"');
    expect(tableLabel({ type: 'element', tagName: 'table', properties: {}, children: [] }, undefined)).toBe('Table');
  });
});
