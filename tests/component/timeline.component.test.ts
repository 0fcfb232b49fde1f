/**
 * Timeline.astro's server-rendered HTML (the Kent action plan, December 2009): what a reader gets
 * before or without JavaScript, and the contract attributes tests and host pages read.
 */
import { readFileSync } from 'node:fs';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import Timeline from '../../src/widgets/timeline/Timeline.astro';
import { planSchema, type Plan } from '../../src/schemas/plan';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const plan = planSchema.parse(parse(readFileSync(new URL('../../content/plans/kent-change-for-children-2010.yaml', import.meta.url), 'utf8')));
/** Every supporting action of the plan: one table row, one chart row and one link each. */
const actions = plan.proposals.flatMap((p) => p.actions).length;

async function render(props: { plan: Plan; target?: '_top' }): Promise<string> {
  const html = await container.renderToString(Timeline, { props });
  return html.replace(/ data-astro-source-(?:file|loc)="[^"]*"/g, '');
}

describe('Timeline.astro (Kent, seven key proposals for 2010)', () => {
  it('starts as at 31 December 2010 with every action in the chart and the table', async () => {
    const html = await render({ plan });
    expect(html).toMatch(/<gov-timeline[^>]*data-widget="timeline"[^>]*data-due="26"[^>]*data-shown="32"[^>]*data-as-at="2010-12-31"/);
    expect(html).toContain('26 of 32 actions due by 31 December 2010.');
    expect(html.match(/<tr id="action-/g)).toHaveLength(actions);
    expect(html.match(/class="chart-row"/g)).toHaveLength(actions);
    expect(html).toContain('Ongoing from January 2010: started');
    expect(html).toMatch(/<div class="chart" aria-hidden="true">/);
  });

  it('labels its controls: a fieldset with a legend for each, a label for every field', async () => {
    const html = await render({ plan });
    expect(html).toContain('<legend class="fieldset-legend">Show only these key proposals</legend>');
    expect(html).toContain('<legend class="fieldset-legend">As at</legend>');
    const ids = [...html.matchAll(/<input[^>]*id="([^"]+)"/g)].map((m) => m[1]);
    // A box for each key proposal, and the day, month and year of the "as at" date.
    expect(ids).toHaveLength(plan.proposals.length + 3);
    for (const id of ids) expect(html).toContain(`for="${id}"`);
    expect(html).toMatch(/role="status" aria-live="polite"/);
    expect(html).toMatch(/data-notices role="alert" hidden/);
    // The form is not hidden (tool.css hides it only where scripting is off), and its date starts filled in.
    expect(html).toMatch(/<form class="tool-form timeline-form" data-timeline-form novalidate>/);
    expect(html).toMatch(/data-date-part="year" value="\d{4}"/);
  });

  it('in an embed, its links open in the host window', async () => {
    const html = await render({ plan, target: '_top' });
    // Templates hold what the script makes: the error summary's links, which point within the tool.
    const links = [...html.replace(/<template\b[\s\S]*?<\/template>/g, '').matchAll(/<a [^>]*>/g)].map((m) => m[0]);
    expect(links).toHaveLength(actions);
    expect(links.every((a) => a.includes('target="_top"'))).toBe(true);
  });

  it('escapes "<" in the JSON it hands to the script', async () => {
    const hostile = { ...plan, proposals: plan.proposals.map((p) => ({ ...p, actions: p.actions.map((a) => ({ ...a, number: a.number })) })) };
    hostile.proposals[0]!.actions[0]!.number = '1.1</script><script>alert(1)</script>';
    const html = await render({ plan: hostile });
    const json = /<script type="application\/json" data-timeline-data>([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(json).not.toContain('<');
    expect(JSON.parse(json).actions[0].number).toBe('1.1</script><script>alert(1)</script>');
  });

  it('a plan with no dates at all fails the build with a message that says what to fix', async () => {
    const undated = { ...plan, proposals: [plan.proposals[2]!] };
    await expect(render({ plan: undated })).rejects.toThrowErrorMatchingInlineSnapshot(`[Error: content/plans/kent-change-for-children-2010.yaml: no action has a "dueDate", so there is nothing to put on a timeline. Give at least one action its printed date read as a date.]`);
  });
});
