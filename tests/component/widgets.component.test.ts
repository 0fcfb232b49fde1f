/**
 * Each widget's server-rendered HTML, through the Astro Container API: the root carries
 * `data-widget` and the starting verdict, controls are labelled as printed, fieldsets have legends,
 * the live region and notice area are there, and the rule travels as JSON that cannot close its tag.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Quorum from '../../src/widgets/quorum/Quorum.astro';
import Vote from '../../src/widgets/vote/Vote.astro';
import Attendance from '../../src/widgets/attendance/Attendance.astro';
import Interests from '../../src/widgets/interests/Interests.astro';
import { loadRule } from '../unit/rules/load';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

/** Renders a component; drops the source-location attributes Astro adds in development. */
async function render(component: Parameters<AstroContainer['renderToString']>[0], props: Record<string, unknown>): Promise<string> {
  const html = await container.renderToString(component, { props });
  return html.replace(/ data-astro-source-(?:file|loc)="[^"]*"/g, '');
}

const names = { 'kent/partnership-agreement-2008': 'Kent partnership agreement (2008)', 'durham/governance-arrangements-2009': 'County Durham governance framework (2009)' };

describe('Quorum.astro (Kent 10.4)', () => {
  it('renders the seats as printed, the starting verdict and the contract attributes', async () => {
    const rule = loadRule('kent-quorum', 'quorum');
    const html = await render(Quorum, { rule, names });
    expect(html).toMatch(/<gov-quorum[^>]*data-widget="quorum"[^>]*data-result="not-quorate"/);
    for (const seat of rule.seats) expect(html).toContain(`<legend class="seat-legend">${seat.label.replace(/'/g, '&#39;')}</legend>`);
    expect(html).toContain('Not quorate: 0 seats of 7 filled; 5 needed.');
    expect(html).toMatch(/role="status" aria-live="polite"/);
    expect(html).toMatch(/data-notices role="alert" hidden/);
    // Shown from the start where scripting is on (tool.css hides it where it is off).
    expect(html).toMatch(/<form class="tool-form" data-tool-form novalidate aria-describedby/);
    // Every checkbox has a label that points at it.
    const ids = [...html.matchAll(/<input type="checkbox"[^>]*id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBe(rule.attendees.length * 2);
    for (const id of ids) expect(html).toContain(`for="${id}"`);
    // The 10.4 list is quoted whole with the verdict, not only its lead-in.
    for (const seat of rule.seats) expect(html).toContain(`<li>${seat.label.replace(/'/g, '&#39;')}</li>`);
    // Where the agreement is silent (10.3: the Vice Chair's organisation), the tool asks, with every seat but KCC and the Chair's own.
    expect(html).toContain('Which organisation is the Vice Chair from?');
    const from = [...html.matchAll(/name="from-vice-chair" value="([^"]+)"/g)].map((m) => m[1]);
    expect(from).toEqual([...rule.seats.filter((s) => !['chair', 'kcc'].includes(s.id)).map((s) => s.id), 'other']);
    // Scope and status beside the verdict.
    expect(html).toMatch(/data-standing data-status="in-force"/);
  });

  it('escapes "<" in the JSON it hands to the script', async () => {
    const rule = { ...loadRule('kent-quorum', 'quorum'), title: '</script><script>alert(1)</script>' };
    const html = await render(Quorum, { rule, names });
    const json = /<script type="application\/json" data-tool-data>([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(json).not.toContain('<');
    expect(JSON.parse(json).rule.title).toBe(rule.title);
  });
});

describe('Vote.astro', () => {
  it('Kent 11.3: numbers of votes, and the casting vote the Chair "may" use', async () => {
    const html = await render(Vote, { rule: loadRule('kent-vote', 'vote'), names });
    // Nothing entered yet: no outcome, rather than a verdict before the facts.
    expect(html).toMatch(/data-widget="vote"[^>]*data-result="incomplete"/);
    expect(html).toContain('No outcome yet: no votes have been entered.');
    expect(html).toContain('inputmode="numeric"');
    expect(html).toContain('Does not use a casting vote');
  });
  it('County Durham 9.5(e): a checkbox and a hidden ballot for each partner listed in 4.1', async () => {
    const rule = loadRule('durham-vote', 'vote');
    const html = await render(Vote, { rule, names });
    expect(html.match(/name="voter"/g)).toHaveLength(rule.voters.mode === 'listed' ? rule.voters.partners.length : 0);
    expect(html).toContain('How does Durham Constabulary vote?');
    expect(html).toContain('Not used yet');
    expect(html).toMatch(/data-widget="vote"[^>]*data-result="incomplete"/);
    // A reading lets every partner vote, so the others' ballots can be recorded too, apart from those who vote.
    expect(html).toContain('counted only on the reading where every partner votes');
    expect(html).toContain('data-ballots-others');
  });
});

describe('Attendance.astro (Kent PAA 9-10)', () => {
  it('one radio group per quarterly meeting, defaulting to not held yet', async () => {
    const rule = loadRule('kent-attendance', 'attendance');
    const html = await render(Attendance, { rule, names });
    for (const month of ['April', 'July', 'October', 'January']) expect(html).toContain(`The ${month} meeting`);
    expect(html).toMatch(/data-widget="attendance"[^>]*data-result="below-commitment"/);
    expect(html.match(/value="not-yet-held"[^>]*data-default/g)).toHaveLength(rule.meetings.length);
  });
});

describe('Interests.astro (Kent 6.2)', () => {
  it('asks the questions from the clause and starts from the base rule', async () => {
    const rule = loadRule('kent-interests', 'interests');
    const html = await render(Interests, { rule, names });
    expect(html).toMatch(/data-widget="interests"[^>]*data-result="declare"/);
    expect(html.match(/name="yes"/g)).toHaveLength(rule.questions.length);
    expect(html).toContain('All KCT members should declare any interest');
  });
});
