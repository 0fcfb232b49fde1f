/** The built site in Chromium: each page type, clause addresses, and search with its filters. */
import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH } from '../../src/lib/search-state';
import { HOSTILE_VALUES, useSite, watchedPage } from './harness';

const site = useSite();

const open = (path: string) => site.open(path);

const DOCUMENTS = [
  ['/kent/governance-framework-2007/', 'Kent Children\'s Trust Governance Framework', '26 November 2007'],
  ['/kent/partnership-agreement-2008/', "Kent Children's Trust Partnership Agreement", 'May 2008'],
  ['/kent/commissioning-review-2009/', "Kent Children's Trust (KCT) Commissioning and Delivery Review", '16 December 2009'],
  ['/kent/cabinet-report-2010/', "KENT CHILDREN'S TRUST (KCT) AND LOCAL PARTNERSHIP ARRANGEMENTS", '29 March 2010'],
  ['/harrow/scrutiny-report-2009/', "Children's Trust", '21 April 2009'],
  ['/durham/governance-arrangements-2009/', "Children's Trust Arrangements in County Durham", 'January 2009'],
] as const;

describe('home page', () => {
  it('offers three ways in: members, partner staff, briefing authors', async () => {
    const page = await open('/');
    for (const name of ['Board and elected members', 'Partner agency staff', 'Officers writing briefings']) {
      await expect(page.getByRole('heading', { name, level: 2 }).isVisible()).resolves.toBe(true);
    }
    await page.close();
  });
});

describe('trust pages', () => {
  it('Kent lists its four documents and its bodies, with clause links', async () => {
    const page = await open('/kent/');
    const docs = page.locator('.document-list > li');
    expect(await docs.count()).toBe(4);
    await expect(page.getByRole('heading', { name: 'KCT Executive Group' }).isVisible()).resolves.toBe(true);
    expect(await page.locator('a[href="/kent/partnership-agreement-2008/#13.2"]').count()).toBeGreaterThan(0);
    await page.close();
  });
  for (const trust of ['/harrow/', '/durham/']) {
    it(`${trust} lists a document`, async () => {
      const page = await open(trust);
      expect(await page.locator('.document-list > li').count()).toBe(1);
      await page.close();
    });
  }
});

describe('document pages', () => {
  for (const [path, title, date] of DOCUMENTS) {
    it(`${path} shows its title, date, status box and historical notice`, async () => {
      const page = await open(path);
      expect((await page.getByRole('heading', { level: 1 }).textContent())?.trim()).toMatch(new RegExp(`^${title.replace(/[()]/g, '\\$&')}`));
      const status = page.getByRole('region', { name: 'Historical document' });
      expect(await status.textContent()).toContain(date);
      expect(await status.textContent()).toContain('not been updated');
      await page.close();
    });
  }
  it('shows gaps in the source as marked gaps, not invented text', async () => {
    const page = await open('/durham/governance-arrangements-2009/');
    const gaps = page.locator('aside[data-gap]');
    expect(await gaps.count()).toBe(2);
    expect(await gaps.first().getAttribute('aria-label')).toMatch(/^Gap in the source: /);
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
  it('ids are unique on every document page', async () => {
    for (const [path] of DOCUMENTS) {
      const page = await open(path);
      const ids = await page.$$eval('[id]', (els) => els.map((el) => el.id));
      expect(ids.filter((id, i) => ids.indexOf(id) !== i), path).toEqual([]);
      await page.close();
    }
  });
});

describe('search', () => {
  async function search(query: string) {
    const page = await open(`/search/${query}`);
    await page.locator('gov-search[data-state="done"], gov-search[data-state="idle"]').waitFor();
    const links = await page.locator('[data-results] li h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    return { page, links };
  }
  it('"casting vote" finds Kent 11.3 and Durham 9.5', async () => {
    const { page, links } = await search('?q=casting+vote');
    expect(links).toContain('/kent/partnership-agreement-2008/#11.3');
    expect(links.some((href) => href.startsWith('/durham/governance-arrangements-2009/#9.5'))).toBe(true);
    expect(await page.getByRole('status').textContent()).toMatch(/results? for “casting vote”/);
    await page.close();
  });
  it('the trust filter narrows results, and the URL presets it', async () => {
    const { page, links } = await search('?q=casting+vote&trust=durham');
    expect(links.length).toBeGreaterThan(0);
    // Documents of the trust, and its tools, which carry the trust filter too.
    expect(links.every((href) => href.startsWith('/durham/') || /^\/tools\/[a-z]+\/durham-/.test(href))).toBe(true);
    expect(links.some((href) => href.startsWith('/durham/governance-arrangements-2009/'))).toBe(true);
    expect(await page.getByRole('checkbox', { name: "Children's Trust for County Durham" }).isChecked()).toBe(true);
    await page.close();
  });
  it('browses by document type with no words', async () => {
    const { links } = await search('?type=cabinet-report');
    expect(links.map((l) => l.split('#')[0]).sort()).toEqual(['/kent/cabinet-report-2010/', '/kent/governance-framework-2007/']);
  });
  it('finds a paragraph that only uses the acronym: "local area agreement" finds LAA', async () => {
    const { links } = await search('?q=local+area+agreement');
    expect(links.some((href) => href.startsWith('/durham/'))).toBe(true);
  });
  it('keyboard: type, tick a filter with Space, submit with Enter; the address follows', async () => {
    const { page } = await search('');
    await page.getByLabel('Search words').focus();
    await page.keyboard.type('quorum');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.getByLabel('Search words').press('Enter');
    await page.locator('gov-search[data-state="done"]').waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('quorum');
    expect(new URL(page.url()).searchParams.getAll('trust')).toEqual(['kent']);
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
  it(`each of the ${HOSTILE_VALUES.length} hostile values on q, trust and partner: a notice, nothing injected, the filters gone from the address`, async () => {
    const { page, dialogOpened } = await watchedPage(site.ctx);
    for (const { query, value } of HOSTILE_VALUES) {
      // One address carries the value on all three keys: the search runs (Pagefind included) with it.
      await page.goto(`${site.url}/search/?q=${query}&trust=${query}&partner=${query}`);
      await page.locator('gov-search[data-state="done"], gov-search[data-state="idle"]').waitFor();
      const notice = page.getByRole('alert');
      expect(await notice.isVisible(), query.slice(0, 80)).toBe(true);
      const text = (await notice.textContent()) ?? '';
      expect(text).toContain('for the trust filter that this page does not recognise');
      expect(text).toContain('for the partner filter that this page does not recognise');
      expect(text).not.toContain(value.slice(0, 20));
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('main img, main iframe, main svg[onload]').count()).toBe(0);
      expect(await page.locator('script', { hasText: /__pwned|alert\(/ }).count()).toBe(0);
      expect(dialogOpened()).toBe(false);
      // The unknown filters are gone from the address. The search words are free text, so q stays,
      // but without control or invisible characters and cut to its maximum length.
      const address = new URL(page.url()).searchParams;
      expect([address.has('trust'), address.has('partner')], query.slice(0, 80)).toEqual([false, false]);
      const q = address.get('q') ?? '';
      expect(q).not.toMatch(/[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/);
      expect(q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    }
    await page.close();
  }, 120_000);
});
