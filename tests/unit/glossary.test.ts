import { describe, expect, it } from 'vitest';
import { definedTermPattern, definingTrusts, duplicateTerms, glossaryAnchor, segmentDefinedTerms, segmentTerms, termPattern, trustOfPage } from '../../src/lib/glossary';

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

describe('terms that are not acronyms', () => {
  const defined = [
    { term: "Children's Services Authority", trusts: ['kent', 'durham'] },
    { term: 'relevant partner', trusts: ['harrow', 'durham'] },
    { term: 'partner', trusts: ['kent'] },
  ];
  const termsPattern = definedTermPattern(defined);

  it('Harrow 2.1 prints "\'relevant partners\'": the plural, inside quotation marks, is the term', () => {
    expect(
      segmentDefinedTerms("on local authorities and their 'relevant partners' to cooperate", termsPattern, defined, new Set()),
    ).toEqual(["on local authorities and their '", { term: 'relevant partner', text: 'relevant partners' }, "' to cooperate"]);
  });

  it('Kent 4.1: the first use on a page only; any capitals, either apostrophe, and the words as printed', () => {
    const seen = new Set<string>();
    expect(segmentDefinedTerms('known as the Children’s Services Authority (CSA).', termsPattern, defined, seen)).toEqual([
      'known as the ',
      { term: "Children's Services Authority", text: 'Children’s Services Authority' },
      ' (CSA).',
    ]);
    expect(segmentDefinedTerms("The Children's Services Authority will provide", termsPattern, defined, seen)).toEqual([
      "The Children's Services Authority will provide",
    ]);
    expect(segmentDefinedTerms('RELEVANT PARTNER duties', termsPattern, defined, new Set())).toEqual([{ term: 'relevant partner', text: 'RELEVANT PARTNER' }, ' duties']);
  });

  it('whole words only, the longer term first', () => {
    expect(segmentDefinedTerms('partnership and partners', termsPattern, defined, new Set())).toEqual(['partnership and ', { term: 'partner', text: 'partners' }]);
    expect(segmentDefinedTerms('a relevant partner', termsPattern, defined, new Set())).toEqual(['a ', { term: 'relevant partner', text: 'relevant partner' }]);
    expect(segmentDefinedTerms('irrelevant partnerships', termsPattern, defined, new Set())).toEqual(['irrelevant partnerships']);
  });

  it('each entry has one address on the glossary page, apostrophes dropped', () => {
    expect(glossaryAnchor("Children's Services Authority")).toBe('term-childrens-services-authority');
    expect(glossaryAnchor('Children’s Services Authority')).toBe('term-childrens-services-authority');
    expect(glossaryAnchor('relevant partner')).toBe('term-relevant-partner');
    expect(glossaryAnchor('C&YP')).toBe('term-c-yp');
    expect(glossaryAnchor('PCT')).toBe('term-pct');
  });

  it('a term is linked on the pages of the trusts whose documents define it, and no others', () => {
    expect(definingTrusts([{ citation: { document: 'harrow/scrutiny-report-2009' } }, { citation: { document: 'durham/governance-arrangements-2009' } }, { citation: { document: 'harrow/x' } }])).toEqual(['harrow', 'durham']);
    const trusts = new Set(['kent', 'harrow']);
    expect(trustOfPage('/site/content/docs/kent/partnership-agreement-2008.mdx', trusts)).toBe('kent');
    expect(trustOfPage('C:\\site\\content\\docs\\harrow\\scrutiny-report-2009.mdx', trusts)).toBe('harrow');
    expect(trustOfPage('/site/content/docs/about/adding-your-trust.mdx', trusts)).toBeUndefined();
    expect(trustOfPage('/site/content/briefings/kent-cabinet-2010.mdx', trusts)).toBeUndefined();
    expect(trustOfPage(undefined, trusts)).toBeUndefined();
  });
});
