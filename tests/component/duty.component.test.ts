/**
 * The <Duty> mark's HTML, through the Astro Container API: the words stay as written inside an
 * element with the duty's anchor and status; a passage outside a <Clause> says whose duty it is,
 * and its status and scope, under itself, linking to the partner pages (with partner names from
 * content/partners/) or, for a duty of a board as a body, to the board on the trust page.
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
      { partners: 'partner-representatives', topics: 'attendance', status: 'in-force', subject: 'Members', clause: 'paa-9', ordinal: '1', inClause: 'true', block: 'false' },
      words,
    );
    expect(html).toBe(`<span class="duty" id="duty-paa-9-1" data-duty="duty" data-partners="partner-representatives" data-status="in-force">${words}</span>`);
  });
  it('Kent 14, a block under a numbered heading: says whose role it is, linked, its status, and not indexed twice', async () => {
    const html = await render(
      { partners: 'youth-offending-services primary-care-trusts', topics: 'accountability', type: 'role', status: 'in-force', subject: 'the YOS representative', clause: '14', ordinal: '1', inClause: 'false', block: 'true' },
      '<ul><li>Kent Youth Justice Board - through the YOS representative</li></ul>',
    );
    expect(html).toMatch(/^<div class="duty duty-block" id="duty-14-1" data-duty="role" data-partners="youth-offending-services primary-care-trusts" data-status="in-force">/);
    expect(html).toContain('<li>Kent Youth Justice Board - through the YOS representative</li>');
    expect(html).toMatch(
      /<p class="duty-bearers" data-pagefind-ignore>\s*Role of:\s*<a href="\/partners\/youth-offending-services\/">Youth offending services<\/a> · <a href="\/partners\/primary-care-trusts\/">Primary care trusts \(NHS\)<\/a>\s*— <span class="duty-status" data-status="in-force">In force<\/span>/,
    );
  });
  it('Harrow 4.0, a proposal of the board as a body: the status and the scope show under the passage', async () => {
    const html = await render(
      { bodies: 'harrow-ct-board', topics: 'meetings', status: 'proposed', subject: 'The board', scope: 'only 3 times each year', clause: '4.0', ordinal: '2', inClause: 'false', block: 'true' },
      '<p>The board will meet only 3 times each year to:</p>',
    );
    expect(html).toContain('data-bodies="harrow-ct-board" data-status="proposed"');
    expect(html).toMatch(/Duty of:\s*<a href="\/[^"]*#body-harrow-ct-board">Children(?:'|&#39;)s Trust Board \(as a body\)<\/a>\s*— <span class="duty-status" data-status="proposed">Proposed<\/span><span class="duty-scope">; scope: “only 3 times each year”<\/span>/);
  });
  it('a block inside a <Clause> leaves whose duty it is to the clause', async () => {
    const html = await render(
      { partners: 'partner-representatives', topics: 'membership', status: 'in-force', subject: 'agency representatives', clause: '9.1', ordinal: '1', inClause: 'true', block: 'true' },
      '<p>Membership criteria</p>',
    );
    expect(html).not.toContain('duty-bearers');
  });
});
