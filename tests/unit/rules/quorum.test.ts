import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { organisationChoices, quorum, quorumForItem } from '../../../src/lib/rules/quorum';
import { otherReadings, withOverrides } from '../../../src/lib/rules/readings';
import { evaluateQuery, spoken } from '../../../src/lib/rules/explain';
import { loadRule } from './load';

const rule = loadRule('kent-quorum', 'quorum');
const ids = rule.attendees.map((a) => a.id);

describe('Kent partnership agreement 10.4: quorate if five of seven are present', () => {
  it('Chair, KCC, Kent Police, Youth Offending Service and District Councils: quorate (5 of 7)', () => {
    const result = quorum(rule, ['chair', 'kcc', 'kent-police', 'yos', 'district-councils']);
    expect(result.verdict).toBe('quorate');
    expect(result.counted).toBe(5);
  });

  it('four seats are not enough', () => {
    expect(quorum(rule, ['chair', 'kcc', 'kent-police', 'yos']).verdict).toBe('not-quorate');
  });

  it('"Chair or Vice Chair" is one seat: both present count once', () => {
    const result = quorum(rule, ['chair', 'vice-chair', 'kcc', 'kent-police']);
    expect(result.counted).toBe(3);
    expect(result.verdict).toBe('not-quorate');
  });

  it('"Children\'s Health Commissioning (or reps from both PCTs)": either alternative fills the seat', () => {
    const health = (present: string[]) => quorum(rule, present).filled.some((s) => s.id === 'health');
    expect(health(['chc'])).toBe(true);
    expect(health(['pct-first', 'pct-second'])).toBe(true);
    expect(health(['pct-first'])).toBe(false);
    expect(health(['pct-second'])).toBe(false);
  });

  it('"The LSC and/or related service providers": either or both fill one seat', () => {
    expect(quorum(rule, ['lsc']).counted).toBe(1);
    expect(quorum(rule, ['providers']).counted).toBe(1);
    expect(quorum(rule, ['lsc', 'providers']).counted).toBe(1);
  });

  it('reading "organisations only": the Chair does not count, which changes a 5-seat meeting that includes the Chair', () => {
    const present = ['chair', 'kcc', 'kent-police', 'yos', 'district-councils'];
    const others = otherReadings(rule.params, rule.readings, (p) => quorum(rule, present, p), (r) => r.verdict);
    expect(others).toHaveLength(1);
    expect(others[0]!.reading).toBe('chair-is-a-seat');
    expect(others[0]!.result.verdict).toBe('not-quorate');
  });

  const alt = (reading: string) => withOverrides(rule.params, rule.readings.find((r) => r.id === reading)!.alternative!.params!);

  it('Kent 10.2 and 10.4: Chair, Kent Police, YOS and District Councils is 4 on the adopted reading and 5 if the Chair also counts for KCC', () => {
    const present = ['chair', 'kent-police', 'yos', 'district-councils'];
    expect(quorum(rule, present)).toMatchObject({ verdict: 'not-quorate', counted: 4 });
    const other = quorum(rule, present, alt('chair-and-kcc'));
    expect(other).toMatchObject({ verdict: 'quorate', counted: 5 });
    expect(other.filledBy.map((f) => [f.seat.id, f.attendee.id])).toEqual([['kcc', 'chair']]);
    const { verdict } = evaluateQuery(rule, 'present=chair&present=kent-police&present=yos&present=district-councils');
    expect(verdict.result).toBe('not-quorate');
    expect(verdict.answers).toEqual([
      { label: 'As this tool reads the words', result: 'not-quorate', headline: 'Not quorate: 4 seats of 7 filled; 5 needed.' },
      { reading: 'chair-and-kcc', label: 'If the Chair also counts for KCC', result: 'quorate', headline: 'Quorate: 5 seats of 7 filled (KCC by the Chair); 5 needed.' },
    ]);
    expect(spoken(verdict)).toContain('If the Chair also counts for KCC: Quorate: 5 seats');
  });

  it('Kent 10.3: the Vice Chair is "not a KCC employee" but the agreement does not say from which organisation, so the tool asks', () => {
    const present = ['vice-chair', 'kcc', 'yos', 'district-councils'];
    // Not answered: no other answer is computed, and the verdict says what it needs.
    const unanswered = evaluateQuery(rule, present.map((p) => `present=${p}`).join('&')).verdict;
    expect(unanswered.answers).toEqual([]);
    expect(unanswered.lines.join(' ')).toContain('the document does not say which organisation the Vice Chair comes from');
    // Answered: Kent Police is present through the Vice Chair on the other reading.
    expect(quorum(rule, present, alt('vice-chair-organisation'), { 'vice-chair': 'kent-police' })).toMatchObject({ verdict: 'quorate', counted: 5 });
    expect(quorum(rule, present, rule.params, { 'vice-chair': 'kent-police' })).toMatchObject({ verdict: 'not-quorate', counted: 4 });
    // KCC is never among the answers: 10.3 rules it out.
    expect(organisationChoices(rule, 'vice-chair').map((s) => s.id)).not.toContain('kcc');
    expect(organisationChoices(rule, 'vice-chair').map((s) => s.id)).not.toContain('chair');
  });

  it('Kent 10.4 "The LSC and/or related service providers": one seat, or two organisations if "and/or" counts both', () => {
    const present = ['kcc', 'kent-police', 'district-councils', 'lsc', 'providers'];
    expect(quorum(rule, present)).toMatchObject({ verdict: 'not-quorate', counted: 4, countable: 7 });
    expect(quorum(rule, present, alt('lsc-and-or'))).toMatchObject({ verdict: 'quorate', counted: 5, countable: 8 });
    expect(quorum(rule, ['lsc'], alt('lsc-and-or')).counted).toBe(1);
  });

  it('Kent 10.4 and 6.2: Kent Police leaving for an item makes the item inquorate, unless the quorum is counted for the meeting as a whole', () => {
    const present = ['chair', 'kcc', 'kent-police', 'yos', 'district-councils'];
    expect(quorumForItem(rule, present, ['kent-police']).decides.verdict).toBe('not-quorate');
    expect(quorumForItem(rule, present, ['kent-police'], alt('quorum-per-item')).decides.verdict).toBe('quorate');
  });

  it('Kent 10.4: the whole list is quoted with the verdict, not only its lead-in', () => {
    const [statement] = evaluateQuery(rule, '').verdict.quotes;
    expect(statement!.words).toBe('Quorum - KCT will be quorate if five of the following organisations are present:');
    expect(statement!.items).toEqual(rule.seats.map((s) => s.label));
    expect(statement!.items).toHaveLength(7);
  });

  it('property: each reading that counts more (a post holder for their organisation, "and/or" as two, the meeting as a whole) never turns quorate into not quorate', () => {
    const answers = fc.constantFrom({}, { 'vice-chair': 'kent-police' }, { 'vice-chair': 'yos' });
    fc.assert(
      fc.property(fc.subarray(ids), fc.subarray(ids), answers, (present, leaving, from) =>
        ['chair-and-kcc', 'vice-chair-organisation', 'lsc-and-or', 'quorum-per-item'].every((reading) => {
          const adopted = quorumForItem(rule, present, leaving, rule.params, from).decides.verdict;
          const other = quorumForItem(rule, present, leaving, alt(reading), from).decides.verdict;
          return adopted === 'not-quorate' || other === 'quorate';
        }),
      ),
    );
  });

  it('property: the answers shown are exactly the readings whose verdict differs, the adopted one first', () => {
    fc.assert(
      fc.property(fc.subarray(ids), fc.subarray(ids), (present, leaving) => {
        const query = [...present.map((p) => `present=${p}`), ...leaving.filter((l) => present.includes(l)).map((l) => `leaving=${l}`)].join('&');
        const { verdict } = evaluateQuery(rule, query);
        if (verdict.answers.length === 0) return true;
        return (
          verdict.answers[0]!.reading === undefined &&
          verdict.answers[0]!.result === verdict.result &&
          verdict.answers.slice(1).every((a) => a.result !== verdict.result)
        );
      }),
    );
  });

  it('what if Kent Police leaves after declaring an interest: the meeting is quorate, the item is not', () => {
    const result = quorumForItem(rule, ['chair', 'kcc', 'kent-police', 'yos', 'district-councils'], ['kent-police']);
    expect(result.meeting.verdict).toBe('quorate');
    expect(result.item.verdict).toBe('not-quorate');
    expect(result.item.empty.map((s) => s.label)).toContain('Kent Police');
  });

  it('someone marked as leaving who is not present changes nothing', () => {
    const result = quorumForItem(rule, ['chair', 'kcc'], ['kent-police']);
    expect(result.leaving).toEqual([]);
  });

  it('property: adding someone never makes a quorate meeting inquorate', () => {
    fc.assert(
      fc.property(fc.subarray(ids), fc.constantFrom(...ids), (present, extra) => {
        const before = quorum(rule, present);
        const after = quorum(rule, [...present, extra]);
        return before.verdict === 'not-quorate' || after.verdict === 'quorate';
      }),
    );
  });

  it('property: someone leaving never makes an inquorate meeting quorate', () => {
    fc.assert(
      fc.property(fc.subarray(ids), fc.subarray(ids), (present, leaving) => {
        const { meeting, item } = quorumForItem(rule, present, leaving);
        return meeting.verdict === 'quorate' || item.verdict === 'not-quorate';
      }),
    );
  });

  it('property: the order people arrive in does not matter', () => {
    fc.assert(
      fc.property(fc.subarray(ids), (present) => quorum(rule, present).counted === quorum(rule, [...present].reverse()).counted),
    );
  });
});
