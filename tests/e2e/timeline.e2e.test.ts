/**
 * The Kent action plan timeline in Chromium, against the built site: every action of the seven key
 * proposals in the table, filtering by proposal through the form and through the address, the
 * "as at" date changing the count, keyboard-only use, hostile address values, the embed and its
 * height message, the form before the script starts (there, and a choice made in it kept), and the
 * page without JavaScript. Expected counts were worked out by hand from
 * content/plans/kent-change-for-children-2010.yaml (see tests/unit/plan-timeline.test.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { axeViolations, heldPage, HOSTILE_VALUES, hostile, rotate, sweepHostile, tabTo, useSite } from './harness';
import { plans, some } from '../content';
import { planSchema } from '../../src/schemas/plan';

const site = useSite();

const PAGE = '/kent/plans/kent-change-for-children-2010/';
const EMBED = '/embed/timeline/kent-change-for-children-2010/';
const plan = planSchema.parse(parse(readFileSync(new URL('../../content/plans/kent-change-for-children-2010.yaml', import.meta.url), 'utf8')));
const ACTIONS = plan.proposals.flatMap((p) => p.actions);

/** Opens the timeline and waits for its element to take over (the form is shown). */
async function openTimeline(path: string): Promise<Page> {
  const page = await site.open(path);
  await page.locator('form[data-timeline-form][data-started]').waitFor();
  return page;
}

const root = (page: Page) => page.locator('gov-timeline');
const attr = (page: Page, name: string) => root(page).getAttribute(name);
const shownRows = (page: Page) => page.locator('.timeline-table tbody:not([hidden]) tr[data-action]');
const shownNumbers = (page: Page) => shownRows(page).evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.action));
const status = (page: Page, action: string) => page.locator(`.timeline-table tr[data-action="${action}"] [data-status-text]`).textContent();
const headline = (page: Page) => page.locator('[data-headline]').textContent();

/** Waits for the polite live region to say `text` (it speaks once typing pauses). */
async function announced(page: Page, text: string): Promise<string> {
  await page.waitForFunction((t) => document.querySelector('[data-live]')?.textContent?.includes(t), text);
  return (await page.locator('[data-live]').textContent()) ?? '';
}

/** Types a date into the day, month and year fields by keyboard alone. */
async function typeDate(page: Page, day: string, month: string, year: string): Promise<void> {
  for (const [label, value] of [['Day', day], ['Month', month], ['Year', year]] as const) {
    await tabTo(page, page.getByLabel(label, { exact: true }));
    await page.keyboard.press('Control+A');
    await page.keyboard.type(value);
  }
}

describe('the table', () => {
  it('lists every supporting action of the seven key proposals, verbatim, with the date as printed', async () => {
    const page = await openTimeline(PAGE);
    expect(await page.locator('.timeline-table tbody').count()).toBe(plan.proposals.length);
    expect(await shownRows(page).count()).toBe(ACTIONS.length);
    for (const action of ACTIONS) {
      const row = page.locator(`.timeline-table tr[data-action="${action.number}"]`);
      expect(await row.locator('td').nth(0).textContent(), action.number).toBe(action.text);
      expect((await row.locator('td').nth(1).textContent())?.trim(), action.number).toBe(action.due ?? 'No date printed');
    }
    expect(await page.getByRole('columnheader', { name: 'Guide Implementation (as printed)' }).count()).toBe(1);
    await page.close();
  });

  it('starts as at 31 December 2010, the end of the plan year: 26 of 32 due', async () => {
    const page = await openTimeline(PAGE);
    expect(await attr(page, 'data-due')).toBe('26');
    expect(await attr(page, 'data-shown')).toBe('32');
    expect(await attr(page, 'data-as-at')).toBe('2010-12-31');
    expect(await headline(page)).toBe('26 of 32 actions due by 31 December 2010.');
    expect(await page.locator('[data-not-counted]').textContent()).toBe('Not counted as due: 2 ongoing actions have started; 4 actions print no date.');
    expect(await status(page, '2.2')).toBe('Ongoing from January 2010: started');
    expect(await status(page, '3.1')).toBe('No date printed');
    // The address stays plain for the default.
    expect(new URL(page.url()).search).toBe('');
    await page.close();
  });

  it('each action number links to the action in the review', async () => {
    const page = await openTimeline(PAGE);
    expect(await page.locator('.timeline-table tr[data-action="4.1"] a').getAttribute('href')).toBe('/kent/commissioning-review-2009/#action-4.1');
    await page.close();
  });
});

