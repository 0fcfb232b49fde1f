/**
 * The tools in Chromium, against the built site: every worked example through the URL (tool page
 * and embed), each tool driven by keyboard alone, hostile query values, JavaScript off, the "no
 * rule" pages, clause cross-links, the flowchart highlight, embed sizing and the embed code.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations, context, heldPage, HOSTILE_VALUES, hostile, inParallel, PARALLEL, tabTo, useSite, watchedPage, type Placed } from './harness';
import { rules as allRules, some, statedRules } from '../content';
import { toolHref, embedHref, toolOf } from '../../src/lib/rules/tools';
import { clauseHref } from '../../src/lib/clauses';
import type { StatedRule } from '../../src/lib/rules/types';

const site = useSite();

const rules = some(allRules(), 'rule');
const stated = some(statedRules(), 'stated rule');

/** Opens a tool page and waits for its custom element to take over (the form is marked started). */
async function openTool(path: string, on: BrowserContext = site.ctx): Promise<Page> {
  const page = await on.newPage();
  const response = await page.goto(site.url + path);
  expect(response?.status(), path).toBe(200);
  await page.locator('form[data-tool-form][data-started]').waitFor();
  return page;
}

const root = (page: Page) => page.locator('[data-widget]').first();
const result = (page: Page, attribute = 'data-result') => root(page).getAttribute(attribute);

describe('worked examples from the rule files, through the address', () => {
  const cases = some(stated.flatMap((rule) => rule.examples.map((e) => [`${rule.id}: ${e.name}`, rule, e] as const)), 'worked example');
  // Independent of each other: two at a time (maxConcurrency in vitest.config.ts).
  it.concurrent.for(cases)('%s', async ([, rule, example], { expect }) => {
    const attribute = rule.kind === 'protocol' ? 'data-step' : 'data-result';
    const others = Object.entries(example.others);
    for (const href of [toolHref(rule, example.query), embedHref(rule, example.query)]) {
      const page = await openTool(href);
      expect(await result(page, attribute), href).toBe(example.expect);
      // Every other reading that changes the answer is shown, beside the adopted answer, with its own answer.
      const attr = await root(page).getAttribute('data-other-results');
      expect(attr?.split(' ').sort() ?? [], href).toEqual(others.map(([r, v]) => `${r}:${v}`).sort());
      const answers = page.locator('[data-answers]:not([hidden]) > li');
      expect(await answers.count(), href).toBe(others.length === 0 ? 0 : others.length + 1);
      for (const [reading, value] of others) {
        expect(await page.locator(`[data-answer="${reading}"]`).getAttribute('data-answer-result'), href).toBe(value);
      }
      await page.close();
    }
  });
});

