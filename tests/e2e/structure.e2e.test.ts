/**
 * Structure diagrams, figure downloads, the comparison and the briefings, in Chromium on the built
 * site. The diagrams are checked against the bodies data: every body drawn once, every line drawn.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from './harness';
import { bodies, bodiesOf, briefings, rules, some, trusts } from '../content';
import { compareRows, RULE_ROWS } from '../../src/lib/compare';
import { factStatus, statusNote } from '../../src/lib/claims';
import { partnerHref } from '../../src/lib/partners';
import { nodeId } from '../../src/lib/mermaid';

const site = useSite();

const TRUSTS = some(trusts(), 'trust').map((t) => t.id);
const withBodies = some(TRUSTS.filter((id) => bodiesOf(id).length > 0), 'trust with bodies');
/** The trust with the most bodies: the largest diagram. */
const largest = [...withBodies].sort((a, b) => bodiesOf(b).length - bodiesOf(a).length)[0]!;

describe('structure diagrams', () => {
  it.each(withBodies)('%s: every body appears once and every line is drawn, on the trust page', async (trust) => {
    const data = bodiesOf(trust);
    const lines = data.flatMap((b) => b.lines.map((l) => ({ from: b.id, ...l })));
    const page = await site.open(`/${trust}/`);
    const figure = page.locator(`#structure-${trust}`);
    for (const body of data) {
      const id = `n_${body.id.replace(/-/g, '_')}`;
      expect(await figure.locator(`svg g.node[id*="-flowchart-${id}-"]`).count(), body.id).toBe(1);
      // Each node links to the body's section on the trust page, and the section exists.
      expect(await figure.locator(`svg a[href="/${trust}/#body-${body.id}"], svg a[*|href="/${trust}/#body-${body.id}"]`).count(), body.id).toBe(1);
      expect(await page.locator(`[id="body-${body.id}"]`).count()).toBe(1);
    }
    expect(await figure.locator('svg .edgePaths path').count()).toBe(lines.length);
    // The text version lists the same bodies and lines.
    const text = page.locator('[data-structure-text]');
    expect(await text.locator('[data-body]').count()).toBe(data.length);
    for (const line of lines) expect(await text.locator(`[data-line="${line.from} ${line.kind} ${line.to}"]`).count()).toBe(1);
    // The caption says which clauses the lines were drawn from, or that there are none.
    expect(await figure.locator('figcaption').textContent()).toMatch(lines.length > 0 ? /Drawn from clauses? / : /No lines between its bodies are recorded\./);
    await page.close();
  });

  it.each(withBodies)('%s: a line not in force is dashed and labelled with its status, and its scope shows on the line, in the text version and in the body panel', async (trust) => {
    const data = bodiesOf(trust);
    const ids = new Set(data.map((b) => b.id));
    const lines = data.flatMap((b) => b.lines.filter((l) => ids.has(l.to)).map((l) => ({ from: b.id, ...l })));
    const page = await site.open(`/${trust}/`);
    const figure = page.locator(`#structure-${trust}`);
    // What the picture draws, read from Mermaid's SVG: each edge's pattern and dashes, each label's text.
    const drawn = await figure.locator('svg').evaluate((svg) => ({
      // Dashed: a dash pattern with a length above zero ("none" and "0" are solid).
      edges: [...svg.querySelectorAll('.edgePaths path')].map((p) => ({
        id: p.getAttribute('data-id') ?? '',
        dashed: getComputedStyle(p).strokeDasharray.split(/[\s,]+/).some((v) => Number.parseFloat(v) > 0),
      })),
      // Mermaid breaks a label into rows of tspans; the words are compared without their spaces.
      labels: [...svg.querySelectorAll('.edgeLabel [data-id]')].map((l) => ({ id: l.getAttribute('data-id') ?? '', text: (l.textContent ?? '').replace(/\s+/g, '') })),
    }));
    for (const line of lines) {
      const pair = `L_${nodeId(line.from)}_${nodeId(line.to)}_`;
      const edges = drawn.edges.filter((e) => e.id.startsWith(pair));
      const labels = drawn.labels.filter((l) => l.id.startsWith(pair)).map((l) => l.text);
      const what = `${line.from} ${line.kind} ${line.to}`;
      expect(edges.length, what).toBeGreaterThan(0);
      if (line.status === 'in-force') {
        expect(edges.some((e) => !e.dashed), what).toBe(true);
      } else {
        expect(edges.some((e) => e.dashed), what).toBe(true);
        expect(labels.some((t) => t.startsWith(`${line.status}:`)), `${what}: ${labels.join(' | ')}`).toBe(true);
      }
      if (line.status === 'in-force') {
        expect(labels.some((t) => /^(proposed|recommended|aspiration):/.test(t)), `${what}: ${labels.join(' | ')}`).toBe(false);
      }
      if (line.scope) expect(labels.some((t) => t.includes(`“${line.scope}”`.replace(/\s+/g, ''))), `${what}: ${labels.join(' | ')}`).toBe(true);
      // The text version and the body panels (of both ends) say the same.
      for (const scope of [page.locator('[data-structure-text]'), page.locator(`[data-body-panel="${line.from}"]`), page.locator(`[data-body-panel="${line.to}"]`)]) {
        const item = scope.locator(`[data-line="${what}"][data-status="${line.status}"]`);
        expect(await item.count(), what).toBe(1);
        const text = (await item.textContent())!.replace(/\s+/g, ' ');
        const note = statusNote(line.status);
        if (note) expect(text, what).toContain(note);
        else expect(text, what).not.toContain('not in force');
        if (line.scope) expect(text, what).toContain(`“${line.scope}”`);
        if (line.subject) expect(text, what).toContain(`“${line.subject}”`);
      }
    }
    // Every dashed edge is a line not in force: nothing else is drawn dashed.
    expect(drawn.edges.filter((e) => e.dashed).length).toBe(lines.filter((l) => l.status !== 'in-force').length);
    await page.close();
  });

  it('Kent 2007 5.3 is a recommendation: the scrutiny lines read "recommended" in the embed, with "Cabinet are asked to:", and in the comparison', async () => {
    const lines = some(
      bodies().flatMap((b) => b.lines.filter((l) => l.quote.citation.document === 'kent/governance-framework-2007' && l.quote.citation.clause === '5.3').map((l) => ({ from: b.id, ...l }))),
      'line citing Kent 2007 5.3',
    );
    const page = await site.open('/embed/structure/kent/');
    for (const line of lines) {
      const text = await page.locator(`[data-line="${line.from} ${line.kind} ${line.to}"]`).textContent();
      expect(text).toContain('Recommended, not in force');
      expect(text).toContain('“Cabinet are asked to:”');
    }
    await page.close();
    const compare = await site.open('/compare/');
    const scrutiny = compare.locator('tr[data-row="scrutiny"] td[data-trust="kent"]');
    expect(await scrutiny.locator('[data-claim-status="recommended"]').count()).toBeGreaterThan(0);
    expect(await scrutiny.locator('[data-claim-status="in-force"]').count()).toBe(0);
    await compare.close();
  });

  it('Durham 6.9 keeps its scope: the comparison says the Children’s Trust is accountable “for performance in relation to those targets included within the CYP block”', async () => {
    const page = await site.open('/compare/');
    const links = (await page.locator('tr[data-row="links"] td[data-trust="durham"]').textContent())!.replace(/\s+/g, ' ');
    expect(links).toContain('is accountable to Local Area Agreement Board, “for performance in relation to those targets included within the CYP block”');
    expect(links).not.toMatch(/Executive Board of the Children's Trust is accountable to/);
    await page.close();
  });

  it('a seat the words only propose or hope for shows its status on the partner’s page (Harrow 3.0: "We also aspire to having young people represented")', async () => {
    const seats = some(
      bodies().flatMap((b) => b.members.map((m) => ({ body: b, partner: m.partner, role: m.role, status: factStatus(m, b).status })).filter((m) => m.status !== 'in-force')),
      'member not in force',
    );
    for (const seat of seats) {
      const page = await site.open(partnerHref(seat.partner));
      const items = page.locator(`li[data-claim-status="${seat.status}"]`, { hasText: `listed as “${seat.role}”` });
      expect(await items.count(), `${seat.partner} on ${seat.body.id}`).toBeGreaterThan(0);
      expect(await items.first().textContent()).toContain(statusNote(seat.status)!);
      await page.close();
    }
  });

  it.each(TRUSTS.filter((id) => bodiesOf(id).length === 0))('%s, with no bodies yet, says so instead of drawing', async (trust) => {
    const page = await site.open(`/${trust}/`);
    expect(await page.locator(`#structure-${trust}`).count()).toBe(0);
    await expect(page.locator('main').textContent()).resolves.toContain('No bodies are recorded for this trust yet.');
    await page.close();
  });

  it('the structure embed stands alone, links back and sizes its iframe', async () => {
    const page = await site.open(`/embed/structure/${largest}/`);
    expect(await page.locator('nav, header.header').count()).toBe(0);
    expect(await page.locator(`a[target="_top"][href="/${largest}/#structure"]`).count()).toBe(1);
    await page.close();
    expect(await site.frameHeight(`/embed/structure/${largest}/`)).toBeGreaterThan(300);
  });

  it.each(withBodies)('the %s trust page offers embed code for its diagram', async (trust) => {
    const page = await site.open(`/${trust}/`);
    expect(await page.locator('[data-embed-code] textarea').inputValue()).toContain(`/embed/structure/${trust}/`);
    await page.close();
  });
});

describe('downloads', () => {
  async function download(page: Page, scope: string, format: 'SVG' | 'PNG') {
    const [file] = await Promise.all([page.waitForEvent('download'), page.locator(scope).getByRole('button', { name: `Download ${format}` }).click()]);
    const path = await file.path();
    return { name: file.suggestedFilename(), bytes: readFileSync(path) };
  }

  it('a structure diagram downloads as valid SVG with its sources and the date drawn in', async () => {
    const page = await site.open('/kent/');
    const { name, bytes } = await download(page, 'gov-figure-download[data-file="kent-structure"]', 'SVG');
    expect(name).toMatch(/^kent-structure-\d{4}-\d{2}-\d{2}\.svg$/);
    const checked = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return { error: doc.querySelector('parsererror')?.textContent ?? null, root: doc.documentElement.localName, text: doc.documentElement.textContent ?? '' };
    }, bytes.toString('utf8'));
    expect(checked.error).toBeNull();
    expect(checked.root).toBe('svg');
    expect(checked.text).toContain('Drawn from clauses');
    expect(checked.text).toContain('Kent partnership agreement (2008)');
    const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    expect(checked.text).toContain(today);
    expect(checked.text).toContain('KCT Board');
    await page.close();
  });

  it('a structure diagram downloads as a PNG', async () => {
    const page = await site.open('/durham/');
    const { name, bytes } = await download(page, 'gov-figure-download[data-file="durham-structure"]', 'PNG');
    expect(name).toMatch(/\.png$/);
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(bytes.readUInt32BE(16)).toBeGreaterThan(600); // width from the IHDR chunk, at twice the size
    await page.close();
  });

  it('a tool downloads its current answer, with the clause, as SVG and PNG', async () => {
    const page = await site.open('/tools/quorum/kent-quorum/?present=chair&present=kcc&present=kent-police&present=yos&present=district-councils');
    await page.locator('gov-quorum[data-result="quorate"]').waitFor();
    const svg = await download(page, 'gov-figure-download[data-file="kent-quorum"]', 'SVG');
    const text = svg.bytes.toString('utf8');
    expect(text).toContain('Quorate: 5 seats of 7 filled');
    expect(text).toContain('Kent partnership agreement (2008), 10.4');
    expect(text).toContain('present=chair');
    const png = await download(page, 'gov-figure-download[data-file="kent-quorum"]', 'PNG');
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    await page.close();
  });

  it('the action-plan timeline downloads its answer for the date chosen', async () => {
    const page = await site.open('/kent/plans/kent-change-for-children-2010/?asat=2010-06-30');
    const svg = await download(page, 'gov-figure-download[data-file="kent-change-for-children-2010-timeline"]', 'SVG');
    expect(svg.bytes.toString('utf8')).toContain('16 of 32 actions due by 30 June 2010.');
    await page.close();
  });

  it('a protocol flowchart downloads as a PNG', async () => {
    const page = await site.open('/tools/dispute/durham-dispute/');
    const png = await download(page, 'gov-figure-download[data-file="durham-dispute-flowchart"]', 'PNG');
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    await page.close();
  });
});

