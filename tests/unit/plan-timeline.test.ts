/**
 * The Kent action plan on a timeline (Kent commissioning review, December 2009, Appendix 1: seven
 * key proposals for implementation during 2010). Each test names the action and the printed date it
 * checks; the expected counts were worked out by hand from content/plans/kent-change-for-children-2010.yaml.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'yaml';
import { planSchema } from '../../src/schemas/plan';
import { dateEntry } from '../../src/lib/date-entry';
import {
  axisOf,
  barOf,
  datePartsOf,
  dateRead,
  dueBy,
  forProposals,
  headline,
  notCounted,
  parseTimeline,
  position,
  readAction,
  side,
  statusAt,
  statusLabel,
  timelineOf,
  timelineQuery,
  type TimelineAction,
} from '../../src/lib/plan-timeline';

const plan = planSchema.parse(parse(readFileSync(new URL('../../content/plans/kent-change-for-children-2010.yaml', import.meta.url), 'utf8')));
const actions = timelineOf(plan);
const action = (number: string) => actions.find((a) => a.number === number)!;
const numbers = (list: readonly TimelineAction[]) => list.map((a) => a.number);
const axis = axisOf(actions)!;
const DEFAULT = '2010-12-31';
const ALL = [1, 2, 3, 4, 5, 6, 7];
const q = (s: string) => new URLSearchParams(s);

describe('reading the printed "Guide Implementation" dates', () => {
  it('the plan has 32 supporting actions under seven key proposals', () => {
    expect(actions).toHaveLength(32);
    expect([...new Set(actions.map((a) => a.proposal))]).toEqual(ALL);
  });
  it('action 1.1 "by March 2010" is a deadline on 31 March 2010', () => {
    expect(action('1.1')).toEqual({ number: '1.1', proposal: 1, kind: 'deadline', due: '2010-03-31' });
  });
  it('action 2.2 "from January 2010" is a start, not a deadline: ongoing from 1 January 2010', () => {
    expect(action('2.2')).toEqual({ number: '2.2', proposal: 2, kind: 'ongoing', start: '2010-01-01' });
  });
  it('action 7.2 "from March 2010" is ongoing from 1 March 2010', () => {
    expect(action('7.2')).toMatchObject({ kind: 'ongoing', start: '2010-03-01' });
  });
  it('action 6.4 "June - August 2010" is a span from 1 June, due by 31 August 2010', () => {
    expect(action('6.4')).toMatchObject({ kind: 'span', start: '2010-06-01', due: '2010-08-31' });
    expect(dateRead(action('6.4'))).toBe('1 June to 31 August 2010');
  });
  it('Key Proposal Three prints no dates: actions 3.1 to 3.4 have none', () => {
    expect(actions.filter((a) => a.kind === 'none').map((a) => a.number)).toEqual(['3.1', '3.2', '3.3', '3.4']);
  });
  it('action 5.4 "By Dec 2010 and ongoing" is due by 31 December 2010 (a deadline, with capital B)', () => {
    expect(action('5.4')).toMatchObject({ kind: 'deadline', due: '2010-12-31' });
  });
  it('action 6.3 "Initial assessment of resources by June 2010" is a deadline on 30 June 2010', () => {
    expect(action('6.3')).toMatchObject({ kind: 'deadline', due: '2010-06-30' });
  });
  it('"From" at the start is read whatever its case; "from" later in the text is not', () => {
    expect(readAction({ number: '9.1', due: 'From April 2010', dueDate: '2010-04-01' }, 9).kind).toBe('ongoing');
    expect(readAction({ number: '9.2', due: 'Report by May, results from June 2010', dueDate: '2010-05-31' }, 9).kind).toBe('deadline');
  });
  it('a span that crosses the new year starts in the year before', () => {
    expect(readAction({ number: '9.3', due: 'November - February 2011', dueDate: '2011-02-28' }, 9)).toMatchObject({ kind: 'span', start: '2010-11-01' });
  });
  it('the plan file agrees: every "from" date is read as the first day of its month, every other date as a last day', () => {
    for (const proposal of plan.proposals) {
      for (const a of proposal.actions) {
        const read = readAction(a, proposal.number);
        if (read.kind === 'ongoing') {
          expect(read.start!.endsWith('-01'), a.number).toBe(true);
          expect(a.dueReading, a.number).toMatch(/^first day/);
        } else if (read.due) {
          const next = new Date(`${read.due}T00:00:00Z`);
          next.setUTCDate(next.getUTCDate() + 1);
          expect(next.getUTCDate(), `${a.number} "${a.due}" is read as ${read.due}, not the end of a month`).toBe(1);
        }
      }
    }
  });
  it('the table says how each date was read', () => {
    expect(dateRead(action('1.1'))).toBe('31 March 2010');
    expect(dateRead(action('2.2'))).toBe('From 1 January 2010');
    expect(dateRead(action('3.1'))).toBe('None');
  });
});

describe('which actions are due as at a date', () => {
  it('action 1.1 "by March 2010" is due as at 31 March 2010, not as at 30 March', () => {
    expect(statusAt(action('1.1'), '2010-03-31')).toBe('due');
    expect(statusAt(action('1.1'), '2010-03-30')).toBe('not-yet-due');
  });
  it('action 2.1 "by February 2010" is due as at 28 February 2010 (2010 is not a leap year)', () => {
    expect(statusAt(action('2.1'), '2010-02-28')).toBe('due');
    expect(statusAt(action('2.1'), '2010-02-27')).toBe('not-yet-due');
  });
  it('action 2.2 "from January 2010" is started as at 1 January 2010, and never due', () => {
    expect(statusAt(action('2.2'), '2009-12-31')).toBe('not-started');
    expect(statusAt(action('2.2'), '2010-01-01')).toBe('started');
    expect(statusAt(action('2.2'), '2012-01-01')).toBe('started');
    expect(statusLabel(action('2.2'), 'started')).toBe('Ongoing from January 2010: started');
  });
  it('action 7.2 "from March 2010" has not started as at 28 February 2010', () => {
    expect(statusLabel(action('7.2'), statusAt(action('7.2'), '2010-02-28'))).toBe('Ongoing from March 2010: not started yet');
  });
  it('action 3.1 prints no date, so it is never due, not even long after 2010', () => {
    expect(statusAt(action('3.1'), '2099-12-31')).toBe('no-date');
    expect(statusLabel(action('3.1'), 'no-date')).toBe('No date printed');
  });
  it('action 6.4 "June - August 2010" is not yet due during the consultation, due as at 31 August', () => {
    expect(statusAt(action('6.4'), '2010-07-15')).toBe('not-yet-due');
    expect(statusAt(action('6.4'), '2010-08-31')).toBe('due');
  });
  it('as at 31 March 2010: 7 of 32 due (1.1, 1.2, 1.3, 2.1, 2.3, 6.1, 6.2); 2.2 and 7.2 started; Key Proposal Three has no dates', () => {
    const result = dueBy(actions, '2010-03-31');
    expect(numbers(result.due)).toEqual(['1.1', '1.2', '1.3', '2.1', '2.3', '6.1', '6.2']);
    expect(numbers(result.started)).toEqual(['2.2', '7.2']);
    expect(numbers(result.noDate)).toEqual(['3.1', '3.2', '3.3', '3.4']);
    expect(result.notYetDue).toHaveLength(19);
    expect(headline(result)).toBe('7 of 32 actions due by 31 March 2010');
    expect(notCounted(result)).toBe('Not counted as due: 2 ongoing actions have started; 4 actions print no date.');
  });
  it('as at 30 March 2010: only 2.1 "by February 2010" and 6.1 "By Jan 2010" are due', () => {
    expect(numbers(dueBy(actions, '2010-03-30').due)).toEqual(['2.1', '6.1']);
  });
  it('as at 30 June 2010: 16 of 32 due', () => {
    expect(headline(dueBy(actions, '2010-06-30'))).toBe('16 of 32 actions due by 30 June 2010');
  });
  it('as at 31 December 2010 (the end of the plan year): every one of the 26 dated deadlines is due', () => {
    const result = dueBy(actions, '2010-12-31');
    expect(result.due).toHaveLength(26);
    expect(result.notYetDue).toHaveLength(0);
  });
  it('as at 16 December 2009, the Board meeting: nothing due or started', () => {
    const result = dueBy(actions, '2009-12-16');
    expect(result.due).toHaveLength(0);
    expect(notCounted(result)).toBe('Not counted as due: 2 ongoing actions have not started yet; 4 actions print no date.');
  });
  it('Key Proposals One and Four as at 30 June 2010: 7 of 9 due (1.4 and 4.5 are due by Dec 2010)', () => {
    const result = dueBy(forProposals(actions, [1, 4]), '2010-06-30');
    expect(headline(result)).toBe('7 of 9 actions due by 30 June 2010');
    expect(numbers(result.notYetDue)).toEqual(['1.4', '4.5']);
  });
  it('Key Proposal Three alone: 0 of 4 due, whatever the date', () => {
    expect(headline(dueBy(forProposals(actions, [3]), '2010-12-31'))).toBe('0 of 4 actions due by 31 December 2010');
  });
  it('no proposal chosen means every proposal', () => {
    expect(forProposals(actions, [])).toHaveLength(32);
  });
  it('singular wording for one action', () => {
    const result = dueBy(forProposals(actions, [7]).slice(1, 2), '2010-03-31');
    expect(headline(result)).toBe('0 of 1 action due by 31 March 2010');
    expect(notCounted(result)).toBe('Not counted as due: 1 ongoing action has started.');
  });
  it('property: moving the as-at date later never makes a due action not due (or a started one not started)', () => {
    const dayOf = fc.integer({ min: Date.UTC(2009, 0, 1), max: Date.UTC(2011, 11, 31) }).map((t) => new Date(t).toISOString().slice(0, 10));
    fc.assert(
      fc.property(dayOf, dayOf, fc.subarray(ALL), (a, b, chosen) => {
        const [earlier, later] = a <= b ? [a, b] : [b, a];
        const shown = forProposals(actions, chosen);
        const before = dueBy(shown, earlier);
        const after = dueBy(shown, later);
        const had = (list: readonly TimelineAction[], x: TimelineAction) => list.includes(x);
        return (
          before.due.every((x) => had(after.due, x)) &&
          before.started.every((x) => had(after.started, x)) &&
          after.noDate.length === before.noDate.length &&
          after.due.length >= before.due.length
        );
      }),
    );
  });
  it('property: every shown action is in exactly one group, and "no date" is never due', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }), (date) => {
        const result = dueBy(actions, date.toISOString().slice(0, 10));
        const groups = [result.due, result.notYetDue, result.started, result.notStarted, result.noDate];
        return groups.reduce((n, g) => n + g.length, 0) === 32 && result.due.every((a) => a.kind !== 'none' && a.kind !== 'ongoing');
      }),
    );
  });
});

describe('the chart', () => {
  it('spans January to December 2010: the plan is "for implementation during 2010"', () => {
    expect(axis.start).toBe('2010-01-01');
    expect(axis.end).toBe('2010-12-31');
    expect(axis.months.map((m) => m.label)).toEqual(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
  });
  it('a date in 2011 adds the whole of 2011', () => {
    const later = axisOf([...actions, { number: '9.1', proposal: 9, kind: 'deadline', due: '2011-03-31' }])!;
    expect(later.months).toHaveLength(24);
    expect(later.end).toBe('2011-12-31');
  });
  it('no dates, no axis', () => {
    expect(axisOf([action('3.1')])).toBeUndefined();
  });
  it('action 6.1 "By Jan 2010": its marker sits at the end of January (31 of 365 days)', () => {
    expect(barOf(axis, action('6.1'))).toEqual({ from: 31 / 365, to: 31 / 365, marker: 31 / 365 });
  });
  it('action 1.1 "by March 2010" and an as-at line on 31 March 2010 meet', () => {
    expect(barOf(axis, action('1.1'))!.marker).toBe(position(axis, '2010-03-31', 'end'));
  });
  it('action 2.2 "from January 2010": a bar from the start of the axis to its end', () => {
    expect(barOf(axis, action('2.2'))).toEqual({ from: 0, to: 1, marker: 0 });
  });
  it('action 6.4 "June - August 2010": a bar over June, July and August', () => {
    const bar = barOf(axis, action('6.4'))!;
    expect(bar.from).toBeCloseTo(151 / 365);
    expect(bar.to).toBeCloseTo(243 / 365);
  });
  it('action 3.1 (no date printed) has no bar', () => {
    expect(barOf(axis, action('3.1'))).toBeUndefined();
  });
  it('an as-at date outside the axis is clamped to its edge and said to be outside', () => {
    expect(position(axis, '2009-12-16', 'end')).toBe(0);
    expect(side(axis, '2009-12-16')).toBe('before');
    expect(position(axis, '2011-06-30', 'end')).toBe(1);
    expect(side(axis, '2011-06-30')).toBe('after');
    expect(side(axis, '2010-06-30')).toBe('within');
  });
});

describe('the address: ?proposal=1&proposal=4&asat=2010-06-30', () => {
  it('reads proposals and the date, and writes them back the same', () => {
    const { state, notices } = parseTimeline(q('proposal=4&proposal=1&asat=2010-06-30'), ALL, DEFAULT);
    expect(state).toEqual({ proposals: [1, 4], asAt: '2010-06-30' });
    expect(notices).toEqual([]);
    expect(timelineQuery(state, DEFAULT).toString()).toBe('proposal=1&proposal=4&asat=2010-06-30');
  });
  it('the plain address is every proposal as at the default date; the default is not written', () => {
    const { state } = parseTimeline(q(''), ALL, DEFAULT);
    expect(state).toEqual({ proposals: [], asAt: DEFAULT });
    expect(timelineQuery(state, DEFAULT).toString()).toBe('');
  });
  it('a repeated proposal counts once', () => {
    expect(parseTimeline(q('proposal=2&proposal=2'), ALL, DEFAULT).state.proposals).toEqual([2]);
  });
  const hostile = '<img src=x onerror=alert(1)>';
  it.each([
    [`proposal=8`, { proposals: [], asAt: DEFAULT }, 'Ignored 1 value for the key proposals to show that this tool does not recognise.'],
    [`proposal=${encodeURIComponent(hostile)}&proposal=3`, { proposals: [3], asAt: DEFAULT }, 'Ignored 1 value for the key proposals to show that this tool does not recognise.'],
    [`proposal=01`, { proposals: [], asAt: DEFAULT }, 'Ignored 1 value for the key proposals to show that this tool does not recognise.'],
    [`asat=2010-02-30`, { proposals: [], asAt: DEFAULT }, 'Ignored the "as at" date: it was not a real date written as year-month-day.'],
    [`asat=${encodeURIComponent(hostile)}`, { proposals: [], asAt: DEFAULT }, 'Ignored the "as at" date: it was not a real date written as year-month-day.'],
    [`asat=30/06/2010`, { proposals: [], asAt: DEFAULT }, 'Ignored the "as at" date: it was not a real date written as year-month-day.'],
    [`${encodeURIComponent(hostile)}=1`, { proposals: [], asAt: DEFAULT }, 'Ignored 1 setting in the address that this tool does not use.'],
  ])('%s is dropped with a notice', (query, state, notice) => {
    const parsed = parseTimeline(q(query), ALL, DEFAULT);
    expect(parsed.state).toEqual(state);
    expect(parsed.notices).toEqual([notice]);
    expect(parsed.notices.join(' ')).not.toContain('<');
    expect(timelineQuery(parsed.state, DEFAULT).toString()).not.toContain('img');
  });
});

describe('the date fields for a date', () => {
  it('are the day, month and year as a reader types them, without leading zeros', () => {
    expect(datePartsOf('2010-03-05')).toEqual({ day: '5', month: '3', year: '2010' });
    expect(datePartsOf('2010-12-31')).toEqual({ day: '31', month: '12', year: '2010' });
  });

  it('read back as the same date, for any date', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        const entry = dateEntry('As at date', datePartsOf(iso), true);
        expect(entry).toEqual({ kind: 'date', iso });
      }),
    );
  });
});
