/**
 * The partner directory and the duty search in Chromium. The expected duties were checked by hand
 * against the seeds: the police (Kent 2007 1.(2); Kent 2008 10.4 and 13.2; County Durham 4.1 and
 * 5.5 (3.3's "does not affect … or reduce" and footnote 1's list are statements, not duties); Harrow 3.0 and the first voting paragraph), the Lead Member (Kent 2007
 * 1.(3), 4.(1)(a), (b), (e); Kent 2008 4.2, 4.3, 5.1; Kent 2010 2.(1); Durham 4.1, 6.5; Harrow
 * voting ¶6), schools (Kent 2010 2.(1); Durham 3.1, 4.1, 5.5) and the Partner Agency Agreement's
 * fifteen commitments for partner representatives.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESULTS_PAGE_SIZE } from '../../src/lib/search-state';
import type { Page } from 'playwright-core';
import { DIST, resultLinks, tabTo, useSite } from './harness';
import { documents, duties, partnerInfos, partners, SEEDED_DOCUMENTS, some, trusts } from '../content';
import { dutiesOf, dutyClauseHref, membersReached, organisationsReached, type Duty } from '../../src/lib/partners';
import { TOPICS, type Topic } from '../../src/lib/duties';
import { STATUS_TAGS as STATUS_LABELS } from '../../src/lib/claims';

const site = useSite();

const open = (path: string) => site.open(path);

/**
 * The documents whose duties were checked by hand for the partner pages below. A partner's duties in
 * any other document (a trust added later) are the content's business, not these tests'.
 */
const CHECKED_BY_HAND = new Set(SEEDED_DOCUMENTS);
/** The entries ("document#clause") from the documents checked by hand. */
const handChecked = (entries: string[]) => entries.filter((e) => CHECKED_BY_HAND.has(e.split('#')[0]!));

/** The duties that reach a partner, own and shared, as the directory and the partner filter count them. */
const reaching = (id: string): Duty[] => {
  const infos = partnerInfos();
  return duties().filter((d) => organisationsReached(d, infos).some((p) => p.id === id));
};
/** Result addresses of duties: one per clause, however many duties it holds. */
const hrefsOf = (list: readonly Duty[]) => [...new Set(list.map(dutyClauseHref))].sort();

/** The duties listed on a partner page, as "document#clause", in the section with the given id. */
async function listed(page: Page, section: string): Promise<string[]> {
  return page.evaluate((id) => {
    const heading = document.getElementById(id);
    const out: string[] = [];
    for (let el = heading?.nextElementSibling; el && el.tagName !== 'H2'; el = el.nextElementSibling) {
      for (const entry of el.querySelectorAll<HTMLElement>('[data-duty-entry]')) out.push(entry.dataset.dutyEntry!);
    }
    return out;
  }, section);
}

const sorted = (list: string[]) => [...list].sort();
/** Results the search page shows at a time. */
const RESULTS_PAGE = RESULTS_PAGE_SIZE;
const partnerIds = some(partners(), 'partner').map((p) => p.id);