describe('comparison', () => {
  it('every cell cites its clause or says the document does not state it', async () => {
    const page = await site.open('/compare/');
    // A citation is a link to a clause of one of the trusts' documents.
    const citation = `^/(${TRUSTS.join('|')})/[^#]+/#`;
    const cells = await page.locator('[data-compare] td').evaluateAll(
      (tds, pattern) =>
        tds.map((td) => ({
          row: td.closest('tr')!.dataset.row,
          trust: (td as HTMLElement).dataset.trust,
          kind: (td as HTMLElement).dataset.cell,
          cites: [...td.querySelectorAll('a')].some((a) => new RegExp(pattern).test(a.getAttribute('href') ?? '')),
          silent: /Not stated in this document/.test(td.textContent ?? ''),
        })),
      citation,
    );
    // A cell for every question and every trust.
    expect(cells.length).toBe(compareRows([]).length * TRUSTS.length);
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) expect(cell.cites || cell.silent, `${cell.row} ${cell.trust}`).toBe(true);
    // Checked by hand: Kent 10.4 sets a quorum, Harrow sets none; Kent meets quarterly (10.1).
    const cell = (row: string, trust: string) => page.locator(`tr[data-row="${row}"] td[data-trust="${trust}"]`);
    expect(await cell('quorum', 'kent').getAttribute('data-cell')).toBe('rule');
    expect(await cell('quorum', 'harrow').textContent()).toContain('Not stated in this document');
    expect(await cell('meetings', 'kent').textContent()).toContain('The Trust will meet quarterly (April, July, October and January).');
    expect(await cell('voting', 'durham').textContent()).toContain('The Chair has a second and casting vote in the event of a tie.');
    await page.close();
  });

  it('every rule is quoted whole in its row, lists included, with what it states, its scope and status; every silence with its nearest words', async () => {
    const page = await site.open('/compare/');
    const text = (row: string, trust: string) => page.locator(`tr[data-row="${row}"] td[data-trust="${trust}"]`).textContent().then((t) => (t ?? '').replace(/\s+/g, ' '));
    const flat = (words: string) => words.replace(/\s+/g, ' ');
    for (const rule of some(rules(), 'rule')) {
      const row = RULE_ROWS[rule.kind];
      const got = await text(row, rule.trust);
      if (rule.provision === 'stated') {
        expect(got, `${rule.id}: states`).toContain(flat(rule.states));
        for (const quote of rule.statement) {
          expect(got, `${rule.id}: ${quote.citation.clause}`).toContain(flat(quote.words));
          for (const item of quote.items ?? []) expect(got, `${rule.id}: ${quote.citation.clause} list`).toContain(flat(item));
        }
        expect(await page.locator(`tr[data-row="${row}"] td[data-trust="${rule.trust}"] [data-standing]`).getAttribute('data-status'), rule.id).toBe(rule.status.value);
      } else {
        expect(got, rule.id).toContain(flat(rule.finding));
        for (const quote of rule.nearest) expect(got, `${rule.id}: nearest`).toContain(flat(quote.words));
      }
    }
    // Kent 10.4 in particular: the seven lines, not only the lead-in.
    const quorum = await text('quorum', 'kent');
    for (const line of ['Chair or Vice Chair', 'Kent Police', 'The LSC and/or related service providers']) expect(quorum).toContain(line);
    // A silence either quotes the nearest words or says there are none.
    const silences = await page.locator('td[data-cell="not-stated"]').evaluateAll((tds) =>
      tds.map((td) => ({ id: `${td.closest('tr')!.dataset.row} ${(td as HTMLElement).dataset.trust}`, quotes: td.querySelectorAll('blockquote').length, none: td.querySelector('[data-no-nearest]') !== null })),
    );
    for (const s of silences) expect(s.quotes > 0 || s.none, s.id).toBe(true);
    await page.close();
  });

  it('every line of the bodies data that touches a trust\'s board appears in the comparison', async () => {
    const page = await site.open('/compare/');
    for (const trust of TRUSTS) {
      const board = bodiesOf(trust).find((b) => b.principal);
      if (!board) continue;
      const lines = [
        ...board.lines.map((l) => l.quote),
        ...bodiesOf(trust).flatMap((b) => b.lines.filter((l) => l.to === board.id).map((l) => l.quote)),
      ];
      const cells = (await page.locator(`tr[data-row="links"] td[data-trust="${trust}"], tr[data-row="scrutiny"] td[data-trust="${trust}"]`).allTextContents()).join(' ').replace(/\s+/g, ' ');
      for (const quote of lines) expect(cells, `${trust}: ${quote.citation.clause}`).toContain(quote.words.replace(/\s+/g, ' '));
    }
    await page.close();
  });
});

