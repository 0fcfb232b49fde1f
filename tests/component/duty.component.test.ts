/**
 * The <Duty> mark's HTML, through the Astro Container API: the words stay as written inside an
 * element with the duty's anchor; a passage outside a <Clause> says whose duty it is under itself,
 * linking to the partner pages (with partner names from content/partners/).
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Duty from '../../src/components/Duty.astro';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

async function render(props: Record<string, string>, words: string): Promise<string> {
  const html = await container.renderToString(Duty, { props, slots: { default: words } });
  return html.replace(/ data-astro-source-(?:file|loc)="[^"]*"/g, '');
}

describe('Duty.astro', () => {
  it('Kent PAA 9, inline inside its clause: the words in a span with the anchor, nothing added', async () => {
    const words = 'Commit to attending a minimum of 3 out of 4 meetings of KCT in a year (April to March).';
    const html = await render(
      { partners: 'partner-representatives', topics: 'attendance', clause: 'paa-9', ordinal: '1', inClause: 'true', block: 'false' },
      words,
    );
    expect(html).toBe(`<span class="duty" id="duty-paa-9-1" data-duty="duty" data-partners="partner-representatives">${words}</span>`);
  });
  it('Kent 14, a block under a numbered heading: says whose role it is, linked, and not indexed twice', async () => {
    const html = await render(
      { partners: 'youth-offending-services primary-care-trusts', topics: 'accountability', type: 'role', clause: '14', ordinal: '1', inClause: 'false', block: 'true' },
      '<ul><li>Kent Youth Justice Board - through the YOS representative</li></ul>',
    );
    expect(html).toMatch(/^<div class="duty duty-block" id="duty-14-1" data-duty="role" data-partners="youth-offending-services primary-care-trusts">/);
    expect(html).toContain('<li>Kent Youth Justice Board - through the YOS representative</li>');
    expect(html).toMatch(
      /<p class="duty-bearers" data-pagefind-ignore>\s*Role of:\s*<a href="\/partners\/youth-offending-services\/">Youth offending services<\/a> · <a href="\/partners\/primary-care-trusts\/">Primary care trusts \(NHS\)<\/a>/,
    );
  });
  it('a block inside a <Clause> leaves whose duty it is to the clause', async () => {
    const html = await render(
      { partners: 'partner-representatives', topics: 'membership', clause: '9.1', ordinal: '1', inClause: 'true', block: 'true' },
      '<p>Membership criteria</p>',
    );
    expect(html).not.toContain('duty-bearers');
  });
});
