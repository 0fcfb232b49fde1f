/**
 * A quotation that is not in its clause: the clause's nearest words, the first difference and what
 * the two characters there are. The clause texts are Kent partnership agreement 10.2 and Durham 9.5.
 */
import { describe, expect, it } from 'vitest';
import { describeCharacter, differenceLines, quoteDifference } from '../../src/lib/quote-diff';

/** Kent partnership agreement 10.2, as printed (straight apostrophes). */
const KENT_10_2 =
  "Chairing - the Director of Children's Services (KCC's Managing Director of Children, Families and Education Directorate) will chair KCT";

describe('the first difference between a quote and its clause', () => {
  it('is undefined when the quote is in the clause', () => {
    expect(quoteDifference("the Director of Children's Services", KENT_10_2)).toBeUndefined();
  });

  it("Kent 10.2: a typographic apostrophe against the clause's straight one", () => {
    const quote = 'the Director of Children’s Services (KCC\'s Managing Director';
    const d = quoteDifference(quote, KENT_10_2)!;
    expect(d.nearest).toBe("the Director of Children's Services (KCC's Managing Director");
    expect(d.at).toBe('the Director of Children'.length);
    expect([d.quoted, d.clause]).toEqual(['’', "'"]);
    expect(d.explanation).toBe(
      "the quote has ’ (U+2019, a typographic (curly) apostrophe) where the clause has ' (U+0027, a straight apostrophe); they look alike, so copy the clause's character",
    );
    expect(d.unlike).toBe(false);
  });

  it('an en dash against a hyphen, a non-breaking space against a space, a double space', () => {
    expect(quoteDifference('Chairing – the Director', KENT_10_2)!.explanation).toBe(
      "the quote has – (U+2013, an en dash) where the clause has - (U+002D, a hyphen); they look alike, so copy the clause's character",
    );
    expect(quoteDifference('the Director\u00a0of Children', KENT_10_2)!.explanation).toBe(
      "the quote has (U+00A0, a non-breaking space) where the clause has (U+0020, a space); they look alike, so copy the clause's character",
    );
    const doubled = quoteDifference('will chair  KCT', KENT_10_2)!;
    expect(doubled.at).toBe('will chair '.length);
    expect(doubled.explanation).toBe('the quote has a second space in a row (U+0020) where the clause has "K"');
  });

  it('a zero-width space, which cannot be seen at all', () => {
    expect(quoteDifference('the Director\u200b of', KENT_10_2)!.explanation).toMatch(/^the quote has \(U\+200B, a zero-width space \(invisible\)\) where the clause has \(U\+0020, a space\)/);
  });

  it('a misspelt word: plain letters are shown as they are', () => {
    const d = quoteDifference('will chiar KCT', KENT_10_2)!;
    expect(d.nearest).toBe('will chair KCT');
    expect(d.explanation).toBe('the quote has "i" where the clause has "a"');
  });

  it('a quote that runs on past the clause, and one whose first word differs', () => {
    expect(quoteDifference('will chair KCT meetings', KENT_10_2)!.explanation).toBe('the quote goes on with (U+0020, a space) where the clause ends');
    const d = quoteDifference('The Director of Children', KENT_10_2)!;
    expect(d.at).toBe(0);
    expect(d.explanation).toBe('the quote has "T" where the clause has "t"');
  });

  it('words that are nowhere near the clause are marked unlike (probably the wrong clause)', () => {
    expect(quoteDifference('The Chair has a second and casting vote in the event of a tie.', KENT_10_2)!.unlike).toBe(true);
  });
});

describe('the lines under the message', () => {
  it('put a caret under the first difference, the two lines cut to the same window', () => {
    const quote = 'the Director of Children’s Services (KCC\'s Managing Director of Children, Families and Education Directorate) will chair KCT';
    const lines = differenceLines(quote, quoteDifference(quote, KENT_10_2)!, '');
    expect(lines).toEqual([
      'quoted: "the Director of Children’s Services (KCC\'s Managing Director…"',
      'clause: "the Director of Children\'s Services (KCC\'s Managing Director…"',
      "                                 ^ the quote has ’ (U+2019, a typographic (curly) apostrophe) where the clause has ' (U+0027, a straight apostrophe); they look alike, so copy the clause's character",
    ]);
    // The caret stands under the differing character on both lines.
    const caret = lines[2]!.indexOf('^');
    expect(Array.from(lines[0]!)[caret]).toBe('’');
    expect(Array.from(lines[1]!)[caret]).toBe("'");
  });

  it('a difference far into a long quote: both lines start with … at the same place', () => {
    const quote = "Chairing - the Director of Children's Services (KCC's Managing Director of Children, Families and Education Directorate) will chair KCT.";
    const lines = differenceLines(quote, quoteDifference(quote, KENT_10_2)!, '');
    expect(lines[0]!.startsWith('quoted: "…')).toBe(true);
    expect(lines[1]!.startsWith('clause: "…')).toBe(true);
    const caret = lines[2]!.indexOf('^');
    expect(Array.from(lines[0]!)[caret]).toBe('.');
    expect(lines[2]).toContain('the quote goes on with . (U+002E, a full stop) where the clause ends');
  });
});

describe('characters, named', () => {
  it('names look-alikes and invisible characters with their code point, and shows plain ones', () => {
    expect(describeCharacter('\u2014')).toBe('— (U+2014, an em dash)');
    expect(describeCharacter('\u00ad')).toBe('(U+00AD, a soft hyphen (invisible))');
    expect(describeCharacter('é')).toBe('é (U+00E9)');
    expect(describeCharacter('a')).toBe('"a"');
    expect(describeCharacter(' ', ' ')).toBe('a second space in a row (U+0020)');
  });
});
