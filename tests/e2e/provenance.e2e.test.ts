/**
 * The provenance pages in Chromium, for every document that has a source text: the document page
 * links to its provenance page and says whether its review is complete; the provenance page lists
 * every clause in page order with its review status, notes and findings as the review file records
 * them, and every duty, role and structure line the content derives from the document, each
 * linking back to where it is shown. Expectations come from the content (tests/content.ts), so the
 * checks hold for any trust and any document, reviewed or not.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from './harness';
import { bodies, clausesOf, documents, duties, reviews, some } from '../content';
import { provenanceHref, reviewCoverage } from '../../src/lib/reviews';

const site = useSite();
const sourced = some(
  documents().filter((d) => d.data.source),
  'document with a source text',
);

describe.each(sourced.map((d) => [d.id, d] as const))('%s', (id) => {
  const review = reviews().find((r) => r.document === id);
  const clauses = clausesOf(id);
  const coverage = reviewCoverage(clauses, review?.data);

  it('the document page links to its provenance page and says how far the review has got', async () => {
    const page = await site.open(`/${id}/`);
    const status = page.locator('[data-review-status]');
    const state = await status.getAttribute('data-review-status');
    const text = (await status.textContent())!.replace(/\s+/g, ' ');
    if (!coverage.complete) {
      expect(state).toBe('under-way');
      expect(text).toContain(`Review under way: ${coverage.reviewed} of ${coverage.total} clauses reviewed`);
    } else if (state === 'complete') {
      expect(text).toContain('Every clause has been reviewed');
    } else {
      // Every clause has an entry, but the claims about the whole document await review.
      expect(state).toBe('under-way');
      expect(text).toContain('about the whole document not yet reviewed');
    }
    const link = status.getByRole('link');
    expect(await link.getAttribute('href')).toBe(provenanceHref(id));
    await link.click();
    await page.waitForURL(`**${provenanceHref(id)}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^Provenance: /);
    await page.close();
  });

  it('lists every clause in page order, each linking to it, with the review’s status, notes and findings', async () => {
    const page = await site.open(provenanceHref(id));
    const listed = await page.locator('[data-clause-review]').evaluateAll((els) =>
      els.map((el) => ({
        clause: el.getAttribute('data-clause-review')!,
        status: el.getAttribute('data-review')!,
        href: el.querySelector('h3 a')?.getAttribute('href'),
        note: el.querySelector(':scope > .provenance-note')?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
        findings: el.querySelectorAll(':scope > .provenance-finding').length,
      })),
    );
    const entries = new Map((review?.data.clauses ?? []).map((e) => [e.clause, e]));
    expect(listed.map((l) => l.clause)).toEqual(clauses);
    for (const l of listed) {
      const entry = entries.get(l.clause);
      expect(l.href, l.clause).toBe(`/${id}/#${l.clause}`);
      expect(l.status, l.clause).toBe(entry ? (entry.none ? 'none' : 'reviewed') : 'unreviewed');
      expect(l.findings, l.clause).toBe(entry?.findings.length ?? 0);
      expect(l.note, l.clause).toBe(entry?.note ? `Note: ${entry.note.replace(/\s+/g, ' ').trim()}` : null);
    }
    expect(await page.locator('[data-provenance]').getAttribute('data-reviewed')).toBe(String(coverage.reviewed));
    await page.close();
  });

  it('shows every duty and role marked in the document under its clause, linking to the marked words', async () => {
    const marks = duties().filter((d) => d.document === id);
    const page = await site.open(provenanceHref(id));
    for (const duty of marks) {
      const claim = page.locator(`[data-clause-review="${duty.clause}"] [data-claim="duty:${id}:${duty.clause}:${duty.ordinal}"]`);
      await expect(claim.count(), `${duty.clause} #${duty.ordinal}`).resolves.toBe(1);
      expect(await claim.getAttribute('data-claim-kind')).toBe(duty.type);
      expect(await claim.locator(`a[href="/${id}/#${duty.anchor}"]`).count()).toBe(1);
    }
    await page.close();
  });

  it('shows every structure line that quotes the document under the clause it quotes', async () => {
    const lines = bodies().flatMap((b) => b.lines.filter((l) => l.quote.citation.document === id).map((l) => ({ ...l, from: b.id, trust: b.trust })));
    const page = await site.open(provenanceHref(id));
    for (const line of lines) {
      const claim = page.locator(`[data-clause-review="${line.quote.citation.clause}"] [data-claim="line:${line.from}:${line.kind}:${line.to}"]`);
      await expect(claim.count(), `${line.from} ${line.kind} ${line.to}`).resolves.toBe(1);
      expect(await claim.locator(`a[href="/${line.trust}/#structure"]`).count()).toBe(1);
    }
    await page.close();
  });

  it('a link to a claim shown in full under another clause opens it there', async () => {
    const page = await site.open(provenanceHref(id));
    const link = page.getByRole('link', { name: /^in full under / }).first();
    if ((await link.count()) === 0) return page.close(); // every claim of this document rests on one clause
    const target = (await link.getAttribute('href'))!;
    await link.click();
    await expect(page.locator(`[id="${target.slice(1)}"]`).isVisible()).resolves.toBe(true);
    await page.close();
  });
});
