import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decide, eligibleVoters, listedVote, tallyBallots, type Ballot } from '../../../src/lib/rules/vote';
import { otherReadings, withOverrides } from '../../../src/lib/rules/readings';
import { evaluateQuery } from '../../../src/lib/rules/explain';
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
  it('no votes entered at all: no outcome yet (incomplete), not "not carried" and not a tie', () => {
    expect(decide(kent, { for: 0, against: 0, abstain: 0 }, 'for').verdict).toBe('incomplete');
    expect(evaluateQuery(kent, '').verdict).toMatchObject({ result: 'incomplete', headline: 'No outcome yet: no votes have been entered.' });
  });
  it('abstentions alone are a vote held: not carried', () => {
    expect(decide(kent, { for: 0, against: 0, abstain: 3 }, 'none').verdict).toBe('not-carried');
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
});

const ballots = (entries: [string, Ballot][]) => new Map<string, Ballot>(entries);
const durhamParams = (reading: string) => withOverrides(durham.params, durham.readings.find((r) => r.id === reading)!.alternative!.params!);

describe('County Durham 9.5(e): a vote has no outcome until every partner entitled to vote has voted', () => {
  it('Durham 9.5(e): one ballot of three eligible is incomplete, not carried (two still to vote)', () => {
    const result = listedVote(durham, ['csa', 'constabulary', 'schools'], ballots([['csa', 'for']]), 'none');
    expect(result).toMatchObject({ verdict: 'incomplete', notVoted: 2, tally: { for: 1, against: 0, abstain: 0 } });
    const { verdict } = evaluateQuery(durham, 'voter=csa&voter=constabulary&voter=schools&ballot-csa=for');
    expect(verdict.result).toBe('incomplete');
    expect(verdict.attributes['not-voted']).toBe('2');
    expect(verdict.headline).toBe('No outcome yet: 2 votes still to be cast by those entitled to vote (3 partners); so far 1 for, 0 against.');
    expect(verdict.lines).toContain('Still to vote: Durham Constabulary; Schools.');
  });
  it('no partner ticked: incomplete, with nobody entitled yet', () => {
    expect(listedVote(durham, [], new Map(), 'none')).toMatchObject({ verdict: 'incomplete', notVoted: 0 });
  });
  it('property: while anyone entitled has not voted, the verdict is incomplete; once all have, it never is', () => {
    const ids = durham.voters.mode === 'listed' ? durham.voters.partners.map((p) => p.id) : [];
    fc.assert(
      fc.property(fc.subarray(ids, { minLength: 1 }), fc.func(fc.constantFrom<Ballot | undefined>('for', 'against', 'abstain', undefined)), (voters, pick) => {
        const cast = ballots(voters.flatMap((v, i): [string, Ballot][] => { const b = pick(i); return b ? [[v, b]] : []; }));
        const result = listedVote(durham, voters, cast, 'none');
        return voters.every((v) => cast.has(v)) ? result.verdict !== 'incomplete' : result.verdict === 'incomplete' && result.notVoted === voters.filter((v) => !cast.has(v)).length;
      }),
    );
  });
});

describe('County Durham 9.5(e)-(f), 4.1, 4.6: the readings that change the vote are computed', () => {
  it('9.5(e) "A partner votes if": if every partner listed votes, two ballots of 22 is no outcome yet', () => {
    const cast = ballots([['csa', 'for'], ['schools', 'for'], ['constabulary', 'against']]);
    expect(listedVote(durham, ['csa', 'schools', 'constabulary'], cast, 'none').verdict).toBe('carried');
    const every = listedVote(durham, ['csa', 'schools', 'constabulary'], cast, 'none', durhamParams('votes-only-if'));
    expect(every).toMatchObject({ verdict: 'incomplete', notVoted: (durham.voters.mode === 'listed' ? durham.voters.partners.length : 0) - 3 });
  });
  it('4.1 one vote each: the CSA for and the Constabulary against is tied, or carried 2 to 1 if each person named votes', () => {
    const cast = ballots([['csa', 'for'], ['constabulary', 'against']]);
    expect(listedVote(durham, ['csa', 'constabulary'], cast, 'none').verdict).toBe('tied');
    expect(listedVote(durham, ['csa', 'constabulary'], cast, 'none', durhamParams('one-vote-each'))).toMatchObject({ verdict: 'carried', tally: { for: 2, against: 1 } });
  });
  it('9.5(f) "second and casting vote": a tie broken for the motion is carried, or stays tied if the CSA (the Chair\'s partner, 4.6) has not voted', () => {
    const cast = ballots([['constabulary', 'for'], ['schools', 'against']]);
    expect(listedVote(durham, ['constabulary', 'schools'], cast, 'for')).toMatchObject({ verdict: 'carried', decidedBy: 'casting-vote' });
    expect(listedVote(durham, ['constabulary', 'schools'], cast, 'for', durhamParams('second-vote'))).toMatchObject({ verdict: 'tied', castingRefused: 'csa' });
    // With the CSA voting, the casting vote stands on that reading too.
    const withCsa = ballots([['csa', 'for'], ['constabulary', 'against']]);
    expect(listedVote(durham, ['csa', 'constabulary'], withCsa, 'against', durhamParams('second-vote'))).toMatchObject({ verdict: 'not-carried', decidedBy: 'casting-vote' });
  });
  it('the verdict shows each answer with the same weight: the adopted first, then every reading that differs', () => {
    const { verdict } = evaluateQuery(durham, 'voter=csa&voter=constabulary&ballot-csa=for&ballot-constabulary=against');
    expect(verdict.headline).toBe('The answer depends on how the words are read.');
    expect(verdict.answers.map((a) => [a.reading ?? 'adopted', a.result])).toEqual([
      ['adopted', 'tied'],
      ['votes-only-if', 'incomplete'],
      ['one-vote-each', 'carried'],
    ]);
    expect(verdict.attributes['other-results']).toBe('votes-only-if:incomplete one-vote-each:carried');
  });
});
