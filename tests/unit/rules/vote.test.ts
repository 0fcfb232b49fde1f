import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decide, eligibleVoters, tallyBallots, type Ballot } from '../../../src/lib/rules/vote';
import { otherReadings } from '../../../src/lib/rules/readings';
import { loadRule } from './load';

const kent = loadRule('kent-vote', 'vote');
const durham = loadRule('durham-vote', 'vote');

describe('Kent partnership agreement 11.3: "if necessary voting"; the Chair may use a casting vote', () => {
  it('six for, four against: carried', () => {
    expect(decide(kent, { for: 6, against: 4, abstain: 0 }, 'none').verdict).toBe('carried');
  });
  it('three for, five against: not carried', () => {
    expect(decide(kent, { for: 3, against: 5, abstain: 0 }, 'none').verdict).toBe('not-carried');
  });
  it('a tie without the casting vote stays tied ("may")', () => {
    const result = decide(kent, { for: 4, against: 4, abstain: 0 }, 'none');
    expect(result.verdict).toBe('tied');
    expect(result.decidedBy).toBeUndefined();
  });
  it('a tie with the casting vote for: carried, decided by casting vote', () => {
    expect(decide(kent, { for: 4, against: 4, abstain: 0 }, 'for')).toMatchObject({ verdict: 'carried', decidedBy: 'casting-vote' });
  });
  it('a casting vote without a tie changes nothing', () => {
    const result = decide(kent, { for: 5, against: 4, abstain: 0 }, 'against');
    expect(result.verdict).toBe('carried');
    expect(result.decidedBy).toBeUndefined();
  });
  it('no votes at all: not carried, not a tie', () => {
    expect(decide(kent, { for: 0, against: 0, abstain: 0 }, 'for').verdict).toBe('not-carried');
  });
  it('reading "majority of those voting or abstaining": 5 for, 4 against, 2 abstaining is carried, or not under the other reading', () => {
    const tally = { for: 5, against: 4, abstain: 2 };
    expect(decide(kent, tally, 'none').verdict).toBe('carried');
    const others = otherReadings(kent.params, kent.readings, (p) => decide(kent, tally, 'none', p), (r) => r.verdict);
    expect(others.map((o) => [o.reading, o.result.verdict])).toEqual([['majority', 'not-carried']]);
  });
  it('property: one more vote for never turns carried into not carried', () => {
    fc.assert(
      fc.property(fc.nat(50), fc.nat(50), fc.nat(50), (f, a, ab) => {
        const before = decide(kent, { for: f, against: a, abstain: ab }, 'none').verdict;
        const after = decide(kent, { for: f + 1, against: a, abstain: ab }, 'none').verdict;
        return before !== 'carried' || after === 'carried';
      }),
    );
  });
});

describe('County Durham 9.5(e)-(f): partners affected vote; the Chair has a second and casting vote', () => {
  it('only partners the test selects vote, in the order of 4.1', () => {
    expect(eligibleVoters(durham, ['schools', 'csa', 'unknown'])).toEqual(['csa', 'schools']);
  });
  it('ballots of partners who do not vote are not counted', () => {
    const ballots = new Map<string, Ballot>([['csa', 'for'], ['connexions', 'against']]);
    expect(tallyBallots(eligibleVoters(durham, ['csa']), ballots)).toEqual({ for: 1, against: 0, abstain: 0 });
  });
  it('a tie decided by the casting vote against: not carried, decided by casting vote', () => {
    expect(decide(durham, { for: 1, against: 1, abstain: 0 }, 'against')).toMatchObject({ verdict: 'not-carried', decidedBy: 'casting-vote' });
  });
  it('the eligibility reading is stated in words, not computed', () => {
    const reading = durham.readings.find((r) => r.id === 'votes-only-if')!;
    expect(reading.alternative?.params).toBeUndefined();
  });
});
