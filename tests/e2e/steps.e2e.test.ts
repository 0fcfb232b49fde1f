/**
 * Tools that keep the reader's place (WCAG 2.2 AA), in Chromium against the built site. The pages
 * are found in dist/, not listed here: every page carrying the dispute stepper (tool pages and
 * embeds), every action plan timeline, and every tool with a typed field, each checked against the
 * rules in content/rules/ so a page the search missed fails the test.
 *
 * - After Continue, Back and Start again, focus is on the new step's legend or heading, in view.
 * - An empty Continue gives the GOV.UK error summary, in focus, one link per field in error that
 *   moves focus to it, the message on the field's group and in its aria-describedby; nothing else
 *   (no alert, no live region) says the message again.
 * - The polite live region speaks only when the verdict changes, never at load.
 * - A date typed part by part raises no error until the whole date is entered, or focus leaves it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { DIST, builtPages, useSite } from './harness';
import { loadRules } from '../unit/rules/load';
import { protocolWait, stepOf } from '../../src/lib/rules/protocol';
import { embedHref, toolHref } from '../../src/lib/rules/tools';
import type { ProtocolRule } from '../../src/lib/rules/types';

const site = useSite();

/** Every built page's HTML, by site path. */
const built = new Map(
  builtPages()
    .filter((path) => !path.startsWith('/pagefind/'))
    .map((path) => [path, readFileSync(join(DIST, path, path.endsWith('.html') ? '' : 'index.html'), 'utf8')]),
);
const pagesWhere = (test: RegExp) => [...built].filter(([, html]) => test.test(html)).map(([path]) => path);

const protocols = loadRules().filter((r): r is ProtocolRule => r.kind === 'protocol' && r.provision === 'stated');
/** Every built page with a working dispute stepper (a form), with the rule it runs. */
const steppers = pagesWhere(/<gov-dispute[^>]*>[\s\S]*data-tool-form/).map((path) => {
  const id = /<gov-dispute[^>]*data-rule="([^"]+)"/.exec(built.get(path)!)?.[1];
  return [path, protocols.find((r) => r.id === id)!] as const;
});
const timelines = pagesWhere(/<gov-timeline/);
const typedFields = pagesWhere(/<input[^>]*data-pattern=/);

/** The longest way from the start to an end that visits no step twice: most steps, most focus moves. */
function longestPath(rule: ProtocolRule, path: string[] = [rule.start]): string[] {
  const step = stepOf(rule, path.at(-1)!)!;
  return step.transitions
    .filter((t) => !path.includes(t.to))
    .map((t) => longestPath(rule, [...path, t.to]))
    .reduce((best, next) => (next.length > best.length ? next : best), path);
}

/** Opens a page and waits for its tool to start. */
async function openTool(path: string): Promise<Page> {
  const page = await site.open(path);
  await page.locator('form[data-tool-form][data-started], form[data-timeline-form]:not([hidden])').waitFor();
  return page;
}

/** Records each change of the polite live region's text, in `window.__spoken`. */
async function listen(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const live = document.querySelector('[data-live]')!;
    const spoken: string[] = ((window as unknown as { __spoken: string[] }).__spoken = []);
    new MutationObserver(() => spoken.push(live.textContent ?? '')).observe(live, { childList: true, characterData: true, subtree: true });
  });
  return () => page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken.slice());
}

/** The focused element: its tag, the step block it titles, its text, and whether it is in view, uncovered. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const box = el.getBoundingClientRect();
    const block = el.closest<HTMLElement>('[data-choices-for], [data-end-for]');
    return {
      tag: el.tagName,
      tabindex: el.getAttribute('tabindex'),
      step: block?.dataset.choicesFor ?? block?.dataset.endFor ?? null,
      text: el.textContent?.trim() ?? '',
      // On screen and not under anything (a sticky header): what is at its middle is the element.
      inView:
        box.height > 0 &&
        box.top >= 0 &&
        box.bottom <= window.innerHeight &&
        el.contains(document.elementFromPoint(box.left + Math.min(box.width / 2, 20), box.top + box.height / 2)),
    };
  });

/** Text of everything that announces by itself (alerts, live regions) and is shown or live. */
const announcers = (page: Page) =>
  page.locator('[role="alert"], [aria-live], [role="status"]').evaluateAll((els) => els.filter((el) => !(el as HTMLElement).hidden).map((el) => el.textContent?.trim() ?? ''));

const isFocused = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => el === document.activeElement);