describe('partner directory', () => {
  it('lists a page for every organisation and role in content/partners/', async () => {
    const page = await open('/partners/');
    const links = await page.locator('main .partner-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(sorted(links as string[])).toEqual(sorted(partnerIds.map((id) => `/partners/${id}/`)));
    await page.close();
  });

  it('the police: their own duties and roles in each trust, checked by hand', async () => {
    const page = await open('/partners/police/');
    expect(sorted(handChecked(await listed(page, 'duties')))).toEqual(
      sorted([
        'kent/governance-framework-2007#1.2',
        'kent/partnership-agreement-2008#10.4',
        'kent/partnership-agreement-2008#13.2',
        'durham/governance-arrangements-2009#4.1',
        'durham/governance-arrangements-2009#5.5',
        'harrow/scrutiny-report-2009#3.0',
        'harrow/scrutiny-report-2009#voting-1',
      ]),
    );
    // Duties of every partner, from each trust.
    const everyone = await listed(page, 'every-partner');
    for (const expected of ['kent/partnership-agreement-2008#5.4', 'durham/governance-arrangements-2009#9.5(a)']) expect(everyone).toContain(expected);
    // The statutory (relevant) partners' duty to co-operate: Kent 2007 and County Durham list the police among them.
    const statutory = await listed(page, 'relevant-partners');
    for (const expected of ['kent/partnership-agreement-2008#4.1', 'durham/governance-arrangements-2009#3.1']) {
      expect(statutory).toContain(expected);
    }
    // The board's members: the police sit on County Durham's Executive Board and Harrow's board.
    const board = await listed(page, 'partner-representatives');
    for (const expected of ['durham/governance-arrangements-2009#4.2', 'harrow/scrutiny-report-2009#voting-5']) expect(board).toContain(expected);
    // Kent's documents do not list the KCT board's members: the Partner Agency Agreement applies if the police sit on it.
    const paa9 = page.locator('#if-on-board ~ section [data-duty-entry="kent/partnership-agreement-2008#paa-9"]');
    expect(await paa9.locator('a').first().getAttribute('href')).toBe('/kent/partnership-agreement-2008/#paa-9');
    expect(await paa9.locator('a').first().textContent()).toBe('Partner Agency Agreement 9');
    expect(await paa9.textContent()).toContain('Commit to attending a minimum of 3 out of 4 meetings of KCT in a year (April to March).');
    expect(await paa9.textContent()).toContain('If it sits on the board');
    expect(await page.locator('[data-if-on-board="kent"]').textContent()).toContain('Members - an up to date membership list can be found at:');
    // Harrow's report names the relevant partners' duty without listing them: noted, not listed.
    expect(await page.locator('[data-unlisted-collective="relevant-partners"][data-trust="harrow"]').textContent()).toContain("local authorities and their 'relevant partners'");
    expect([...everyone, ...statutory, ...board]).not.toContain('harrow/scrutiny-report-2009#2.1');
    // One heading per trust whose documents give the police duties, in the trusts' order.
    const own = dutiesOf(partnerInfos().find((p) => p.id === 'police')!, duties(), partnerInfos()).own;
    const headed = some(trusts().filter((t) => own.some((d) => d.trust === t.id)), 'trust with duties of the police').map((t) => t.name);
    expect((await page.locator('#duties ~ section.duty-trust h3').allTextContents()).slice(0, headed.length)).toEqual(headed);
    // Names as printed, statutory footing quoted, bodies and seats.
    expect(await page.locator('.aliases').textContent()).toContain('Durham Constabulary');
    expect(await page.locator('#statutory ~ .statutory').first().textContent()).toContain('The Police Authority and Chief Officer');
    expect(await page.locator('#seats + ul').textContent()).toContain('Is the Kent Children\'s Trust meeting quorate?');
    expect(await page.locator('#seats + ul').textContent()).toContain('Executive Board of the Children\'s Trust');
    await page.close();
  });

  it('the Lead Member: the accountabilities in Kent 2007, 2008 and 2010, County Durham and Harrow', async () => {
    const page = await open('/partners/lead-member/');
    expect([...new Set(handChecked(await listed(page, 'duties')))].sort()).toEqual(
      sorted([
        'kent/governance-framework-2007#1.3',
        'kent/governance-framework-2007#4.1(a)',
        'kent/governance-framework-2007#4.1(b)',
        'kent/governance-framework-2007#4.1(e)',
        'kent/partnership-agreement-2008#4.2',
        'kent/partnership-agreement-2008#4.3',
        'kent/partnership-agreement-2008#5.1',
        'kent/cabinet-report-2010#2.1',
        'durham/governance-arrangements-2009#4.1',
        'durham/governance-arrangements-2009#6.5',
        'harrow/scrutiny-report-2009#voting-6',
      ]),
    );
    // A role carries only what names it: no section of duties for every partner.
    expect(await page.locator('#every-partner').count()).toBe(0);
    await page.close();
  });

  it('schools: new statutory partners under the ASCL Act (Kent 2010) and County Durham’s boards', async () => {
    const page = await open('/partners/schools/');
    expect(sorted(handChecked(await listed(page, 'duties')))).toEqual(
      sorted(['kent/cabinet-report-2010#2.1', 'durham/governance-arrangements-2009#3.1', 'durham/governance-arrangements-2009#4.1', 'durham/governance-arrangements-2009#5.5']),
    );
    expect(await page.locator('#statutory ~ .statutory').first().textContent()).toContain('Apprenticeships, Skills, Children and Learning Act 2009');
    await page.close();
  });

  it('partner representatives carry the fifteen commitments of the Partner Agency Agreement', async () => {
    const page = await open('/partners/partner-representatives/');
    const paa = (await listed(page, 'duties')).filter((d) => d.includes('#paa-'));
    expect(paa).toEqual(Array.from({ length: 15 }, (_, i) => `kent/partnership-agreement-2008#paa-${i + 1}`));
    await page.close();
  });

  it('the LSCB is named but is not a partner: its own duties only, and the page says why', async () => {
    const page = await open('/partners/lscb/');
    expect(sorted(handChecked(await listed(page, 'duties')))).toEqual(['durham/governance-arrangements-2009#2.3', 'durham/governance-arrangements-2009#6.4']);
    expect(await page.locator('#every-partner').count()).toBe(0);
    expect(await page.locator('[data-outside]').textContent()).toContain('is not itself a partner of the trust');
    await page.close();
  });

  it('every partner page lists each duty the documents give it, own, shared or if it sits on the board', () => {
    const wrong: string[] = [];
    for (const partner of partnerInfos()) {
      const { own, shared, ifOnBoard } = dutiesOf(partner, duties(), partnerInfos());
      const html = readFileSync(join(DIST, 'partners', partner.id, 'index.html'), 'utf8');
      const entries = html.match(/data-duty-entry=/g)?.length ?? 0;
      if (entries !== own.length + shared.length + ifOnBoard.length) {
        wrong.push(`${partner.id}: ${entries} listed, ${own.length} own, ${shared.length} shared and ${ifOnBoard.length} if on the board marked`);
      }
    }
    expect(wrong).toEqual([]);
    expect(duties().length).toBeGreaterThan(0);
  });

  it('every clause link on every partner page lands on an element of the document page', () => {
    const trustPaths = new RegExp(`href="(/(?:${some(trusts(), 'trust').map((t) => t.id).join('|')})/[^"#]+/)#([^"]+)"`, 'g');
    const missing: string[] = [];
    let checked = 0;
    for (const id of partnerIds) {
      const html = readFileSync(join(DIST, 'partners', id, 'index.html'), 'utf8');
      for (const [, path, anchor] of html.matchAll(trustPaths)) {
        const target = readFileSync(join(DIST, path!, 'index.html'), 'utf8');
        checked++;
        if (!target.includes(`id="${anchor}"`)) missing.push(`${id}: ${path}#${anchor}`);
      }
    }
    expect(missing).toEqual([]);
    // At least one link per listed duty.
    const listedDuties = partnerInfos().reduce((n, p) => {
      const { own, shared, ifOnBoard } = dutiesOf(p, duties(), partnerInfos());
      return n + own.length + shared.length + ifOnBoard.length;
    }, 0);
    expect(checked).toBeGreaterThanOrEqual(listedDuties);
    expect(checked).toBeGreaterThan(0);
  });

  it('a clause lists whose duties it holds, linking to the partner pages, and keeps its words', async () => {
    const page = await open('/kent/partnership-agreement-2008/#paa-9');
    const clause = page.locator('[data-clause="paa-9"]');
    // Several claims: a label and a list; one claim: a single line.
    const claims = new Set(duties().filter((d) => d.document === 'kent/partnership-agreement-2008' && d.clause === 'paa-9').map((d) => JSON.stringify([d.type, d.partners, d.bodies, d.status, d.scope ?? ''])));
    const bearers = clause.locator(':scope > .duty-bearers');
    expect(await bearers.evaluate((e) => e.tagName)).toBe(claims.size > 1 ? 'DIV' : 'P');
    if (claims.size > 1) expect(await bearers.textContent()).toContain('Duties in this clause:');
    else expect(await bearers.textContent()).toMatch(/^\s*Duty of: /);
    expect(await clause.locator('.duty-bearers a').first().getAttribute('href')).toBe('/partners/partner-representatives/');
    expect(await clause.locator('#duty-paa-9-1').textContent()).toBe('Commit to attending a minimum of 3 out of 4 meetings of KCT in a year (April to March).');
    await page.close();
    // A passage under a numbered heading, not in a <Clause>, says whose duty it is under itself:
    // County Durham's Local Children's Boards' purpose is theirs as boards, in force.
    const durham = await open('/durham/governance-arrangements-2009/');
    const block = durham.locator('#duty-5-1');
    expect(await block.locator('.duty-bearers').textContent()).toBe("Duty of: Local Children's Boards (as a body) — In force");
    expect(await block.locator('.duty-bearers a').getAttribute('href')).toBe('/durham/#body-durham-local-childrens-boards');
    await durham.close();
  });

  it('every partner page shows each duty’s status, and its scope where the words limit it', () => {
    const byAnchor = new Map(duties().map((d) => [`${d.document}#${d.anchor}`, d]));
    const wrong: string[] = [];
    let checked = 0;
    for (const id of partnerIds) {
      const html = readFileSync(join(DIST, 'partners', id, 'index.html'), 'utf8');
      for (const [entry, anchor, status] of html.matchAll(/<li class="duty-entry"[^>]*data-duty-anchor="([^"]+)"[^>]*data-status="([^"]+)"[^>]*>[\s\S]*?<\/li>/g)) {
        const duty = byAnchor.get(anchor!);
        checked++;
        if (!duty) wrong.push(`${id}: ${anchor} is no duty`);
        else if (status !== duty.status || !entry.includes(`>${STATUS_LABELS[duty.status]}</span>`)) wrong.push(`${id}: ${anchor} shows ${status}, marked ${duty.status}`);
        else if (duty.scope && !entry.includes(duty.scope.replace(/'/g, '&#39;'))) wrong.push(`${id}: ${anchor} does not show its scope`);
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });

  it('no partner page lists a duty of the trust as a body; each trust page lists its own', () => {
    const ofBodies = duties().filter((d) => d.bodies.length > 0 && d.partners.length === 0);
    const anchors = (html: string) => [...html.matchAll(/data-duty-anchor="([^"]+)"/g)].map((m) => m[1]!);
    const onPartnerPages = partnerIds.flatMap((id) => anchors(readFileSync(join(DIST, 'partners', id, 'index.html'), 'utf8')));
    expect(onPartnerPages.filter((a) => ofBodies.some((d) => `${d.document}#${d.anchor}` === a))).toEqual([]);
    for (const trust of some(trusts(), 'trust')) {
      const html = readFileSync(join(DIST, trust.id, 'index.html'), 'utf8');
      const expected = duties().filter((d) => d.trust === trust.id && d.bodies.length > 0).map((d) => `${d.document}#${d.anchor}`);
      expect(anchors(html).sort(), trust.id).toEqual(expected.sort());
    }
  });

  it('a duty given to a listed collective appears only on the pages of the partners its trust’s documents list', () => {
    const infos = partnerInfos();
    const wrong: string[] = [];
    for (const collective of infos.filter((c) => c.reaches === 'listed')) {
      for (const partner of infos.filter((p) => p.kind === 'organisation')) {
        const html = readFileSync(join(DIST, 'partners', partner.id, 'index.html'), 'utf8');
        const section = html.split(`<h2 id="${collective.id}">`)[1]?.split('<h2')[0] ?? '';
        for (const [, anchor] of section.matchAll(/data-duty-anchor="([^"]+)"/g)) {
          const duty = duties().find((d) => `${d.document}#${d.anchor}` === anchor)!;
          const reached = membersReached(collective, duty, infos);
          if (reached === 'unlisted' || !reached.some((p) => p.id === partner.id)) wrong.push(`${partner.id}: ${anchor}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('Harrow 2.1: the voluntary sector’s page does not list the relevant partners’ duty to co-operate, and says the report does not list them', async () => {
    const page = await open('/partners/voluntary-and-community-sector/');
    const all = [...(await listed(page, 'duties')), ...(await listed(page, 'every-partner')), ...(await listed(page, 'partner-representatives'))];
    expect(all).not.toContain('harrow/scrutiny-report-2009#2.1');
    expect(await page.locator('#relevant-partners').count()).toBe(0);
    expect(await page.locator('[data-unlisted-collective="relevant-partners"][data-trust="harrow"]').textContent()).toContain('do not say who they are');
    await page.close();
    // The collective's own page says who they are, trust by trust, and that Harrow's report does not list them.
    const collective = await open('/partners/relevant-partners/');
    expect(await collective.locator('.collective-members[data-trust="harrow"] [data-unlisted]').textContent()).toContain('The documents do not list them.');
    expect(await collective.locator('.collective-members[data-trust="durham"] [data-member]').evaluateAll((li) => li.map((l) => l.getAttribute('data-member')))).not.toContain('voluntary-and-community-sector');
    await collective.close();
  });

  it('each clause with duties shows each one’s status on the document page', async () => {
    const wrong: string[] = [];
    for (const doc of some(documents(), 'document')) {
      const marked = duties().filter((d) => d.document === doc.id && d.inClause);
      if (marked.length === 0) continue;
      const page = await open(doc.path);
      const shown = await page.evaluate(() =>
        Object.fromEntries(
          [...document.querySelectorAll<HTMLElement>('[data-clause]')].map((c) => [c.dataset.clause!, [...c.querySelectorAll(':scope > .duty-bearers .duty-status')].map((s) => s.textContent)]),
        ),
      );
      for (const duty of marked) {
        if (!(shown[duty.clause] ?? []).includes(STATUS_LABELS[duty.status])) wrong.push(`${doc.id}#${duty.clause}: ${duty.status}`);
      }
      await page.close();
    }
    expect(wrong).toEqual([]);
  });
});

describe('searching duties', () => {
  async function search(query: string) {
    const page = await open(`/search/${query}`);
    await page.locator('gov-search[data-state="done"], gov-search[data-state="idle"]').waitFor();
    return page;
  }
  const hrefs = resultLinks;

  it('a partner page links to its duties in search, with the partner preset and named in the folded list’s summary', async () => {
    const partner = await open('/partners/youth-offending-services/');
    await partner.getByRole('link', { name: 'Search within the duties of Youth offending services' }).click();
    await partner.locator('gov-search[data-state="done"]').waitFor();
    expect(new URL(partner.url()).searchParams.getAll('partner')).toEqual(['youth-offending-services']);
    expect(await partner.locator('#partner-youth-offending-services').isChecked()).toBe(true);
    expect(await partner.locator('[data-filter-disclosure="partner"] summary').textContent()).toBe('Partner: Youth offending services');
    expect(await partner.locator('[data-results] li').count()).toBeGreaterThan(0);
    // Every result is a duty, except the partner's own page (every page of results shown).
    const links = await hrefs(partner);
    expect(await partner.locator('[data-results] li[data-duty]').count()).toBe(links.length - links.filter((l) => l.startsWith('/partners/')).length);
    expect(links.filter((l) => l.startsWith('/partners/')).every((l) => l.startsWith('/partners/youth-offending-services/'))).toBe(true);
    expect(await hrefs(partner)).toContain('/kent/partnership-agreement-2008/#10.4');
    await partner.close();
  });

  it('the topic filter finds the duties and the tools on that topic', async () => {
    const page = await search('?topic=attendance');
    const links = await hrefs(page);
    expect(links).toContain('/kent/partnership-agreement-2008/#paa-9');
    expect(links).toContain('/kent/partnership-agreement-2008/#paa-10');
    expect(links.some((l) => l.startsWith('/tools/attendance/kent-attendance/'))).toBe(true);
    await page.close();
  });

  it('partner, topic and trust filters combine, and words narrow them further', async () => {
    // In Kent, the attendance duties of the board's members (PAA 9, 10), with their status.
    const expected = hrefsOf(reaching('partner-representatives').filter((d) => d.trust === 'kent' && d.topics.includes('attendance')));
    expect(expected).toEqual(expect.arrayContaining(['/kent/partnership-agreement-2008/#paa-10', '/kent/partnership-agreement-2008/#paa-9']));
    const page = await search('?partner=partner-representatives&topic=attendance&trust=kent');
    expect(sorted([...new Set(await hrefs(page))])).toEqual(expected);
    const meta = await page.locator('[data-results] li', { has: page.locator('a[href="/kent/partnership-agreement-2008/#paa-9"]') }).locator('.result-meta').textContent();
    expect(meta).toContain('Duty of Partner representatives (board members) · In force');
    await page.close();
    // County Durham lists the police on its Executive Board (4.2: "Each member will have a named deputy");
    // Kent's documents do not list the KCT board, so Kent's PAA 10 is not a result for the police.
    const words = await search('?q=deputy&partner=police');
    const links = await hrefs(words);
    expect(links).toContain('/durham/governance-arrangements-2009/#4.2');
    expect(links.every((l) => !l.includes('#paa-'))).toBe(true);
    await words.close();
  });

  it('the document type filter narrows duties too', async () => {
    const type = new Map(documents().map((d) => [d.id, d.data.documentType]));
    const expected = hrefsOf(reaching('lead-member').filter((d) => type.get(d.document) === 'scrutiny-report'));
    expect(expected).toContain('/harrow/scrutiny-report-2009/#voting-6');
    const page = await search('?partner=lead-member&type=scrutiny-report');
    expect(sorted([...new Set(await hrefs(page))])).toEqual(expected);
    await page.close();
  });

  it('long results page on: "Show more" adds the next results and moves focus to them', async () => {
    // The partner the most duties reach: enough results to page through, whatever the content.
    const [partner, count] = partnerIds.map((id) => [id, hrefsOf(reaching(id)).length] as const).sort((a, b) => b[1] - a[1])[0]!;
    expect(count, `${partner} has more duties than one page of results`).toBeGreaterThan(RESULTS_PAGE);
    const page = await search(`?partner=${partner}`);
    const total = Number(await page.locator('gov-search').getAttribute('data-result'));
    expect(total).toBeGreaterThan(RESULTS_PAGE);
    expect(await page.locator('[data-results] li').count()).toBe(RESULTS_PAGE);
    const more = Math.min(RESULTS_PAGE, total - RESULTS_PAGE);
    await page.getByRole('button', { name: `Show ${more} more results`, exact: true }).click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-results] li').length === n, RESULTS_PAGE + more);
    expect(await page.evaluate((n) => document.activeElement?.closest('li') === document.querySelectorAll('[data-results] li')[n], RESULTS_PAGE)).toBe(true);
    await page.close();
  });

  it('a plain search without a partner or topic shows pages, not duty records', async () => {
    const page = await search('?q=declare+interest');
    expect(await page.locator('[data-results] li[data-duty]').count()).toBe(0);
    expect(await hrefs(page)).toContain('/kent/partnership-agreement-2008/#6.2');
    await page.close();
  });

  it('keyboard: open the topic list, tick a topic with Space; the search runs and the address follows', async () => {
    // The topic most duties are filed under.
    const count = (topic: string) => duties().filter((d) => d.topics.includes(topic as Topic)).length;
    const topic = (Object.keys(TOPICS) as Topic[]).sort((a, b) => count(b) - count(a))[0]!;
    expect(count(topic)).toBeGreaterThan(0);
    const page = await search('');
    await page.locator('[data-filter-disclosure="topic"] summary').focus();
    await page.keyboard.press('Enter');
    await tabTo(page, page.locator(`input[name="topic"][value="${topic}"]`));
    await page.keyboard.press('Space');
    await page.locator('gov-search[data-state="done"]').waitFor();
    expect(new URL(page.url()).searchParams.getAll('topic')).toEqual([topic]);
    expect(await page.locator('[data-filter-disclosure="topic"] summary').textContent()).toBe(`Topic of duty: ${TOPICS[topic]}`);
    // Every duty filed under it is found, two duties of one clause included (tool pages may add to them).
    expect(Number(await page.locator('gov-search').getAttribute('data-result'))).toBeGreaterThanOrEqual(count(topic));
    await page.close();
  });

  it('an unknown partner or topic in the address is dropped with a notice that does not repeat it', async () => {
    const hostile = encodeURIComponent('<img src=x onerror="window.__pwned=1">');
    const page = await search(`?partner=${hostile}&topic=quorum&partner=police`);
    const notice = page.getByRole('alert');
    expect(await notice.textContent()).toContain('for the partner filter that this page does not recognise');
    expect(await notice.textContent()).toContain('for the topic filter that this page does not recognise');
    expect(await notice.textContent()).not.toContain('img');
    expect(new URL(page.url()).searchParams.getAll('partner')).toEqual(['police']);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.close();
  });
});

describe('acronyms and aliases in search', () => {
  /**
   * The clauses of a page that a query matches, from Pagefind's own match locations: a paragraph
   * counts when a match falls between its anchor and the next.
   */
  async function matchedClauses(query: string, url: string): Promise<string[]> {
    const page = await open('/search/');
    // Written as a string so that the test runner's transform leaves the dynamic import alone.
    const clauses = (await page.evaluate(`(async () => {
      const words = ${JSON.stringify(query)}.split(' ').length;
      const pagefind = await import('/pagefind/pagefind.js');
      const search = await pagefind.search(${JSON.stringify(query)}, { filters: { record: { any: ['Page'] } } });
      const data = await Promise.all(search.results.map((r) => r.data()));
      const hit = data.find((d) => d.url === ${JSON.stringify(url)});
      if (!hit) return ['(page not found)'];
      // Where the whole phrase matches: each of its words at consecutive positions.
      const at = new Set(hit.locations);
      const starts = hit.locations.filter((loc) => Array.from({ length: words }, (_, i) => loc + i).every((p) => at.has(p)));
      const clauses = hit.anchors.filter((a) => a.element === 'div' && /^(\\d|paa-\\d|voting-\\d|note-\\d)/.test(a.id));
      return [...new Set(starts.map((loc) => clauses.filter((a) => a.location <= loc).at(-1)?.id ?? '(before any clause)'))];
    })()`)) as string[];
    await page.close();
    return clauses;
  }

  it('"primary care trust" finds the Kent paragraphs that only say PCTs (7(8), 10.4, 13.2)', async () => {
    const clauses = await matchedClauses('primary care trust', '/kent/partnership-agreement-2008/');
    expect(clauses).toEqual(expect.arrayContaining(['7(8)', '10.4', '13.2']));
  });

  it('"youth offending" finds Kent 12.2, which only says YOT, as well as 10.4', async () => {
    const clauses = await matchedClauses('youth offending', '/kent/partnership-agreement-2008/');
    expect(clauses).toEqual(expect.arrayContaining(['10.4', '12.2']));
  });

  it('"local safeguarding children board" finds Harrow, which only says LSCB', async () => {
    const page = await open('/search/?q=local+safeguarding+children+board');
    await page.locator('gov-search[data-state="done"]').waitFor();
    expect((await hrefs(page)).some((l) => l.startsWith('/harrow/scrutiny-report-2009/'))).toBe(true);
    await page.close();
  });

  it('a partner’s other names find its page: "Borough Commander" finds the police', async () => {
    const page = await open('/search/?q=borough+commander');
    await page.locator('gov-search[data-state="done"]').waitFor();
    expect((await hrefs(page)).some((l) => l.startsWith('/partners/police/'))).toBe(true);
    await page.close();
  });

  const hrefs = resultLinks;
});