describe('briefings', () => {
  it('lists every briefing', async () => {
    const page = await site.open('/briefings/');
    const links = await page.locator('.briefing-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.sort()).toEqual(some(briefings(), 'briefing').map((b) => b.path).sort());
    await page.close();
  });

  it('Harrow: the report’s words as printed, with the structure, and live tools that size their frames', async () => {
    const page = await site.open('/briefings/harrow-scrutiny-2009-childrens-trust/');
    const text = await page.locator('main').textContent();
    expect(text).toContain('In rare exceptions, where agencies are not in agreement, the status quo will remain.');
    expect(text).toContain('The Chief Executive of the Council, the Chief executive of the Primary Care Trust, the Borough Commander');
    expect(await page.locator('[data-embed="structure:harrow"] figure svg').count()).toBe(1);
    expect(await page.locator('a[href="/harrow/scrutiny-report-2009/#voting-5"]').count()).toBe(1);
    const frame = page.locator('[data-embed="tool:harrow-dispute"] iframe');
    await frame.scrollIntoViewIfNeeded();
    await expect.poll(async () => Number.parseInt((await frame.evaluate((f) => (f as HTMLIFrameElement).style.height)) || '0', 10), { timeout: 10_000 }).toBeGreaterThan(300);
    const inner = page.frameLocator('[data-embed="tool:harrow-dispute"] iframe');
    expect(await inner.locator('[data-widget="dispute"]').count()).toBe(1);
    await page.close();
  });

  it('Kent 2010: the report with the structure and the action-plan timeline', async () => {
    const page = await site.open('/briefings/kent-cabinet-2010-partnership-arrangements/');
    expect(await page.locator('main').textContent()).toContain('The LCT Boards replace the current 23 Local Children\'s Services Partnerships');
    expect(await page.locator('[data-embed="structure:kent"] figure svg').count()).toBe(1);
    expect(await page.locator('[data-embed="timeline:kent-change-for-children-2010"] iframe').getAttribute('src')).toBe('/embed/timeline/kent-change-for-children-2010/');
    await page.close();
  });
});
