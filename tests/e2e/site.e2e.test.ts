/** The built site in Chromium: each page type, clause addresses, and search with its filters. */
import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH } from '../../src/lib/search-state';
import { formatDate } from '../../src/lib/dates';
import { paginate } from '../../src/lib/paging';
import { documentTypes } from '../../src/schemas/document';
import { HOSTILE_VALUES, resultLinks, rotate, sweepHostile, tabTo, useSite } from './harness';
import { documents, documentsOf, glossary, rules, some, trusts } from '../content';
import { definingTrusts, glossaryAnchor } from '../../src/lib/glossary';
import { clauseHref } from '../../src/lib/clauses';
import { toolHref } from '../../src/lib/rules/tools';

const site = useSite();

const open = (path: string) => site.open(path);

const DOCUMENTS = some(documents(), 'document');
const STATUS_HEADING = { current: 'Current document', superseded: 'Superseded document', historical: 'Historical document' } as const;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('home page', () => {
  it('offers three ways in: members, partner staff, briefing authors', async () => {
    const page = await open('/');
    for (const name of ['Board and elected members', 'Partner agency staff', 'Officers writing briefings']) {
      await expect(page.getByRole('heading', { name, level: 2 }).isVisible()).resolves.toBe(true);
    }
    await page.close();
  });
  it('lists every trust of the content, each with its documents (the first five, oldest first) and a link to the rest', async () => {
    const page = await open('/');
    const listed = page.getByRole('region', { name: 'The trusts and their documents' });
    const items = listed.locator('[data-trust]');
    expect(await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-trust')))).toEqual(trusts().map((t) => t.id));
    for (const trust of trusts()) {
      const item = listed.locator(`[data-trust="${trust.id}"]`);
      expect(await item.getByRole('heading', { level: 3 }).getByRole('link').getAttribute('href')).toBe(`/${trust.id}/`);
      const own = documentsOf(trust.id);
      const hrefs = await item.locator('.home-documents a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs, trust.id).toEqual(paginate(own, 1, 5).items.map((d) => d.path));
      expect(await item.getByRole('link', { name: `All ${own.length} documents of ${trust.name}` }).count(), trust.id).toBe(own.length > 5 ? 1 : 0);
    }
    await page.close();
  });
  it('offers each trust\'s stated quorum, voting and dispute tools, by the rule\'s own title', async () => {
    const page = await open('/');
    const members = page.getByRole('region', { name: 'Board and elected members' });
    const stated = rules().filter((r) => r.provision === 'stated' && ['quorum', 'vote', 'protocol'].includes(r.kind));
    expect(stated.length).toBeGreaterThan(0);
    for (const rule of stated) expect(await members.getByRole('link', { name: rule.title, exact: true }).getAttribute('href')).toBe(toolHref(rule));
    await page.close();
  });
});

describe('trust pages', () => {
  it('Kent lists its bodies, with clause links', async () => {
    const page = await open('/kent/');
    await expect(page.getByRole('heading', { name: 'KCT Executive Group' }).isVisible()).resolves.toBe(true);
    expect(await page.locator('a[href="/kent/partnership-agreement-2008/#13.2"]').count()).toBeGreaterThan(0);
    await page.close();
  });
  it.each(some(trusts(), 'trust').map((t) => [t.id] as const))('/%s/ lists its documents, oldest first, a page at a time', async (trust) => {
    const page = await open(`/${trust}/`);
    const listed = await page.locator('.document-list > li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(listed).toEqual(paginate(documentsOf(trust), 1).items.map((d) => d.path));
    await page.close();
  });
});

describe('document pages', () => {
  it.each(DOCUMENTS.map((d) => [d.path, d] as const))('%s shows its title, date and status box, its gaps marked, and unique ids', async (path, doc) => {
    const page = await open(path);
    expect((await page.getByRole('heading', { level: 1 }).textContent())?.trim()).toMatch(new RegExp(`^${escapeRegExp(doc.title)}`));
    const status = page.getByRole('region', { name: STATUS_HEADING[doc.data.status] });
    const text = (await status.textContent()) ?? '';
    expect(text).toContain(formatDate(doc.data.issued!, doc.data.issuedPrecision));
    if (doc.data.status === 'historical') expect(text).toContain('not been updated');
    // Each <Gap> of the source is a marked gap on the page, never invented text.
    const gaps = page.locator('aside[data-gap]');
    expect(await gaps.count()).toBe(doc.body.match(/<Gap[\s>]/g)?.length ?? 0);
    for (const label of await gaps.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')))) expect(label).toMatch(/^Gap in the source: /);
    const ids = await page.$$eval('[id]', (els) => els.map((el) => el.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    await page.close();
  });
  it('County Durham 2009 marks its two gaps in the source', async () => {
    const page = await open('/durham/governance-arrangements-2009/');
    expect(await page.locator('aside[data-gap]').count()).toBe(2);
    await page.close();
  });
  it('shows old web addresses as printed, marked historical, not linked', async () => {
    const page = await open('/kent/governance-framework-2007/');
    const url = page.locator('.old-url').first();
    expect(await url.textContent()).toContain('http://www.everychildmatters.gov.uk/strategy/guidance/');
    expect(await url.textContent()).toContain('historical web address');
    expect(await url.locator('a').count()).toBe(0);
    await page.close();
  });
  it('renders the Kent 2009 action tables from data, with "as printed" dates', async () => {
    const page = await open('/kent/commissioning-review-2009/');
    const row = page.locator('tr[id="action-4.1"]');
    expect(await row.textContent()).toContain('Manage the transition from 23 to 12 LCSP Boards');
    expect(await row.textContent()).toContain('by April 2010');
    expect(await page.locator('tr[id="action-3.1"]').textContent()).toContain('No date printed');
    await page.close();
  });
  it('expands acronyms with <abbr> from the glossary', async () => {
    const page = await open('/kent/partnership-agreement-2008/');
    expect(await page.locator('abbr', { hasText: /^PCT$/ }).first().getAttribute('title')).toBe('Primary Care Trust');
    await page.close();
  });
});

describe('glossary', () => {
  const TERMS = glossary().filter((g) => g.kind === 'term');
  it('lists every acronym and every term of content/glossary, each at its own address', async () => {
    const page = await open('/glossary/');
    const ids = await page.locator('.glossary > div').evaluateAll((els) => els.map((el) => el.id));
    expect([...ids].sort()).toEqual(some(glossary(), 'glossary entry').map((g) => glossaryAnchor(g.term)).sort());
    expect(new Set(ids).size).toBe(ids.length);
    await page.close();
  });
  it.each(some(TERMS, 'glossary term of kind "term"').map((t) => [t.term, t] as const))(
    '"%s": its entry quotes each definition with a link to its clause',
    async (_term, entry) => {
      const page = await open('/glossary/');
      const item = page.locator(`[id="${glossaryAnchor(entry.term)}"]`);
      expect((await item.locator('dt').textContent())?.trim()).toBe(entry.term);
      const quotes = item.locator('blockquote');
      expect(await quotes.count()).toBe(entry.definitions.length);
      for (const [i, d] of entry.definitions.entries()) {
        expect(await quotes.nth(i).locator('p').first().textContent()).toBe(d.words);
        expect(await quotes.nth(i).locator('footer a').getAttribute('href')).toBe(clauseHref(d.citation));
      }
      if (entry.acronym) expect(await item.getByRole('link', { name: entry.acronym }).getAttribute('href')).toBe(`#${glossaryAnchor(entry.acronym)}`);
      await page.close();
    },
  );
  it('a term links to its entry at its first use on the pages of the trusts that define it, and on no other trust\'s pages', async () => {
    let linked = 0;
    for (const doc of DOCUMENTS) {
      const page = await open(doc.path);
      for (const entry of TERMS) {
        const links = page.locator(`main a.glossary-term[data-glossary-term="${entry.term.replace(/"/g, '\\"')}"]`);
        const count = await links.count();
        if (!definingTrusts(entry.definitions).includes(doc.data.trust ?? '')) {
          expect(count, `${entry.term} on ${doc.path}`).toBe(0);
          continue;
        }
        expect(count, `${entry.term} on ${doc.path}`).toBeLessThanOrEqual(1);
        if (count === 0) continue;
        linked++;
        expect(await links.getAttribute('href')).toBe(`/glossary/#${glossaryAnchor(entry.term)}`);
        // The link wraps the words as printed: the page's text is unchanged (the fidelity check reads it too).
        expect((await links.textContent())!.toLowerCase().replace(/\u2019/g, "'")).toMatch(new RegExp(`^${escapeRegExp(entry.term.toLowerCase())}s?$`));
      }
      await page.close();
    }
    expect(linked).toBeGreaterThan(0);
  });
});

describe('clause addresses', () => {
  async function landOn(path: string, id: string) {
    const page = await open(`${path}#${id}`);
    const clause = page.locator(`[id="${id}"]`);
    await clause.waitFor();
    const box = await clause.boundingBox();
    const viewport = page.viewportSize()!;
    expect(box, `${id} has a box`).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(viewport.height / 2);
    const background = await clause.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    return { page, clause };
  }
  it('#10.4 scrolls to and highlights Kent quorum', async () => {
    const { page, clause } = await landOn('/kent/partnership-agreement-2008/', '10.4');
    expect(await clause.textContent()).toContain('Quorum - KCT will be quorate if five of the following organisations are present:');
    const link = clause.getByRole('link', { name: '10.4 (link to this clause)' });
    expect(await link.getAttribute('href')).toBe('#10.4');
    await page.close();
  });
  it('#9.5 scrolls to and highlights the Durham procedure', async () => {
    const { page, clause } = await landOn('/durham/governance-arrangements-2009/', '9.5');
    expect(await clause.textContent()).toContain('The procedure for resolving conflict is as follows:');
    await page.close();
  });
  it('lettered, Cabinet-report and agreement items follow the documented scheme', async () => {
    for (const [path, id, text] of [
      ['/durham/governance-arrangements-2009/', '9.5(f)', 'The Chair has a second and casting vote in the event of a tie.'],
      ['/kent/governance-framework-2007/', '4.1(a)', 'Accountability for Children\'s Trusts rests with Kent County Council'],
      ['/kent/partnership-agreement-2008/', 'paa-9', 'Commit to attending a minimum of 3 out of 4 meetings of KCT'],
      ['/durham/governance-arrangements-2009/', '5.3-2', 'Locality Delivery Groups'],
    ] as const) {
      const { page, clause } = await landOn(path, id);
      expect(await clause.textContent()).toContain(text);
      await page.close();
    }
  });
});

describe('search', () => {
  /** The search page's worker script (search-worker.ts, hashed by the build), by its path. */
  const isSearchWorker = (path: string) => /^\/_astro\/search-worker[.-]/.test(path);
  async function search(query: string) {
    const page = await open(`/search/${query}`);
    await page.locator('gov-search[data-state="done"], gov-search[data-state="idle"]').waitFor();
    const links = await resultLinks(page);
    return { page, links };
  }
  it('"casting vote" finds Kent 11.3 and Durham 9.5', async () => {
    const { page, links } = await search('?q=casting+vote');
    expect(links).toContain('/kent/partnership-agreement-2008/#11.3');
    expect(links.some((href) => href.startsWith('/durham/governance-arrangements-2009/#9.5'))).toBe(true);
    expect(await page.locator('gov-search').getByRole('status').textContent()).toMatch(/results? for “casting vote”/);
    await page.close();
  });
  it('the trust filter narrows results, and the URL presets it', async () => {
    // County Durham 9.5(f) gives the Chair "a second and casting vote".
    const durham = trusts().find((t) => t.id === 'durham')!;
    const { page, links } = await search('?q=casting+vote&trust=durham');
    expect(links.length).toBeGreaterThan(0);
    // Documents of the trust, and its tools, which carry the trust filter too.
    const tools = new Set(rules().filter((r) => r.trust === durham.id).map((r) => toolHref(r)));
    expect(links.filter((href) => !href.startsWith(`/${durham.id}/`) && !tools.has(href.split(/[?#]/)[0]!))).toEqual([]);
    expect(links.some((href) => href.startsWith('/durham/governance-arrangements-2009/'))).toBe(true);
    expect(await page.getByRole('checkbox', { name: durham.name }).isChecked()).toBe(true);
    await page.close();
  });
  it('browses by document type with no words: every document of the type, and only those', async () => {
    // The type most documents share, so that the browse has the most to find.
    const count = (type: string) => DOCUMENTS.filter((d) => d.data.documentType === type).length;
    const type = [...documentTypes].sort((a, b) => count(b) - count(a))[0]!;
    const expected = DOCUMENTS.filter((d) => d.data.documentType === type).map((d) => d.path);
    const { page, links } = await search(`?type=${type}`);
    expect(Number(await page.locator('gov-search').getAttribute('data-result'))).toBe(expected.length);
    const shown = [...new Set(links.map((l) => l.split('#')[0]!))];
    expect(shown.filter((p) => !expected.includes(p))).toEqual([]);
    // Every page of results shown: each document of the type once.
    expect(shown.sort()).toEqual([...expected].sort());
    await page.close();
  });
  it('finds a paragraph that only uses the acronym: "local area agreement" finds LAA', async () => {
    const { links } = await search('?q=local+area+agreement');
    expect(links.some((href) => href.startsWith('/durham/'))).toBe(true);
  });
  it('keyboard: type, Tab to a trust, tick it with Space, submit with Enter; the address follows', async () => {
    const { page } = await search('');
    await page.getByLabel('Search words').focus();
    await page.keyboard.type('quorum');
    // The first trust the form offers, whichever that is.
    const box = page.locator('input[type="checkbox"][name="trust"]').first();
    const trust = (await box.getAttribute('value')) ?? '';
    expect(trusts().map((t) => t.id)).toContain(trust);
    await tabTo(page, box);
    await page.keyboard.press('Space');
    await page.getByLabel('Search words').press('Enter');
    await page.locator('gov-search[data-state="done"]').waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('quorum');
    expect(new URL(page.url()).searchParams.getAll('trust')).toEqual([trust]);
    await page.close();
  });
  it("runs Pagefind in its own worker: the page's thread never loads Pagefind's script", async () => {
    const { page, links } = await search('?q=quorum');
    expect(links.length).toBeGreaterThan(0);
    // Addresses from the site's root, as Pagefind on the page's thread gives them.
    expect(links.filter((href) => !href.startsWith('/'))).toEqual([]);
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
    expect(loaded.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    expect(loaded.some(isSearchWorker)).toBe(true);
    await page.close();
  });
  it('opened with nothing to search, the page loads none of Pagefind until the reader reaches for the form', async () => {
    const page = await site.ctx.newPage();
    const asked: string[] = [];
    page.on('request', (request) => asked.push(new URL(request.url()).pathname));
    await page.goto(`${site.url}/search/`, { waitUntil: 'load' });
    await page.locator('gov-search[data-state="idle"]').waitFor();
    await page.waitForTimeout(500);
    const pagefind = (path: string) => path.startsWith('/pagefind/') || isSearchWorker(path);
    expect(asked.filter(pagefind)).toEqual([]);
    await page.getByLabel('Search words').focus();
    await expect.poll(() => asked.some((path) => path === '/pagefind/pagefind.js')).toBe(true);
    await page.keyboard.type('quorum');
    await page.keyboard.press('Enter');
    await page.locator('gov-search[data-state="done"]').waitFor();
    expect((await resultLinks(page)).length).toBeGreaterThan(0);
    await page.close();
  });
  it('says so when the search cannot start, instead of searching for ever', async () => {
    const page = await site.ctx.newPage();
    await page.route(/\/_astro\/search-worker[.-][^/]*\.js$/, (route) => route.abort());
    await page.goto(`${site.url}/search/?q=quorum`);
    await page.locator('gov-search[data-state="failed"]').waitFor();
    expect(await page.locator('gov-search').getByRole('status').textContent()).toBe('The search could not run: its worker did not load.');
    await page.close();
  });
  it('ignores hostile address values with a visible notice and injects nothing', async () => {
    const hostile = encodeURIComponent('<img src=x onerror="window.__pwned=1">');
    const { page } = await search(`?trust=${hostile}&type=${encodeURIComponent('javascript:alert(1)')}&q=${hostile}`);
    const notice = page.getByRole('alert');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('for the trust filter that this page does not recognise');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('main img').count()).toBe(0);
    await page.close();
  });
  // Each value once, on q, trust or partner in turn, and on an unknown key as well: every value
  // meets the search page, each parameter a third of them, two pages at a time.
  const placed = rotate(HOSTILE_VALUES, ['q', 'trust', 'partner'] as const);
  it.each(['q', 'trust', 'partner'] as const)('hostile values on %s and an unknown key: a notice, nothing injected, the address cleaned', async (key) => {
    await sweepHostile(site.ctx, placed, key, async (page, { query, value }, { what, dialogOpened }) => {
      await page.goto(`${site.url}/search/?${key}=${query}&evil=${query}`);
      await page.locator('gov-search[data-state="done"], gov-search[data-state="idle"]').waitFor();
      const notice = page.getByRole('alert');
      expect(await notice.isVisible(), what).toBe(true);
      const text = (await notice.textContent()) ?? '';
      expect(text, what).toContain('setting in the address that this page does not use');
      if (key !== 'q') expect(text, what).toContain(`for the ${key} filter that this page does not recognise`);
      expect(text, what).not.toContain(value.slice(0, 20));
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), what).toBeUndefined();
      expect(await page.locator('main img, main iframe, main svg[onload]').count(), what).toBe(0);
      expect(await page.locator('script', { hasText: /__pwned|alert\(/ }).count(), what).toBe(0);
      expect(dialogOpened(), what).toBe(false);
      // The unknown filter and key are gone from the address. The search words are free text, so q
      // stays, but without control or invisible characters and cut to its maximum length.
      const address = new URL(page.url()).searchParams;
      expect([address.has('evil'), address.has('trust'), address.has('partner')], what).toEqual([false, false, false]);
      const q = address.get('q') ?? '';
      expect(q, what).not.toMatch(/[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/);
      expect(q.length, what).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    });
  });
});
