/** Tool state in the URL: valid values kept, anything else dropped with a notice that never repeats it. */
import { describe, expect, it } from 'vitest';
import { parseAttendance, parseInterests, parseProtocol, parseQuorum, parseVote, quorumQuery, voteQuery, protocolQuery, attendanceQuery } from '../../../src/lib/rules/state';
import { evaluateQuery } from '../../../src/lib/rules/explain';
import { loadRule, loadRules } from './load';
import { some } from '../../content';

const quorum = loadRule('kent-quorum', 'quorum');
const kentVote = loadRule('kent-vote', 'vote');
const durhamVote = loadRule('durham-vote', 'vote');
const attendance = loadRule('kent-attendance', 'attendance');
const interests = loadRule('kent-interests', 'interests');
const durham = loadRule('durham-dispute', 'protocol');
const q = (s: string) => new URLSearchParams(s);

describe('worked examples in the rule files', () => {
  const cases = some(
    loadRules().flatMap((rule) => (rule.provision === 'stated' ? rule.examples.map((e) => [`${rule.id}: ${e.name}`, rule, e] as const) : [])),
    'worked example',
  );
  it.each(cases)('%s', (_, rule, example) => {
    const { result, answers } = evaluateQuery(rule, example.query).verdict;
    expect(result).toBe(example.expect);
    // Exactly the readings the example lists change the answer, to the answers it lists.
    expect(Object.fromEntries(answers.filter((a) => a.reading !== undefined).map((a) => [a.reading, a.result]))).toEqual(example.others);
  });
});

describe('URL state round trips', () => {
  it('quorum', () => {
    const { state } = parseQuorum(q('present=chair&present=kcc&leaving=kcc'), quorum);
    expect(parseQuorum(quorumQuery(state), quorum).state).toEqual(state);
  });
  it('counted vote', () => {
    const { state } = parseVote(q('for=4&against=4&casting=for'), kentVote);
    expect(voteQuery(state).toString()).toBe('for=4&against=4&casting=for');
  });
  it('listed vote', () => {
    const query = 'voter=csa&voter=schools&ballot-csa=for&ballot-schools=against&casting=against';
    expect(voteQuery(parseVote(q(query), durhamVote).state).toString()).toBe(query);
  });
  it('attendance', () => {
    const { state } = parseAttendance(q('april=member&july=deputy'), attendance);
    expect(attendanceQuery(state).toString()).toBe('april=member&july=deputy');
  });
  it('protocol keeps repeated steps', () => {
    const query = 'path=debate&path=postponed&path=debate';
    const kent = loadRule('kent-dispute', 'protocol');
    expect(protocolQuery(parseProtocol(q(query), kent).state).toString()).toBe(query);
  });
});

describe('hostile or malformed values are dropped, and the notice never repeats them', () => {
  const hostile = '<script>alert(1)</script>';
  const cases: [string, () => { notices: string[] }][] = [
    ['quorum: unknown attendee', () => parseQuorum(q(`present=${encodeURIComponent(hostile)}&present=kcc`), quorum)],
    ['quorum: leaving without being present', () => parseQuorum(q('present=kcc&leaving=chair'), quorum)],
    ['vote: a count that is not a number', () => parseVote(q(`for=${encodeURIComponent(hostile)}`), kentVote)],
    ['vote: a count too large', () => parseVote(q('for=99999999'), kentVote)],
    ['vote: an unknown casting value', () => parseVote(q('casting=javascript:alert(1)'), kentVote)],
    ['vote: a ballot from a partner not voting, where no reading lets every partner vote', () =>
      parseVote(q('voter=csa&ballot-csa=for&ballot-schools=for'), { ...durhamVote, readings: durhamVote.readings.filter((r) => r.alternative?.params?.voters !== 'every-partner') })],
    ['attendance: an unknown record', () => parseAttendance(q('april=onload%3Dalert(1)'), attendance)],
    ['interests: an unknown answer', () => parseInterests(q(`yes=${'x'.repeat(5000)}`), interests)],
    ['protocol: a path off the protocol', () => parseProtocol(q('path=focused-discussion&path=vote'), durham)],
    ['protocol: a date that is not real', () => parseProtocol(q('date=2009-02-30'), durham)],
    ['any tool: an unknown setting', () => parseInterests(q(`${encodeURIComponent(hostile)}=1`), interests)],
  ];
  it.each(cases)('%s', (_, run) => {
    const { notices } = run();
    expect(notices.length).toBeGreaterThan(0);
    for (const notice of notices) {
      expect(notice).not.toMatch(/[<>]|script|javascript|onload|xxxx|alert/i);
    }
  });
  it('County Durham 9.5(e): a ballot from a partner not ticked is kept for the reading where every partner votes', () => {
    const { state, notices } = parseVote(q('voter=csa&ballot-csa=for&ballot-schools=against'), durhamVote);
    expect(notices).toEqual([]);
    expect([...(state.mode === 'listed' ? state.ballots : new Map())]).toEqual([['csa', 'for'], ['schools', 'against']]);
    expect(voteQuery(state).toString()).toBe('voter=csa&ballot-csa=for&ballot-schools=against&casting=none'.replace('&casting=none', ''));
  });
  it('quorum: the organisation a post holder comes from round-trips, and an unknown one is dropped', () => {
    const { state } = parseQuorum(q('present=vice-chair&from-vice-chair=kent-police'), quorum);
    expect(state.from).toEqual({ 'vice-chair': 'kent-police' });
    expect(quorumQuery(state).toString()).toBe('present=vice-chair&from-vice-chair=kent-police');
    // KCC is ruled out by 10.3 ("not KCC employees"); the Vice Chair's own seat is no answer either.
    for (const bad of ['kcc', 'chair', '%3Cscript%3E']) {
      const parsed = parseQuorum(q(`from-vice-chair=${bad}`), quorum);
      expect(parsed.state.from).toBeUndefined();
      expect(parsed.notices.length).toBeGreaterThan(0);
    }
  });
  it('valid values survive next to hostile ones', () => {
    expect(parseQuorum(q(`present=${encodeURIComponent(hostile)}&present=kcc`), quorum).state.present).toEqual(['kcc']);
  });
  it('the date is kept when real', () => {
    expect(parseProtocol(q('date=2009-03-02'), durham).state.date).toBe('2009-03-02');
  });
});