describe('filtering by proposal', () => {
  it('through the address: Key Proposals One and Four as at 30 June 2010 is 7 of 9 due', async () => {
    const page = await openTimeline(`${PAGE}?proposal=1&proposal=4&asat=2010-06-30`);
    expect(await shownNumbers(page)).toEqual(['1.1', '1.2', '1.3', '1.4', '4.1', '4.2', '4.3', '4.4', '4.5']);
    expect(await attr(page, 'data-due')).toBe('7');
    expect(await attr(page, 'data-shown')).toBe('9');
    expect(await headline(page)).toBe('7 of 9 actions due by 30 June 2010.');
    expect(await page.getByRole('checkbox', { name: /Key Proposal One/ }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /Key Proposal Four/ }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /Key Proposal Two/ }).isChecked()).toBe(false);
    expect(await page.locator('.chart-group:not([hidden])').count()).toBe(2);
    expect(await status(page, '1.4')).toBe('Not yet due');
    expect(await page.getByRole('columnheader', { name: 'Status as at 30 June 2010' }).count()).toBe(1);
    await page.close();
  });

  it('through the form: ticking Key Proposal Three shows its four undated actions, none due', async () => {
    const page = await openTimeline(PAGE);
    await page.getByRole('checkbox', { name: /Key Proposal Three/ }).check();
    expect(await shownNumbers(page)).toEqual(['3.1', '3.2', '3.3', '3.4']);
    expect(await attr(page, 'data-due')).toBe('0');
    expect(await announced(page, '0 of 4 actions due by 31 December 2010.')).toContain('4 actions print no date');
    expect(new URL(page.url()).searchParams.getAll('proposal')).toEqual(['3']);
    await page.getByRole('checkbox', { name: /Key Proposal Seven/ }).check();
    expect(await attr(page, 'data-shown')).toBe('8');
    expect(await attr(page, 'data-due')).toBe('3');
    expect(new URL(page.url()).search).toBe('?proposal=3&proposal=7');
    // Unticking every box shows every proposal again.
    await page.getByRole('checkbox', { name: /Key Proposal Three/ }).uncheck();
    await page.getByRole('checkbox', { name: /Key Proposal Seven/ }).uncheck();
    expect(await shownRows(page).count()).toBe(32);
    expect(new URL(page.url()).search).toBe('');
    await page.close();
  });

  it('the embed code follows the chosen proposals and date', async () => {
    const page = await openTimeline(`${PAGE}?asat=2010-03-31`);
    await page.getByRole('checkbox', { name: /Key Proposal Six/ }).check();
    const code = await page.getByLabel('Embed code').inputValue();
    expect(code).toContain(`src="${site.url}${EMBED}?proposal=6&amp;asat=2010-03-31"`);
    await page.close();
  });
});

