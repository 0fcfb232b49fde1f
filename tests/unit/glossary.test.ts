import { describe, expect, it } from 'vitest';
import { duplicateTerms, segmentTerms, termPattern } from '../../src/lib/glossary';

const terms = [
  { term: 'PCT', expansion: 'Primary Care Trust' },
  { term: 'LSC', expansion: 'Learning and Skills Council' },
  { term: 'LSCB', expansion: 'Local Safeguarding Children Board' },
  { term: 'C&YP', expansion: 'children and young people' },
  { term: 'YOT', expansion: 'Youth Offending Team' },
];
const pattern = termPattern(terms);

describe('acronym expansion', () => {
  it('marks the first use only (Kent 10.4: "reps from both PCTs")', () => {
    const seen = new Set<string>();
    expect(segmentTerms('reps from both PCTs and a PCT', pattern, seen)).toEqual([
      'reps from both ',
      { term: 'PCT', text: 'PCT' },
      's and a PCT',
    ]);
    expect(segmentTerms('another PCT', pattern, seen)).toEqual(['another PCT']);
  });
  it('prefers the longer term: LSCB is not LSC + B', () => {
    expect(segmentTerms('the LSCB and the LSC', pattern, new Set())).toEqual([
      'the ',
      { term: 'LSCB', text: 'LSCB' },
      ' and the ',
      { term: 'LSC', text: 'LSC' },
    ]);
  });
  it('matches whole words only, and terms with an ampersand', () => {
    expect(segmentTerms('YOTA KPCT', pattern, new Set())).toEqual(['YOTA KPCT']);
    expect(segmentTerms('needs of C&YP and families', pattern, new Set())).toEqual([
      'needs of ',
      { term: 'C&YP', text: 'C&YP' },
      ' and families',
    ]);
  });
  it('finds terms defined twice', () => {
    expect(duplicateTerms([...terms, { term: 'PCT', expansion: null }])).toEqual(['PCT']);
  });
});

describe('acronym expansion for the search index', () => {
  it('Durham 4.6 and 5.5 both say PCT: with repeats, the second use is returned too, marked as a repeat', () => {
    const seen = new Set<string>();
    expect(segmentTerms('the Director of Public Health from the PCT', pattern, seen, true)).toEqual([
      'the Director of Public Health from the ',
      { term: 'PCT', text: 'PCT' },
    ]);
    expect(segmentTerms('Durham and Darlington PCT', pattern, seen, true)).toEqual([
      'Durham and Darlington ',
      { term: 'PCT', text: 'PCT', repeat: true },
    ]);
  });
});