describe('the pages', () => {
  it('every stated dispute rule has its tool page and embed among the steppers found, and only those', () => {
    expect(protocols.length).toBeGreaterThan(0);
    const expected = protocols.flatMap((rule) => [toolHref(rule), embedHref(rule)]).sort();
    expect(steppers.map(([page]) => page).sort()).toEqual(expected);
    for (const [page, rule] of steppers) expect(rule, page).toBeDefined();
  });
  it('there is a timeline page and a tool with typed fields to check', () => {
    expect(timelines.length).toBeGreaterThan(0);
    expect(typedFields.length).toBeGreaterThan(0);
  });
});

describe.each(steppers)('%s', (path, rule) => {
  const steps = longestPath(rule);
  const hasDate = protocolWait(rule) !== undefined;

  it(`focus moves to each new step's legend or heading, in view (${steps.length} steps), and back`, async () => {
    const page = await openTool(path);
    await page.locator(`[data-choices-for="${rule.start}"] input`).first().focus();
    for (const [i, id] of steps.slice(1).entries()) {
      // From the step's legend (or, at the start, its first choice), choose by keyboard and press Enter.
      const here = stepOf(rule, steps[i]!)!;
      if (i > 0) await page.keyboard.press('Tab');
      expect(await isFocused(page, `[data-choices-for="${here.id}"] input`)).toBe(true);
      await page.keyboard.press('Space');
      for (let n = here.transitions.findIndex((t) => t.to === id); n > 0; n -= 1) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      expect(await page.locator('[data-widget]').getAttribute('data-step')).toBe(id);
      const step = stepOf(rule, id)!;
      const now = await focused(page);
      expect(now, `after choosing ${id}`).toEqual({
        tag: step.outcome === undefined ? 'LEGEND' : 'H3',
        tabindex: '-1',
        step: id,
        text: step.outcome === undefined ? `${step.title}: what happened?` : step.title,
        inView: true,
      });
    }
    await page.getByRole('button', { name: 'Back one step' }).focus();
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({ tag: 'LEGEND', step: steps.at(-2), inView: true });
    await page.getByRole('button', { name: 'Start again' }).focus();
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({ tag: 'LEGEND', step: rule.start, text: `${stepOf(rule, rule.start)!.title}: what happened?`, inView: true });
    await page.close();
  });

  it('an empty Continue puts the error summary in focus, links to the choices, marks them, and says it once', async () => {
    const page = await openTool(path);
    const spoken = await listen(page);
    const group = page.locator(`[data-choices-for="${rule.start}"]`);
    const firstChoice = group.locator('input[type="radio"]').first();
    const summary = page.locator('[data-errors]');
    for (let press = 0; press < 2; press += 1) {
      await page.getByRole('button', { name: 'Continue' }).focus();
      await page.keyboard.press('Enter');
      expect(await summary.isVisible()).toBe(true);
      expect(await isFocused(page, '[data-errors]'), `press ${press + 1}`).toBe(true);
      expect(await summary.getByRole('heading').textContent()).toBe('There is a problem');
      // One link, to the step's first choice, and the same message on the step's fieldset.
      expect(await summary.getByRole('link').count()).toBe(1);
      expect(await summary.getByRole('link').getAttribute('href')).toBe(`#${await firstChoice.getAttribute('id')}`);
      expect(await summary.getByRole('link').textContent()).toBe('Select what happened');
      const note = group.locator('.field-error');
      expect(await note.count()).toBe(1);
      expect(await note.textContent()).toBe('Error: Select what happened');
      expect((await group.getAttribute('aria-describedby'))?.split(' ')).toContain(await note.getAttribute('id'));
      expect(await group.getAttribute('data-invalid')).toBe('');
      // The message comes after the legend, before the choices (GOV.UK).
      expect(await group.evaluate((g) => g.querySelector('legend')!.nextElementSibling!.className)).toBe('field-error');
    }
    // Announced once: by the summary taking focus, not by an alert or the live region as well.
    expect(await summary.getAttribute('role')).toBeNull();
    expect((await announcers(page)).filter((text) => text.includes('Select what happened'))).toEqual([]);
    expect(await spoken()).toEqual([]);
    expect(await page.locator('[data-widget]').getAttribute('data-step')).toBe(rule.start);
    const axe = await new AxeBuilder({ page }).include('[data-widget]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    // The link takes focus to the first choice; choosing clears the error.
    await page.keyboard.press('Tab');
    expect(await isFocused(page, '[data-errors] a')).toBe(true);
    await page.keyboard.press('Enter');
    expect(await firstChoice.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Space');
    expect(await summary.isVisible()).toBe(false);
    expect(await group.locator('.field-error').count()).toBe(0);
    expect(await group.getAttribute('aria-describedby')).toBeNull();
    expect(await page.locator('[data-widget] [data-invalid]').count()).toBe(0);
    await page.close();
  });

  it(`the live region speaks only when the verdict changes${hasDate ? ' (the earliest date)' : ''}`, async () => {
    const page = await openTool(path);
    expect(await page.locator('[data-live]').textContent()).toBe('');
    const spoken = await listen(page);
    // Choosing without Continue changes nothing; Continue moves focus, which says the step.
    const [, next] = longestPath(rule);
    await page.locator(`[data-choices-for="${rule.start}"] input[value="${next}"]`).check();
    expect(await spoken()).toEqual([]);
    await page.getByRole('button', { name: 'Continue' }).click();
    expect(await page.locator('[data-widget]').getAttribute('data-step')).toBe(next);
    expect(await spoken()).toEqual([]);
    expect(await page.locator('[data-date]').count()).toBe(hasDate ? 1 : 0);
    if (hasDate) {
      const typeDate = async (day: string, month: string, year: string) => {
        for (const [label, value] of [['Day', day], ['Month', month], ['Year', year]] as const) {
          await page.getByLabel(label, { exact: true }).focus();
          await page.keyboard.press('Control+A');
          await page.keyboard.type(value);
        }
      };
      // The date's answer: where readings give different dates, every answer (as the live region says them), else the last line.
      const line = async () => {
        const answers = page.locator('[data-verdict] [data-answers]:not([hidden]) li');
        if ((await answers.count()) > 0) return (await answers.allTextContents()).join(' ');
        return page.locator('[data-verdict] [data-lines] li').last().textContent();
      };
      // Typed answers are spoken once the reader pauses.
      const pause = () => page.waitForTimeout(600);
      await typeDate('2', '3', '2009');
      await pause();
      expect(await page.locator('[data-widget]').getAttribute('data-earliest-second-meeting')).not.toBeNull();
      const first = await line();
      expect(first).toMatch(/at the earliest/);
      expect(await spoken()).toEqual([first]);
      // The same date again, leaving the date, and another step: the answer is unchanged, so silence.
      await typeDate('2', '3', '2009');
      await pause();
      await page.getByRole('button', { name: 'Back one step' }).focus();
      await page.keyboard.press('Enter');
      expect(await spoken()).toEqual([first]);
      // Another date, typed through 1 March on the way to 16 March: said once, at the pause.
      await typeDate('16', '3', '2009');
      await pause();
      const second = await line();
      expect(second).not.toBe(first);
      expect(await spoken()).toEqual([first, second]);
    }
    await page.close();
  });

  if (hasDate) {
    it('a date typed part by part raises no error until the whole date is entered', async () => {
      const page = await openTool(path);
      await expectDateWaits(page, { day: '31', month: '2', year: '2009' });
      await page.close();
    });
  }
});

/**
 * Types `date` (not a real date) part by part into the page's empty or filled date fields and
 * checks that nothing is said or marked until the year's last digit, then the whole error at once.
 */
async function expectDateWaits(page: Page, date: { day: string; month: string; year: string }): Promise<void> {
  const fieldset = page.locator('[data-date]').locator('xpath=ancestor::fieldset[1]');
  const summary = page.locator('[data-errors]');
  const quiet = async (when: string) => {
    expect(await summary.isVisible(), when).toBe(false);
    expect(await page.locator('[data-widget] .field-error, [data-widget] [aria-invalid="true"]').count(), when).toBe(0);
    expect(await fieldset.getAttribute('data-invalid'), when).toBeNull();
    expect((await announcers(page)).join(' '), when).not.toMatch(/problem|must/);
  };
  const spoken = await listen(page);
  for (const part of ['day', 'month', 'year'] as const) {
    const input = page.locator(`[data-date-part="${part}"]`);
    await input.focus();
    await page.keyboard.press('Control+A');
    const value = date[part];
    for (const [i, key] of [...value].entries()) {
      if (part === 'year' && i === value.length - 1) break;
      await page.keyboard.type(key);
      await quiet(`after typing ${part} ${value.slice(0, i + 1)}`);
      // Still typing: focus stays in the field.
      expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
    }
  }
  // The year's last digit completes the date: now the error, once.
  await page.keyboard.type(date.year.at(-1)!);
  await summary.waitFor();
  expect(await isFocused(page, '[data-errors]')).toBe(true);
  const link = summary.getByRole('link');
  expect(await link.count()).toBe(1);
  expect(await link.textContent()).toMatch(/must be a real date$/);
  const day = page.locator('[data-date-part="day"]');
  const dayId = await day.getAttribute('id');
  expect(await link.getAttribute('href')).toBe(`#${dayId}`);
  expect(await day.getAttribute('aria-invalid')).toBe('true');
  const note = fieldset.locator('.field-error');
  expect(await note.textContent()).toBe(`Error: ${await link.textContent()}`);
  expect((await fieldset.getAttribute('aria-describedby'))?.split(' ')).toContain(`${dayId}-error`);
  expect(await fieldset.getAttribute('data-invalid')).toBe('');
  expect(await summary.getAttribute('role')).toBeNull();
  expect((await announcers(page)).filter((text) => /must be a real date/.test(text))).toEqual([]);
  await page.waitForTimeout(600); // past the timeline's pause before it speaks
  expect((await spoken()).filter((text) => /problem|must/.test(text))).toEqual([]);
  await link.click();
  expect(await day.evaluate((el) => el === document.activeElement)).toBe(true);
}

describe.each(timelines)('timeline %s', (path) => {
  it('a date typed part by part raises no error until the whole date is entered', async () => {
    const page = await openTool(path);
    const year = await page.locator('[data-date-part="year"]').inputValue();
    const [y, m] = (await page.locator('gov-timeline').getAttribute('data-as-at'))!.split('-').map(Number) as [number, number];
    await expectDateWaits(page, { day: '31', month: '2', year });
    // The impossible date never took effect: the last real date typed on the way (3 or 31 of the starting month) holds.
    const real31 = new Date(Date.UTC(y, m - 1, 31)).getUTCDate() === 31;
    const held = `${y}-${String(m).padStart(2, '0')}-${real31 ? '31' : '03'}`;
    expect(await page.locator('gov-timeline').getAttribute('data-as-at')).toBe(held);
    expect(new URL(page.url()).searchParams.get('asat') ?? held).toBe(held);
    await page.close();
  });

  it('leaving a part-typed date shows its error once; a real date clears it', async () => {
    const page = await openTool(path);
    const day = page.locator('[data-date-part="day"]');
    await day.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    expect(await page.locator('[data-errors]').isVisible()).toBe(false);
    await page.keyboard.press('Shift+Tab'); // out of the date
    expect(await isFocused(page, '[data-errors]')).toBe(true);
    expect(await page.locator('[data-errors] a').allTextContents()).toEqual(['As at date must include a day']);
    expect(await page.locator('[data-errors] a').getAttribute('href')).toBe(`#${await day.getAttribute('id')}`);
    await page.locator('[data-errors] a').click();
    await page.keyboard.type('1');
    expect(await page.locator('[data-errors]').isVisible()).toBe(false);
    expect(await day.getAttribute('aria-invalid')).toBeNull();
    await page.close();
  });

  it('the live region is silent at load and for a change that leaves the count as it was', async () => {
    const page = await openTool(path);
    const live = page.locator('[data-live]');
    expect(await live.textContent()).toBe('');
    const spoken = await listen(page);
    // Ticking every proposal shows every action, as ticking none does: the count is where it was.
    const boxes = page.locator('input[name="proposal"]');
    await boxes.evaluateAll((all) => {
      for (const box of all as HTMLInputElement[]) box.checked = true;
      all[0]!.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(new URL(page.url()).searchParams.getAll('proposal').length).toBe(await boxes.count());
    await page.waitForTimeout(700);
    expect(await spoken()).toEqual([]);
    const box = boxes.first();
    await box.uncheck();
    // A real change is said once, in the words on the page.
    await page.waitForFunction(() => document.querySelector('[data-live]')!.textContent !== '');
    const said = `${await page.locator('[data-headline]').textContent()} ${await page.locator('[data-not-counted]').textContent()}`.trim();
    expect(await spoken()).toEqual([said]);
    await page.waitForTimeout(700);
    expect(await spoken()).toEqual([said]);
    await page.close();
  });
});

describe.each(typedFields)('typed fields on %s', (path) => {
  it('a wrong value is an error when the reader leaves the field, not at each key', async () => {
    const page = await openTool(path);
    const field = page.locator('input[data-pattern]').first();
    const id = await field.getAttribute('id');
    const message = await field.getAttribute('data-error');
    await field.focus();
    await page.keyboard.type('x1');
    expect(await page.locator('[data-errors]').isVisible()).toBe(false);
    expect(await field.getAttribute('aria-invalid')).toBeNull();
    await page.keyboard.press('Tab');
    expect(await isFocused(page, '[data-errors]')).toBe(true);
    expect(await page.locator('[data-errors] a').allTextContents()).toEqual([message]);
    expect(await page.locator('[data-errors] a').getAttribute('href')).toBe(`#${id}`);
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect((await field.getAttribute('aria-describedby'))?.split(' ')).toContain(`${id}-error`);
    expect(await page.locator(`#${id}-error`).textContent()).toBe(`Error: ${message}`);
    expect((await announcers(page)).filter((text) => text.includes(message!))).toEqual([]);
    await page.locator('[data-errors] a').click();
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('3');
    expect(await page.locator('[data-errors]').isVisible()).toBe(false);
    expect(await field.getAttribute('aria-describedby')).toBeNull();
    await page.close();
  });
});