describe('quorum, by keyboard (Kent partnership agreement 10.4)', () => {
  it('five seats ticked with Tab and Space is quorate; Kent Police leaving makes the item inquorate', async () => {
    const page = await openTool('/tools/quorum/kent-quorum/');
    expect(await result(page)).toBe('not-quorate');
    for (const name of ['Chair', 'KCC', 'Kent Police', 'Youth Offending Service', 'District Councils']) {
      await tabTo(page, page.getByRole('checkbox', { name, exact: true }));
      await page.keyboard.press('Space');
    }
    expect(await result(page)).toBe('quorate');
    await expect(page.locator('[data-live]').textContent()).resolves.toContain('Quorate: 5 seats of 7 filled');
    expect(new URL(page.url()).searchParams.getAll('present')).toEqual(['chair', 'kcc', 'kent-police', 'yos', 'district-councils']);
    // Only those present can leave; Vice Chair is not present, so it has no "leaves" box.
    expect(await page.getByRole('checkbox', { name: 'Vice Chair leaves' }).isVisible()).toBe(false);
    await tabTo(page, page.getByRole('checkbox', { name: 'Kent Police leaves' }));
    await page.keyboard.press('Space');
    expect(await result(page)).toBe('not-quorate');
    await expect(page.locator('[data-verdict]').textContent()).resolves.toContain('once Kent Police leaves, it is not quorate');
    // The link reproduces the state.
    const again = await openTool(new URL(page.url()).pathname + new URL(page.url()).search);
    expect(await result(again)).toBe('not-quorate');
    await again.close();
    await page.close();
  });

  it('shows the other reading when it changes the answer', async () => {
    const page = await openTool('/tools/quorum/kent-quorum/?present=chair&present=kcc&present=kent-police&present=yos&present=district-councils');
    await expect(page.locator('[data-answers]').textContent()).resolves.toContain('If only organisations count, not the Chair or Vice Chair:');
    await page.close();
  });

  it('Kent 10.2 and 10.4: Chair, Kent Police, YOS and District Councils shows 4 and, with equal weight, 5 if the Chair also counts for KCC', async () => {
    const page = await openTool('/tools/quorum/kent-quorum/');
    for (const name of ['Chair', 'Kent Police', 'Youth Offending Service', 'District Councils']) {
      await tabTo(page, page.getByRole('checkbox', { name, exact: true }));
      await page.keyboard.press('Space');
    }
    expect(await result(page)).toBe('not-quorate');
    expect(await root(page).getAttribute('data-other-results')).toBe('chair-and-kcc:quorate');
    const adopted = page.locator('[data-answer="adopted"]');
    const other = page.locator('[data-answer="chair-and-kcc"]');
    await expect(adopted.textContent()).resolves.toBe('As this tool reads the words: Not quorate: 4 seats of 7 filled; 5 needed.');
    await expect(other.textContent()).resolves.toBe('If the Chair also counts for KCC: Quorate: 5 seats of 7 filled (KCC by the Chair); 5 needed.');
    // Equal weight: the two answers are set in the same size and weight.
    const style = (l: typeof adopted) => l.locator('.verdict-answer-headline').evaluate((el) => { const c = getComputedStyle(el); return `${c.fontSize} ${c.fontWeight}`; });
    expect(await style(adopted)).toBe(await style(other));
    await expect(page.locator('[data-live]').textContent()).resolves.toContain('If the Chair also counts for KCC: Quorate');
    await page.close();
  });

  it.each(['light', 'dark'] as const)('the answers of two readings pass axe in the %s theme', async (scheme) => {
    const ctx = await context(site.browser, scheme);
    const page = await openTool('/tools/quorum/kent-quorum/?present=chair&present=kent-police&present=yos&present=district-councils', ctx);
    expect(await page.locator('[data-answers] li').count()).toBe(2);
    expect(await axeViolations(page)).toEqual([]);
    await ctx.close();
  });

  it('Kent 10.3: the tool asks which organisation the Vice Chair is from, and shows that reading once answered', async () => {
    const page = await openTool('/tools/quorum/kent-quorum/?present=vice-chair&present=kcc&present=yos&present=district-councils');
    await expect(page.locator('[data-lines]').textContent()).resolves.toContain('the document does not say which organisation the Vice Chair comes from');
    expect(await page.locator('[data-answers] li').count()).toBe(0);
    const group = page.getByRole('group', { name: 'Which organisation is the Vice Chair from?' });
    await tabTo(page, group.getByRole('radio', { name: 'Kent Police' }));
    await page.keyboard.press('Space');
    expect(await root(page).getAttribute('data-other-results')).toBe('vice-chair-organisation:quorate');
    expect(new URL(page.url()).searchParams.get('from-vice-chair')).toBe('kent-police');
    // 10.3: "not KCC employees", so KCC is not offered.
    expect(await group.getByRole('radio', { name: 'KCC', exact: true }).count()).toBe(0);
    await page.close();
  });
});

