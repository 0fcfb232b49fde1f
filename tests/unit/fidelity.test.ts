import { describe, expect, it } from 'vitest';
import { missingSentences, seedSentences, stripSeedMarkup } from '../../src/lib/fidelity';

describe('seed sentences', () => {
  it('splits a line into sentences and keeps the clause number (Kent 2008 10.4)', () => {
    expect(seedSentences('10.4 Quorum - KCT will be quorate. The Chair may use his/her casting vote.').map((s) => s.text)).toEqual([
      '10.4 Quorum - KCT will be quorate.',
      'The Chair may use his/her casting vote.',
    ]);
  });
  it('drops running footers and contents page numbers, keeps contents entries', () => {
    const seed = '1. Introduction\t3\nKCT Partnership Agreement, May 2008, Version 4 3\nKCT Partnership Agreement, May 2008, Version 4';
    expect(seedSentences(seed).map((s) => s.text)).toEqual(['1. Introduction', 'KCT Partnership Agreement, May 2008, Version 4']);
  });
  it('strips export markup but keeps the words (Kent 2009 appendix HTML, escaped URLs)', () => {
    expect(stripSeedMarkup('<p><b>Re-establish the KCT Board</b></p>')).toBe('\tRe-establish the KCT Board\t');
    expect(stripSeedMarkup('[http://x.org/kct\\_change.cfm](http://x.org/kct_change.cfm)')).toBe('http://x.org/kct_change.cfm');
    expect(stripSeedMarkup('needs of C&amp;YP')).toBe('needs of C&YP');
  });
  it('drops bullet glyphs from the Word export ("- o Having")', () => {
    expect(seedSentences('  - o Having a specialist service').map((s) => s.text)).toEqual(['Having a specialist service']);
  });
  it('reports a sentence that is missing or altered, with its line', () => {
    const seed = 'The Trust will endeavor to reach agreement.\nIn the event of a tied vote the Chair may use his/her casting vote.';
    expect(missingSentences(seed, 'The Trust will endeavour to reach agreement. In the event of a tied vote the Chair may use his/her casting vote.')).toEqual([
      { line: 1, text: 'The Trust will endeavor to reach agreement.' },
    ]);
  });
});
