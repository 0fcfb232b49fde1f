import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkProtocol, earliestAfter, isOpen, walk, waitOnPath, stepOf } from '../../../src/lib/rules/protocol';
import { evaluateQuery } from '../../../src/lib/rules/explain';
import { protocolMermaid } from '../../../src/lib/rules/protocol-mermaid';
import { loadRule, loadRules } from './load';
import { some } from '../../content';

const durham = loadRule('durham-dispute', 'protocol');
const protocols = some(loadRules().filter((r) => r.kind === 'protocol' && r.provision === 'stated'), 'stated protocol') as (typeof durham)[];

describe('every protocol: each step reachable, none a dead end', () => {
  it.each(protocols.map((p) => [p.id, p] as const))('%s', (_, rule) => {
    expect(checkProtocol(rule)).toEqual({ missingTargets: [], unreachable: [], deadEnds: [], noWayOut: [] });
  });

  it('a step with no way on and no outcome is found', () => {
    const broken = { start: 'a', steps: [{ id: 'a', title: 'A', citations: [], transitions: [{ to: 'b', label: 'x' }] }, { id: 'b', title: 'B', citations: [], transitions: [] }, { id: 'c', title: 'C', citations: [], outcome: 'done', transitions: [] }] };
    expect(checkProtocol(broken)).toEqual({ missingTargets: [], unreachable: ['c'], deadEnds: ['b'], noWayOut: ['a', 'b'] });
  });

  it.each([
    ['on the reading each tool adopts', false],
    ['with the steps other readings open', true],
  ] as const)('property: any random walk along transitions, %s, stays valid and can always go on or has ended', (_, all) => {
    for (const rule of protocols) {
      fc.assert(
        fc.property(fc.array(fc.nat(10), { maxLength: 20 }), (choices) => {
          const path = [rule.start];
          for (const choice of choices) {
            const step = stepOf(rule, path.at(-1)!)!;
            const open = step.transitions.filter((t) => all || isOpen(t));
            if (open.length === 0) return step.outcome !== undefined;
            path.push(open[choice % open.length]!.to);
          }
          return walk(rule, path, all ? 'all' : undefined).rejected === undefined;
        }),
      );
    }
  });
});

describe('County Durham 9.5: the conflict resolution protocol', () => {
  it('9.5(c)-(d): after an objection the matter is deferred, then goes to a second meeting', () => {
    const path = ['focused-discussion', 'full-discussion', 'objection', 'deferred', 'second-meeting'];
    expect(walk(durham, path)).toEqual({ path });
  });
  it('a path that skips a step stops at the last valid step', () => {
    expect(walk(durham, ['focused-discussion', 'full-discussion', 'objection', 'vote'])).toEqual({
      path: ['focused-discussion', 'full-discussion', 'objection'],
      rejected: 'vote',
    });
  });
  it('9.5(d): a first meeting on Monday 2 March 2009 allows a second meeting on Monday 9 March 2009 at the earliest', () => {
    const wait = waitOnPath(durham, ['focused-discussion', 'full-discussion', 'objection', 'deferred', 'second-meeting'])!;
    expect(wait.wait.days).toBe(7);
    expect(earliestAfter(new Date(Date.UTC(2009, 2, 2)), wait.wait, durham.params)).toBe('2009-03-09');
  });
  it('9.5(d), clear-days reading: one day later, Tuesday 10 March 2009', () => {
    expect(earliestAfter(new Date(Date.UTC(2009, 2, 2)), { days: 7 }, { clearDays: true, waitApplies: true })).toBe('2009-03-10');
  });
  it('9.5(d) special meeting: at least seven days later on the adopted reading; no waiting period if a special meeting need not wait', () => {
    expect(earliestAfter(new Date(Date.UTC(2009, 2, 2)), { days: 7 }, { clearDays: false, waitApplies: false })).toBeUndefined();
    const { verdict } = evaluateQuery(durham, 'path=focused-discussion&path=full-discussion&path=objection&path=deferred&date=2009-03-02');
    expect(verdict.attributes['earliest-second-meeting']).toBe('2009-03-09');
    expect(verdict.headline).toBe('Deferred; the Chair facilitates a compromise');
    expect(verdict.answers.map((a) => [a.reading ?? 'adopted', a.result])).toEqual([
      ['adopted', '2009-03-09'],
      ['seven-days', '2009-03-10'],
      ['special-meeting', 'none'],
    ]);
  });
  it('9.4 "Where Local Children\'s Boards are unable to resolve conflict": referral while deferred stops there on the adopted reading, and is open on the other', () => {
    const path = ['focused-discussion', 'full-discussion', 'objection', 'deferred', 'referred'];
    expect(walk(durham, path).rejected).toBe('referred');
    expect(walk(durham, path, 'all').rejected).toBeUndefined();
    const { verdict } = evaluateQuery(durham, path.map((p) => `path=${p}`).join('&'));
    expect(verdict.result).toBe('deferred');
    expect(verdict.answers.map((a) => [a.reading ?? 'adopted', a.result])).toEqual([
      ['adopted', 'deferred'],
      ['when-to-refer', 'referred'],
    ]);
  });
  it('9.5(d) across a month and year end: 28 December 2009 gives 4 January 2010', () => {
    expect(earliestAfter(new Date(Date.UTC(2009, 11, 28)), { days: 7 }, durham.params)).toBe('2010-01-04');
  });
  it('9.4: referral to the Executive Board is final', () => {
    expect(stepOf(durham, 'referred')?.outcome).toMatch(/final/);
  });
});

describe('flowchart generated from the protocol data', () => {
  it.each(protocols.map((p) => [p.id, p] as const))('%s draws every step once and every transition', (_, rule) => {
    const source = protocolMermaid(rule);
    for (const step of rule.steps) {
      expect(source.match(new RegExp(`^  n_${step.id.replace(/[^A-Za-z0-9]/g, '_')}[[(]`, 'gm'))).toHaveLength(1);
    }
    const edges = source.split('\n').filter((line) => line.includes('-->'));
    const dashed = source.split('\n').filter((line) => line.includes('-.->'));
    expect(edges).toHaveLength(rule.steps.reduce((n, s) => n + s.transitions.filter((t) => !t.reading).length, 0));
    expect(dashed).toHaveLength(rule.steps.reduce((n, s) => n + s.transitions.filter((t) => t.reading).length, 0));
    for (const line of dashed) expect(line).toContain('(only on another reading)');
  });
  it('Durham: the wait is written on the arrow to the second meeting', () => {
    expect(protocolMermaid(durham)).toContain('n_deferred -->|"Compromise is not possible (at least 7 days after the first meeting)"| n_second_meeting');
  });
});