describe('vote, by keyboard', () => {
  it('Kent 11.3: 4-4 is tied; the Chair’s casting vote for carries it, decided by casting vote', async () => {
    const page = await openTool('/tools/vote/kent-vote/');
    await tabTo(page, page.getByLabel('Votes for'));
    await page.keyboard.type('4');
    await tabTo(page, page.getByLabel('Votes against'));
    await page.keyboard.type('4');
    expect(await result(page)).toBe('tied');
    await tabTo(page, page.getByRole('radio', { name: 'Does not use a casting vote' }));
    await page.keyboard.press('ArrowDown');
    expect(await result(page)).toBe('carried');
    expect(await root(page).getAttribute('data-decided-by')).toBe('casting-vote');
    await page.close();
  });

  it('a number that is not a whole number shows an error summary linked to the field', async () => {
    const page = await openTool('/tools/vote/kent-vote/?for=3&against=1');
    await tabTo(page, page.getByLabel('Votes for'));
    await page.keyboard.press('Control+A');
    await page.keyboard.type('three');
    // A typed value is checked when the reader leaves the field, not at each key.
    await page.keyboard.press('Tab');
    const summary = page.locator('[data-errors]');
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toContain('Enter votes for as a whole number from 0 to 999');
    expect(await page.getByLabel('Votes for').getAttribute('aria-invalid')).toBe('true');
    // The bad value never reaches the address.
    expect(new URL(page.url()).searchParams.get('for')).toBeNull();
    await summary.getByRole('link').click();
    expect(await page.getByLabel('Votes for').evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('County Durham 9.5(e): only ticked partners get a ballot; their votes decide', async () => {
    const page = await openTool('/tools/vote/durham-vote/');
    expect(await page.getByRole('group', { name: 'How does Schools vote?' }).isVisible()).toBe(false);
    for (const name of ['Durham Constabulary', 'Schools']) {
      await tabTo(page, page.getByRole('checkbox', { name, exact: true }));
      await page.keyboard.press('Space');
    }
    const schools = page.getByRole('group', { name: 'How does Schools vote?' });
    expect(await schools.isVisible()).toBe(true);
    await tabTo(page, schools.getByRole('radio', { name: 'For' }));
    await page.keyboard.press('Space');
    await tabTo(page, page.getByRole('group', { name: 'How does Durham Constabulary vote?' }).getByRole('radio', { name: 'For' }));
    await page.keyboard.press('Space');
    expect(await result(page)).toBe('carried');
    await expect(page.locator('[data-verdict]').textContent()).resolves.toContain('2 partners vote on this matter');
    await page.close();
  });

  it('County Durham 9.5(e): three eligible partners and one ballot cast is no outcome yet, with two still to vote', async () => {
    const page = await openTool('/tools/vote/durham-vote/');
    expect(await result(page)).toBe('incomplete');
    for (const name of ['The CSA (Director of Children and Young People\'s Services and the Lead Member for Children and Young People)', 'Durham Constabulary', 'Schools']) {
      await tabTo(page, page.getByRole('checkbox', { name, exact: true }));
      await page.keyboard.press('Space');
    }
    await tabTo(page, page.getByRole('group', { name: 'How does Schools vote?' }).getByRole('radio', { name: 'For' }));
    await page.keyboard.press('Space');
    expect(await result(page)).toBe('incomplete');
    expect(await root(page).getAttribute('data-not-voted')).toBe('2');
    await expect(page.locator('[data-live]').textContent()).resolves.toContain('No outcome yet: 2 votes still to be cast');
    expect(await page.locator('[data-headline]').textContent()).not.toContain('Carried');
    await page.close();
  });

  it('County Durham 9.5(e): the votes of partners not ticked can be recorded for the reading where every partner votes, and keep focus', async () => {
    const page = await openTool('/tools/vote/durham-vote/?voter=csa&ballot-csa=for');
    await page.locator('[data-ballots-others] summary').click();
    const connexions = page.getByRole('group', { name: 'How does Connexions vote?' });
    expect(await connexions.isVisible()).toBe(true);
    // Into the group with Tab (to its first radio), then the arrow keys choose, as with any radios.
    await tabTo(page, connexions.getByRole('radio', { name: 'For' }));
    await page.keyboard.press('ArrowDown');
    expect(await connexions.getByRole('radio', { name: 'Against' }).evaluate((el) => el === document.activeElement)).toBe(true);
    expect(new URL(page.url()).searchParams.get('ballot-connexions')).toBe('against');
    // Counted only on that reading: on the adopted one the CSA alone votes, for.
    expect(await result(page)).toBe('carried');
    expect(await root(page).getAttribute('data-other-results')).toBe('votes-only-if:incomplete');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('attendance, by keyboard (Kent Partner Agency Agreement 9-10)', () => {
  it('two in person and one by the deputy meets the commitment; the other reading says not', async () => {
    const page = await openTool('/tools/attendance/kent-attendance/');
    const choose = async (meeting: string, option: string) => {
      const group = page.getByRole('group', { name: `The ${meeting} meeting` });
      await tabTo(page, group.getByRole('radio', { checked: true }));
      const target = group.getByRole('radio', { name: option });
      for (let i = 0; i < 4 && !(await target.isChecked()); i += 1) await page.keyboard.press('ArrowUp');
    };
    await choose('April', 'I attended');
    await choose('July', 'My named deputy attended');
    await choose('October', 'I attended');
    await choose('January', 'Nobody attended for me');
    expect(await result(page)).toBe('meets-commitment');
    await expect(page.locator('[data-answers]').textContent()).resolves.toContain("If only the member's own attendance counts: Below the commitment");
    expect(new URL(page.url()).search).toBe('?april=member&july=deputy&october=member&january=absent');
    await page.close();
  });
});

describe('declaring interests, by keyboard (Kent 6.2)', () => {
  it('a professional interest is not normally declared; add potential personal gain and it is declare and leave', async () => {
    const page = await openTool('/tools/interests/kent-interests/');
    expect(await result(page)).toBe('declare');
    await tabTo(page, page.getByRole('checkbox', { name: /strategic or general professional nature/ }));
    await page.keyboard.press('Space');
    expect(await result(page)).toBe('not-normally-required');
    await tabTo(page, page.getByRole('checkbox', { name: 'There is any potential for personal gain' }));
    await page.keyboard.press('Space');
    expect(await result(page)).toBe('declare-and-leave');
    await expect(page.locator('[data-quotes]').textContent()).resolves.toContain('In these situations members would be expected to leave the meeting.');
    await page.close();
  });
});

describe('dispute protocol, by keyboard', () => {
  it('County Durham 9.5: steps through to the second meeting, with the earliest date', async () => {
    const page = await openTool('/tools/dispute/durham-dispute/');
    expect(await result(page, 'data-step')).toBe('focused-discussion');
    // Continue without a choice: an error summary.
    await tabTo(page, page.getByRole('button', { name: 'Continue' }));
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-errors]').textContent()).resolves.toContain('Select what happened');
    const step = async (label: string) => {
      await tabTo(page, page.getByRole('radio').filter({ visible: true }).first());
      await page.keyboard.press('Space');
      const target = page.getByRole('radio', { name: label });
      for (let i = 0; i < 4 && !(await target.isChecked()); i += 1) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
    };
    await step('No solution: the protocol is used as a last resort');
    await step('No consensus after a reasonable period of debate');
    await step('The matter is deferred to a second meeting');
    expect(await result(page, 'data-step')).toBe('deferred');
    expect(await page.locator('[data-history] li').allTextContents()).toHaveLength(4);
    // The current step is highlighted on the flowchart and its clause text shown.
    expect(await page.locator('.protocol-diagram g.node[data-current]').count()).toBe(1);
    expect(await page.locator('.protocol-diagram g.node[data-current]').getAttribute('id')).toContain('flowchart-n_deferred-');
    expect(await page.locator('[data-step-text="deferred"]').isVisible()).toBe(true);
    expect(await page.locator('[data-step-text="objection"]').isVisible()).toBe(false);
    // The first meeting's date gives the earliest second meeting.
    for (const [label, value] of [['Day', '2'], ['Month', '3'], ['Year', '2009']] as const) {
      await tabTo(page, page.getByLabel(label, { exact: true }));
      await page.keyboard.type(value);
    }
    expect(await root(page).getAttribute('data-earliest-second-meeting')).toBe('2009-03-09');
    await expect(page.locator('[data-answers]').textContent()).resolves.toContain('Monday 9 March 2009');
    await expect(page.locator('[data-answers]').textContent()).resolves.toContain('Tuesday 10 March 2009');
    await expect(page.locator('[data-answers]').textContent()).resolves.toContain('If a special meeting need not wait seven days: The second meeting can be held as soon as it is convened');
    // Back one step.
    await tabTo(page, page.getByRole('button', { name: 'Back one step' }));
    await page.keyboard.press('Enter');
    expect(await result(page, 'data-step')).toBe('objection');
    await page.close();
  });

  it('an impossible date is an error, not a result', async () => {
    const page = await openTool('/tools/dispute/durham-dispute/');
    for (const [label, value] of [['Day', '30'], ['Month', '2'], ['Year', '2009']] as const) {
      await page.getByLabel(label, { exact: true }).fill(value);
    }
    await page.getByLabel('Year', { exact: true }).dispatchEvent('input');
    await expect(page.locator('[data-errors]').textContent()).resolves.toContain('Date of the first meeting must be a real date');
    expect(await root(page).getAttribute('data-earliest-second-meeting')).toBeNull();
    await page.close();
  });

  it.each(some(stated.filter((r) => r.kind === 'protocol'), 'stated protocol').map((r) => [r.id, r] as const))(
    '%s has a flowchart with a text version of every step',
    async (_, rule) => {
      const page = await openTool(toolHref(rule));
      expect(await page.locator('.protocol-text > ol > li').count()).toBe(rule.kind === 'protocol' ? rule.steps.length : 0);
      expect(await page.locator('.protocol-diagram svg g.node').count()).toBe(rule.kind === 'protocol' ? rule.steps.length : 0);
      await page.close();
    },
  );
});

describe('hostile and malformed values in the address', () => {
  const HOSTILE = [...HOSTILE_VALUES, hostile('\u202Ekcc'), hostile('kcc\u0000'), hostile('../../etc/passwd')];
  const keys: Record<string, string[]> = {
    quorum: ['present', 'leaving'],
    vote: ['for', 'casting', 'voter'],
    attendance: ['april'],
    interests: ['yes'],
    dispute: ['path', 'date'],
  };
  /**
   * Every value on every tool, each value once per tool: value i goes to the tool's rule i mod r
   * (of r rules), on its parameters in turn, so each rule meets every parameter and the tool meets
   * every value however many trusts use it. Each value also rides on an unknown key (`evil`).
   */
  const placed = new Map<StatedRule, Placed[]>(stated.map((rule) => [rule, []]));
  for (const tool of new Set(stated.map((r) => toolOf(r.kind).widget))) {
    const ofTool = stated.filter((r) => toolOf(r.kind).widget === tool);
    const toolKeys = keys[tool] ?? [];
    if (toolKeys.length === 0) throw new Error(`${tool}: no address parameters listed for it in this test`);
    HOSTILE.forEach((value, i) => {
      placed.get(ofTool[i % ofTool.length]!)!.push({ ...value, key: toolKeys[Math.floor(i / ofTool.length) % toolKeys.length]! });
    });
  }
  it.each(stated.map((rule) => [`${rule.id} (${(keys[toolOf(rule.kind).widget] ?? []).join(', ')})`, rule] as const))('%s', async (_, rule) => {
    const values = placed.get(rule)!;
    expect(values.length).toBeGreaterThan(0);
    const pages = await Promise.all(Array.from({ length: PARALLEL }, () => watchedPage(site.ctx)));
    await inParallel(values, PARALLEL, async ({ key, query, value }, worker) => {
      const { page, dialogOpened } = pages[worker]!;
      const what = `${key}=${query.slice(0, 80)}`;
      await page.goto(`${site.url}${toolHref(rule)}?${key}=${query}&evil=${query}`);
      await page.locator('form[data-tool-form][data-started]').waitFor();
      const notice = page.locator('[data-notices]');
      expect(await notice.isVisible(), what).toBe(true);
      const text = (await notice.textContent()) ?? '';
      expect(text, what).not.toContain(value.slice(0, 20));
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), what).toBeUndefined();
      expect(await page.locator('[data-widget] img, [data-widget] svg[onload], [data-widget] iframe, [data-widget] script:not([type="application/json"])').count(), what).toBe(0);
      expect(dialogOpened(), what).toBe(false);
      // The address is rewritten without the bad values.
      const address = new URL(page.url());
      expect(address.searchParams.has('evil'), what).toBe(false);
      expect(address.searchParams.getAll(key), what).not.toContain(value);
    });
    await Promise.all(pages.map(({ page }) => page.close()));
  });
});

describe('without JavaScript', () => {
  it('each stated tool page states the rule, the starting verdict and the worked examples', async () => {
    const noJs = await site.browser.newContext({ javaScriptEnabled: false });
    await inParallel(stated, PARALLEL, async (rule) => {
      const page = await noJs.newPage();
      await page.goto(site.url + toolHref(rule));
      expect(await page.locator('form[data-tool-form]').isVisible(), rule.id).toBe(false);
      expect(await page.locator('.clause-quote').count(), rule.id).toBeGreaterThan(0);
      expect(((await page.locator('[data-headline]').textContent()) ?? '').length, rule.id).toBeGreaterThan(5);
      expect(await page.locator('table.examples tbody tr').count(), rule.id).toBe(rule.examples.length);
      // Each worked example's answer on every reading that changes it, without JavaScript too.
      const answers = await page.locator('table.examples tbody tr td:last-child').allTextContents();
      rule.examples.forEach((e, i) => {
        for (const reading of Object.keys(e.others)) {
          const label = rule.readings.find((r) => r.id === reading)?.alternative?.label;
          expect(answers[i], `${rule.id}: ${e.name}`).toContain(`${label}:`);
        }
      });
      // Scope and status are stated beside the rule, and the tool cites the clause that sets the scope where there is one.
      expect(await page.locator('[data-standing]').first().getAttribute('data-status'), rule.id).toBe(rule.status.value);
      if (rule.scope.quote) expect(await page.locator(`[data-standing] a[href="${clauseHref(rule.scope.quote.citation)}"]`).count(), rule.id).toBeGreaterThan(0);
      expect(await page.locator('.tool-noscript').isVisible(), rule.id).toBe(true);
      await expect(page.locator('.tool-noscript').textContent(), rule.id).resolves.toContain('Changing the answers needs JavaScript');
      await page.close();
    });
    await noJs.close();
  });
});

describe('the starting verdict', () => {
  it('each tool page comes with the verdict its script reads from an empty address, and the script does not draw it again', async () => {
    const noJs = await site.browser.newContext({ javaScriptEnabled: false });
    await inParallel(stated, PARALLEL, async (rule) => {
      const served = await noJs.newPage();
      await served.goto(site.url + toolHref(rule));
      const drawn = (page: Page) => page.locator('[data-verdict]').first().evaluate((v) => ['headline', 'answers', 'lines', 'quotes'].map((part) => v.querySelector(`[data-${part}]`)?.textContent));
      const verdict = await drawn(served);
      await served.close();
      const page = await site.ctx.newPage();
      // Counts changes inside the verdict from when the first element is defined: the page is parsed by then.
      await page.addInitScript(() => {
        const w = window as unknown as { __verdictChanges?: number };
        const observer = new MutationObserver((records) => {
          if (w.__verdictChanges === undefined) return;
          w.__verdictChanges += records.filter((r) => (r.target as Element).closest?.('[data-verdict]') ?? r.target.parentElement?.closest('[data-verdict]')).length;
        });
        observer.observe(document, { subtree: true, childList: true, characterData: true });
        const define = customElements.define.bind(customElements);
        customElements.define = (...args: Parameters<typeof define>) => {
          if (w.__verdictChanges === undefined) {
            observer.takeRecords();
            w.__verdictChanges = 0;
          }
          define(...args);
        };
      });
      await page.goto(site.url + toolHref(rule));
      await page.locator('form[data-tool-form][data-started]').waitFor();
      expect(await drawn(page), rule.id).toEqual(verdict);
      expect(await page.evaluate(() => (window as unknown as { __verdictChanges?: number }).__verdictChanges), rule.id).toBe(0);
      await page.close();
    });
    await noJs.close();
  });
});

describe('before the script starts', () => {
  const drawn = (page: Page) => page.locator('[data-verdict]').first().evaluate((v) => ['headline', 'answers', 'lines', 'quotes'].map((part) => v.querySelector(`[data-${part}]`)?.textContent));
  const top = (page: Page) => page.locator('[data-verdict]').first().evaluate((v) => Math.round(v.getBoundingClientRect().top + scrollY));
  const held = (rule: StatedRule) => heldPage(site.ctx, site.url + toolHref(rule));

  it('each tool page shows its form from the start, and starting moves nothing', async () => {
    await inParallel(stated, PARALLEL, async (rule) => {
      const { page, release } = await held(rule);
      expect(await page.locator('form[data-tool-form]').isVisible(), rule.id).toBe(true);
      const before = await top(page);
      release();
      await page.locator('form[data-tool-form][data-started]').waitFor();
      expect(await top(page), `${rule.id}: the verdict moved when the script started`).toBe(before);
      await page.close();
    });
  });

  it('a choice made in the form before the script starts is kept, and the verdict counts it', async () => {
    let chosenEarly = 0;
    await inParallel(stated, PARALLEL, async (rule) => {
      const { page, release } = await held(rule);
      const candidate = page.locator('form[data-tool-form]').locator('input[type="checkbox"]:visible:enabled, input[type="radio"]:not(:checked):visible:enabled').first();
      if ((await candidate.count()) > 0) {
        // Held by its id: once checked, a radio no longer matches ":not(:checked)".
        const input = page.locator(`[id="${await candidate.getAttribute('id')}"]`);
        await input.check();
        release();
        await page.locator('form[data-tool-form][data-started]').waitFor();
        chosenEarly += 1;
        expect(await input.isChecked(), `${rule.id}: the early choice was undone`).toBe(true);
        // The tool reading its form again changes nothing, and a page opened at the address it wrote draws the same.
        const started = await drawn(page);
        await input.dispatchEvent('change');
        expect(await drawn(page), `${rule.id}: the verdict did not count the early choice`).toEqual(started);
        const fresh = await openTool(new URL(page.url()).pathname + new URL(page.url()).search);
        expect(await drawn(fresh), rule.id).toEqual(started);
        await fresh.close();
      } else release();
      await page.close();
    });
    // A choice before the start was made somewhere: the checks above had something to check.
    expect(chosenEarly).toBeGreaterThan(0);
  });
});

// Only where some document sets no rule of a kind: a describe with no tests would fail.
const silent = rules.filter((r) => r.provision === 'not-stated');
describe.runIf(silent.length > 0)('documents that set no rule', () => {
  it.each(silent.map((r) => [r.id, r] as const))('%s says so and quotes what it does say', async (_, rule) => {
    const page = await site.ctx.newPage();
    await page.goto(site.url + toolHref(rule));
    expect(await result(page)).toBe('no-rule');
    await expect(page.locator('main').textContent()).resolves.toContain(`This document ${toolOf(rule.kind).silence}`);
    expect(await page.locator('[data-quotes] blockquote').count()).toBe(rule.provision === 'not-stated' ? rule.nearest.length : 0);
    await page.close();
  });
});

describe('clauses and tools link both ways', () => {
  it('Kent 10.4 links to the quorum tool, which links back to 10.4', async () => {
    const page = await site.ctx.newPage();
    await page.goto(`${site.url}/kent/partnership-agreement-2008/`);
    const tryIt = page.locator('[id="10.4"] .clause-tools a');
    expect(await tryIt.getAttribute('href')).toBe('/tools/quorum/kent-quorum/');
    await tryIt.click();
    await page.locator('form[data-tool-form][data-started]').waitFor();
    expect(await page.locator('a[href="/kent/partnership-agreement-2008/#10.4"]').count()).toBeGreaterThan(0);
    await page.close();
  });
  it('Durham 9.5(d) and Harrow voting ¶5 link to their tools', async () => {
    const page = await site.ctx.newPage();
    await page.goto(`${site.url}/harrow/scrutiny-report-2009/`);
    expect(await page.locator('[id="voting-5"] .clause-tools a').getAttribute('href')).toBe('/tools/dispute/harrow-dispute/');
    await page.goto(`${site.url}/durham/governance-arrangements-2009/`);
    expect(await page.locator('[id="9.5(f)"] .clause-tools a').getAttribute('href')).toBe('/tools/vote/durham-vote/');
    await page.close();
  });
});

describe('tools index', () => {
  it('lists every rule under its tool', async () => {
    const page = await site.ctx.newPage();
    await page.goto(`${site.url}/tools/`);
    for (const rule of rules) expect(await page.locator(`a[href="${toolHref(rule)}"]`).count(), rule.id).toBe(1);
    await page.close();
  });
});

describe('embeds', () => {
  it('an embed has no site navigation, cites its clause, links back, and sizes its iframe', async () => {
    const page = await site.ctx.newPage();
    await page.goto(`${site.url}/embed/quorum/kent-quorum/?present=chair`);
    expect(await page.locator('nav, .sidebar-pane, header.header').count()).toBe(0);
    expect(await page.locator('a[href="/kent/partnership-agreement-2008/#10.4"]').count()).toBeGreaterThan(0);
    expect(await page.locator('a[href="/tools/quorum/kent-quorum/"]').count()).toBe(1);
    await page.close();

    const height = await site.frameHeight('/embed/quorum/kent-quorum/?present=chair');
    expect(height).toBeGreaterThan(600);
  });

  it('the tool page offers embed code that follows the current state', async () => {
    const page = await openTool('/tools/quorum/kent-quorum/?present=kcc');
    await page.getByRole('checkbox', { name: 'Kent Police', exact: true }).check();
    const code = await page.getByLabel('Embed code').inputValue();
    expect(code).toContain(`src="${site.url}/embed/quorum/kent-quorum/?present=kcc&amp;present=kent-police"`);
    expect(await page.getByRole('button', { name: 'Copy embed code' }).isVisible()).toBe(true);
    await page.close();
  });
});