describe('the "as at" date', () => {
  it('action 1.1 "by March 2010": 7 of 32 due as at 31 March 2010, 2 as at 30 March', async () => {
    const page = await openTimeline(PAGE);
    await typeDate(page, '31', '3', '2010');
    expect(await attr(page, 'data-due')).toBe('7');
    expect(await attr(page, 'data-as-at')).toBe('2010-03-31');
    expect(await announced(page, '7 of 32 actions due by 31 March 2010.')).toBe(
      '7 of 32 actions due by 31 March 2010. Not counted as due: 2 ongoing actions have started; 4 actions print no date.',
    );
    expect(await status(page, '1.1')).toBe('Due');
    expect(new URL(page.url()).searchParams.get('asat')).toBe('2010-03-31');
    await typeDate(page, '30', '3', '2010');
    expect(await attr(page, 'data-due')).toBe('2');
    expect(await status(page, '1.1')).toBe('Not yet due');
    expect(await page.locator('.timeline-table tr[data-status="due"]').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.action))).toEqual(['2.1', '6.1']);
    await page.close();
  });

  it('action 7.2 "from March 2010" has not started as at 28 February 2010, and is never counted as due', async () => {
    const page = await openTimeline(`${PAGE}?asat=2010-02-28`);
    expect(await status(page, '7.2')).toBe('Ongoing from March 2010: not started yet');
    expect(await attr(page, 'data-due')).toBe('2');
    await page.close();
    const later = await openTimeline(`${PAGE}?asat=2010-03-01&proposal=7`);
    expect(await status(later, '7.2')).toBe('Ongoing from March 2010: started');
    expect(await attr(later, 'data-due')).toBe('0');
    await later.close();
  });

  it('the as-at line moves on the chart', async () => {
    const page = await openTimeline(`${PAGE}?asat=2010-06-30`);
    const left = () => page.locator('[data-chart-asat]').evaluate((el) => (el as HTMLElement).style.getPropertyValue('--at'));
    expect(await left()).toBe(`${((181 / 365) * 100).toFixed(3)}%`);
    expect(await page.locator('[data-chart-asat-label]').textContent()).toBe('As at 30 June 2010');
    await typeDate(page, '31', '12', '2011');
    expect(await left()).toBe('100.000%');
    expect(await page.locator('[data-chart-asat-label]').textContent()).toBe('As at 31 December 2011 (after the chart)');
    await page.close();
  });

  it('an impossible date is an error linked to its field, and never reaches the address', async () => {
    const page = await openTimeline(`${PAGE}?asat=2010-06-30`);
    await typeDate(page, '31', '2', '2010');
    const summary = page.locator('[data-errors]');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('As at date must be a real date');
    expect(await page.getByLabel('Day', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    // The last real date typed (3 June, on the way to 31) stays in force; the impossible one goes nowhere.
    expect(await attr(page, 'data-as-at')).toBe('2010-06-03');
    expect(new URL(page.url()).searchParams.get('asat')).toBe('2010-06-03');
    await summary.getByRole('link').click();
    expect(await page.getByLabel('Day', { exact: true }).evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    // Correcting it clears the error.
    await page.keyboard.press('Control+A');
    await page.keyboard.type('28');
    expect(await summary.isVisible()).toBe(false);
    expect(await attr(page, 'data-as-at')).toBe('2010-02-28');
    await page.close();
  });

  it('emptying the date goes back to the default, 31 December 2010', async () => {
    const page = await openTimeline(`${PAGE}?asat=2010-03-31`);
    for (const label of ['Day', 'Month', 'Year']) await page.getByLabel(label, { exact: true }).fill('');
    expect(await attr(page, 'data-as-at')).toBe('2010-12-31');
    expect(new URL(page.url()).search).toBe('');
    await page.close();
  });
});

describe('by keyboard alone', () => {
  it('Tab and Space tick Key Proposal Two; typing 31 3 2010 gives 2 of 5 due', async () => {
    const page = await openTimeline(PAGE);
    await tabTo(page, page.getByRole('checkbox', { name: /Key Proposal Two/ }));
    await page.keyboard.press('Space');
    expect(await attr(page, 'data-shown')).toBe('5');
    await typeDate(page, '31', '3', '2010');
    expect(await attr(page, 'data-due')).toBe('2');
    expect(await announced(page, '2 of 5 actions due by 31 March 2010.')).toContain('1 ongoing action has started');
    expect(new URL(page.url()).search).toBe('?proposal=2&asat=2010-03-31');
    // Space again unticks it.
    await tabTo(page, page.getByRole('checkbox', { name: /Key Proposal Two/ }));
    await page.keyboard.press('Space');
    expect(await attr(page, 'data-shown')).toBe('32');
    await page.close();
  });
});

describe('hostile and malformed values in the address', () => {
  // Each value once, on proposal or asat in turn, with an unknown key beside it; two pages at a time.
  const placed = rotate([...HOSTILE_VALUES, hostile('\u202E2010-06-30'), hostile('2010-06-30\u0000')], ['proposal', 'asat'] as const);
  it.each(['proposal', 'asat'] as const)('?%s= and an unknown key are dropped with a notice, inject nothing, and leave the address', async (key) => {
    await sweepHostile(site.ctx, placed, key, async (page, { query, value }, { what, dialogOpened }) => {
      await page.goto(`${site.url}${PAGE}?${key}=${query}&proposal=5&evil=${query}`);
      await page.locator('form[data-timeline-form][data-started]').waitFor();
      const notice = page.locator('[data-notices]');
      expect(await notice.isVisible(), what).toBe(true);
      const text = (await notice.textContent()) ?? '';
      expect(text, what).toContain(key === 'asat' ? 'Ignored the "as at" date' : 'for the key proposals to show that this tool does not recognise');
      expect(text, what).toContain('1 setting in the address that this tool does not use');
      expect(text, what).not.toContain(value.slice(0, 20));
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), what).toBeUndefined();
      expect(await page.locator('gov-timeline img, gov-timeline svg, gov-timeline iframe, gov-timeline script:not([type="application/json"])').count(), what).toBe(0);
      expect(dialogOpened(), what).toBe(false);
      // What was usable is kept; the rest is gone from the address.
      expect(new URL(page.url()).search, what).toBe('?proposal=5');
      expect(await attr(page, 'data-shown'), what).toBe('4');
      expect(await attr(page, 'data-as-at'), what).toBe('2010-12-31');
    });
  });

  it('a proposal the plan does not have and a date that does not exist', async () => {
    const page = await openTimeline(`${PAGE}?proposal=8&proposal=0&asat=2010-02-30`);
    const items = await page.locator('[data-notices] li').allTextContents();
    expect(items).toEqual([
      'Ignored 2 values for the key proposals to show that this tool does not recognise.',
      'Ignored the "as at" date: it was not a real date written as year-month-day.',
    ]);
    expect(new URL(page.url()).search).toBe('');
    expect(await shownRows(page).count()).toBe(32);
    await page.close();
  });
});

