import { describe, expect, it } from 'vitest';
import { missingSentences, readSource, stripSeedMarkup, type SourceFurniture } from '../../src/lib/fidelity';
import { sourceSchema } from '../../src/schemas/source';

const none: SourceFurniture = { furniture: [] };
const markup: SourceFurniture = { furniture: [{ markup: 'markdown-html', why: 'export markup' }] };
const sentences = (text: string, declaration = none) => readSource(text, declaration).sentences.map((s) => s.text);

describe('source sentences', () => {
  it('splits a line into sentences and keeps the clause number (Kent 2008 10.4)', () => {
    expect(sentences('10.4 Quorum - KCT will be quorate. The Chair may use his/her casting vote.')).toEqual([
      '10.4 Quorum - KCT will be quorate.',
      'The Chair may use his/her casting vote.',
    ]);
  });
  it('drops only the furniture a source declares, and lists what it dropped with the reason', () => {
    const source = '1. Introduction\t3\nKCT Partnership Agreement, May 2008, Version 4 3\nKCT Partnership Agreement, May 2008, Version 4';
    const declared: SourceFurniture = {
      furniture: [
        { line: '^KCT Partnership Agreement, May 2008, Version 4 \\d+$', why: 'running footer' },
        { line: '^(\\d+\\.\\s.+?)\\t\\d+$', keep: '$1', why: 'contents-page number' },
      ],
    };
    const reading = readSource(source, declared);
    expect(reading.sentences.map((s) => s.text)).toEqual(['1. Introduction', 'KCT Partnership Agreement, May 2008, Version 4']);
    expect(reading.dropped).toEqual([
      { line: 1, text: '3', why: 'contents-page number' },
      { line: 2, text: 'KCT Partnership Agreement, May 2008, Version 4 3', why: 'running footer' },
    ]);
    // Undeclared, the footer and the page number are words the site must show.
    expect(sentences(source)).toContain('KCT Partnership Agreement, May 2008, Version 4 3');
    expect(readSource(source, none).dropped).toEqual([]);
  });
  it('strips export markup only where the source declares it (Kent 2009 appendix HTML, escaped URLs)', () => {
    expect(stripSeedMarkup('<p><b>Re-establish the KCT Board</b></p>')).toBe('\tRe-establish the KCT Board\t');
    expect(stripSeedMarkup('[http://x.org/kct\\_change.cfm](http://x.org/kct_change.cfm)')).toBe('http://x.org/kct_change.cfm');
    expect(stripSeedMarkup('needs of C&amp;YP')).toBe('needs of C&YP');
    expect(sentences('**Summary:** needs of C&amp;YP', markup)).toEqual(['Summary: needs of C&YP']);
    expect(sentences('**Summary:** needs of C&amp;YP')).toEqual(['**Summary:** needs of C&amp;YP']);
  });
  it('drops bullet glyphs from the Word export ("- o Having")', () => {
    expect(sentences('  - o Having a specialist service')).toEqual(['Having a specialist service']);
  });
  it('reports a sentence that is missing or altered, with its line', () => {
    const source = 'The Trust will endeavor to reach agreement.\nIn the event of a tied vote the Chair may use his/her casting vote.';
    expect(missingSentences(source, none, 'The Trust will endeavour to reach agreement. In the event of a tied vote the Chair may use his/her casting vote.')).toEqual([
      { line: 1, text: 'The Trust will endeavor to reach agreement.' },
    ]);
  });
});

describe('furniture declarations', () => {
  const issues = (value: unknown) => sourceSchema.safeParse(value).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
  it('accepts line rules with a reason and the markup declaration', () => {
    expect(issues({ furniture: [{ line: '^-{3,}$', why: 'rule' }, { markup: 'markdown-html', why: 'export' }] })).toEqual([]);
  });
  it('names the field and what was expected', () => {
    expect(issues({ furniture: [{ line: '(unclosed', why: 'x' }] })).toEqual([
      'furniture.0.line: Expected a regular expression (JavaScript syntax) that compiles, e.g. "^KCT Partnership Agreement, May 2008, Version 4 \\d+$".',
    ]);
    expect(issues({ furniture: [{ line: '^x$' }] })[0]).toMatch(/^furniture\.0\.why: Expected "why"/);
    expect(issues({ furniture: [{ why: 'x' }] })).toEqual(['furniture.0: Each furniture entry needs exactly one of "line" (a pattern for whole lines) or "markup: markdown-html".']);
    expect(issues({ furniture: [{ markup: 'markdown-html', keep: '$1', why: 'x' }] })).toEqual(['furniture.0.keep: "keep" goes with "line": it says what of a matching line to keep.']);
    expect(issues({ furniture: [{ line: 'x', why: 'y', reason: 'z' }] })[0]).toMatch(/reason/);
  });
});
