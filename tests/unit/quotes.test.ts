/** A quoted lead-in ending in ":" carries the list it introduces: its list lines, or its lettered sub-clauses. */
import { describe, expect, it } from 'vitest';
import { itemsOf, listAfter, mdxLookup, subClauses, withLists } from '../../src/lib/quotes';
import { clauseSource } from '../../src/lib/clauses';
import { allDocuments, bodies, rules, some } from '../content';

const lookup = mdxLookup(new Map(allDocuments().map((d) => [d.id, d.body])));
const kent = 'kent/partnership-agreement-2008';

describe('listAfter: the list a lead-in introduces, as printed', () => {
  const clause = [
    '<Duty partners="chair" topics="meetings" type="role">',
    '',
    'Quorum - KCT will be quorate if five of the following organisations are present:',
    '',
    '- Chair or Vice Chair',
    '- *KCC*',
    '',
    '</Duty>',
    '',
    'A later paragraph.',
    '',
    '- not part of the list',
  ].join('\n');
  it('takes the list lines after the lead-in, through blank lines and closing tags, and stops at the next paragraph', () => {
    expect(listAfter(clause, 'KCT will be quorate if five of the following organisations are present:')).toEqual(['Chair or Vice Chair', 'KCC']);
  });
  it('words that do not end in ":" introduce nothing', () => {
    expect(listAfter(clause, 'KCT will be quorate if five of the following organisations are present')).toEqual([]);
  });
  it('words not in the clause introduce nothing', () => {
    expect(listAfter(clause, 'Something else:')).toEqual([]);
  });
  it('a numbered list is a list too', () => {
    expect(listAfter('It will:\n\n1. Agree priorities.\n2. Assess needs.', 'It will:')).toEqual(['Agree priorities.', 'Assess needs.']);
  });
});

describe('subClauses', () => {
  it('only the lettered or numbered children, in page order', () => {
    expect(subClauses('9.5', ['9.4', '9.5', '9.5(a)', '9.5(b)', '9.5(a)(i)', '9.50'])).toEqual(['9.5(a)', '9.5(b)']);
  });
});

describe('the documents: no lead-in is quoted alone', () => {
  it('Kent 10.4: the quorum lead-in carries its seven lines', () => {
    const items = itemsOf({ citation: { document: kent, clause: '10.4' }, words: 'Quorum - KCT will be quorate if five of the following organisations are present:' }, lookup);
    expect(items).toEqual([
      'Chair or Vice Chair',
      'KCC',
      'Kent Police',
      'Youth Offending Service',
      "Children's Health Commissioning (or reps from both PCTs)",
      'District Councils',
      'The LSC and/or related service providers',
    ]);
  });
  it('County Durham 9.5: a clause that ends at its lead-in carries its sub-clauses (a) to (f), with their printed letters', () => {
    const items = itemsOf({ citation: { document: 'durham/governance-arrangements-2009', clause: '9.5' }, words: 'The procedure for resolving conflict is as follows:' }, lookup);
    expect(items.map((i) => i.slice(0, 3))).toEqual(['a) ', 'b) ', 'c) ', 'd) ', 'e) ', 'f) ']);
    expect(items.at(-1)).toBe('f) The Chair has a second and casting vote in the event of a tie.');
  });
  it('withLists leaves every other quote as it was', () => {
    const quote = { citation: { document: kent, clause: '10.1' }, words: 'The Trust will meet quarterly (April, July, October and January).' };
    expect(withLists({ a: [quote], b: 3 }, lookup)).toEqual({ a: [quote], b: 3 });
  });
  it('every rule: each quoted lead-in whose clause goes on in a list carries that whole list', () => {
    const quotes = some(rules(), 'rule').flatMap((rule) => collect(rule));
    for (const quote of quotes) {
      const source = clauseSource(allDocuments().find((d) => d.id === quote.citation.document)!.body, quote.citation.clause) ?? '';
      const listed = listAfter(source, quote.words);
      if (listed.length > 0) expect(quote.items, `${quote.citation.clause}: ${quote.words}`).toEqual(listed);
    }
    // And the quorum statements carry lists at all (the check above is not vacuous).
    expect(quotes.some((q) => (q.items ?? []).length > 0)).toBe(true);
  });
  it('Harrow 4.0: the bodies data quotes "The board will meet only 3 times each year to:"; filled in, it carries the three purposes', () => {
    const board = bodies().find((b) => b.id === 'harrow-ct-board')!;
    expect((withLists(board, lookup).meets as { items?: string[] } | undefined)?.items).toEqual([
      "Agree the Children's plan and outline resource and spending plan.",
      'Review at mid-year point the progress and any adjustment to spend.',
      'End of year to sign off completed work and the process for next years priorities.',
    ]);
  });
});

type Q = { citation: { document: string; clause: string }; words: string; items?: string[] };
function collect(value: unknown): Q[] {
  if (Array.isArray(value)) return value.flatMap(collect);
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const own = typeof record.words === 'string' && typeof record.citation === 'object' ? [record as unknown as Q] : [];
  return [...own, ...Object.values(record).flatMap(collect)];
}