describe('the embed', () => {
  it('has no site navigation, opens links in the host window, links back, and keeps its state', async () => {
    const page = await openTimeline(`${EMBED}?proposal=1&proposal=4&asat=2010-06-30`);
    expect(await page.locator('nav, .sidebar-pane, header.header').count()).toBe(0);
    expect(await attr(page, 'data-due')).toBe('7');
    const targets = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('target')));
    expect(targets.length).toBeGreaterThan(9);
    expect(targets.every((t) => t === '_top')).toBe(true);
    expect(await page.locator(`a[href="${PAGE}"]`).count()).toBe(1);
    expect(await page.locator('a[href="/kent/commissioning-review-2009/#3.2"]').count()).toBe(1);
    await page.close();
  });

  it('tells the host page its height in an iframe', async () => {
    const { height, host } = await site.framed(`${EMBED}?proposal=3`);
    expect(height).toBeGreaterThan(600);
    const frame = host.frameLocator('iframe');
    expect(await frame.locator('gov-timeline').getAttribute('data-shown')).toBe('4');
    await host.close();
  });
});

describe('before the script starts', () => {
  const held = (path: string) => heldPage(site.ctx, site.url + path);
  const top = (page: Page) => page.locator('[data-headline]').evaluate((el) => Math.round(el.getBoundingClientRect().top + scrollY));
  const dateFields = (page: Page) => page.locator('[data-date-part]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));

  it('the form is there from the start, filled in for 31 December 2010, and starting moves nothing', async () => {
    const { page, release } = await held(PAGE);
    expect(await page.locator('form[data-timeline-form]').isVisible()).toBe(true);
    expect(await dateFields(page)).toEqual(['31', '12', '2010']);
    const before = await top(page);
    release();
    await page.locator('form[data-timeline-form][data-started]').waitFor();
    expect(await top(page)).toBe(before);
    expect(await dateFields(page)).toEqual(['31', '12', '2010']);
    await page.close();
  });

  it('a proposal ticked and a date typed before the start are kept, win over the address, and count', async () => {
    const { page, release } = await held(`${PAGE}?proposal=4`);
    await page.locator('input[name="proposal"][value="1"]').check();
    await page.locator('[data-date-part="day"]').fill('30');
    await page.locator('[data-date-part="month"]').fill('6');
    release();
    await page.locator('form[data-timeline-form][data-started]').waitFor();
    expect(await page.locator('input[name="proposal"][value="1"]').isChecked()).toBe(true);
    expect(await page.locator('input[name="proposal"][value="4"]').isChecked()).toBe(false);
    expect(await dateFields(page)).toEqual(['30', '6', '2010']);
    expect(new URL(page.url()).search).toBe('?proposal=1&asat=2010-06-30');
    const fresh = await openTimeline(`${PAGE}?proposal=1&asat=2010-06-30`);
    expect(await headline(page)).toBe(await headline(fresh));
    expect(await attr(page, 'data-due')).toBe(await attr(fresh, 'data-due'));
    await fresh.close();
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('the table and the chart are complete, with every status as at 31 December 2010', async () => {
    const noJs = await site.browser.newContext({ javaScriptEnabled: false });
    for (const path of [PAGE, EMBED]) {
      const page = await noJs.newPage();
      await page.goto(site.url + path);
      expect(await page.locator('form[data-timeline-form]').isVisible()).toBe(false);
      expect(await page.locator('.tool-noscript').isVisible()).toBe(true);
      const rows = page.locator('.timeline-table tr[data-action]');
      expect(await rows.count()).toBe(32);
      for (const row of await rows.all()) expect(await row.isVisible()).toBe(true);
      expect(await page.locator('.chart-row').count()).toBe(32);
      expect(await page.locator('[data-headline]').textContent()).toBe('26 of 32 actions due by 31 December 2010.');
      expect(await page.locator('.timeline-table tr[data-status="due"]').count()).toBe(26);
      await page.close();
    }
    await noJs.close();
  });
});

describe('links to the timeline and from it', () => {
  it.each(some(plans(), 'plan').map((p) => [p.id, p] as const))('the trust page of %s links to its timeline', async (_, plan) => {
    const page = await site.open(`/${plan.trust}/`);
    expect(await page.getByRole('link', { name: 'Action plan timeline' }).evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toContain(
      `/${plan.trust}/plans/${plan.id}/`,
    );
    await page.close();
  });

  it('the page links to Appendix 1 in the review, and that place exists', async () => {
    const page = await openTimeline(PAGE);
    const link = page.getByRole('link', { name: 'Read Appendix 1 in the document' });
    expect(await link.getAttribute('href')).toBe('/kent/commissioning-review-2009/#key-proposal-one');
    await link.click();
    await page.waitForURL('**/commissioning-review-2009/#key-proposal-one');
    expect(await page.locator('[id="key-proposal-one"]').count()).toBe(1);
    await page.close();
  });

  it('the page explains each reading, and the chart is hidden from assistive technology', async () => {
    const page = await openTimeline(PAGE);
    await expect(page.locator('main').textContent()).resolves.toContain('is a start, not a deadline');
    expect(await page.locator('.timeline-chart .chart').getAttribute('aria-hidden')).toBe('true');
    await page.close();
  });
});
