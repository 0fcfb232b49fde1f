/**
 * Why a quotation is not in its clause: the clause's nearest words, where the two first differ, and
 * what the characters there are. Pure; `validate.ts` puts the result in the build's message, so an
 * editor sees "the quote has ’ (U+2019, a typographic apostrophe) where the clause has ' (U+0027, a
 * straight apostrophe)" instead of two strings that look the same.
 */

/** Characters that look like others, or cannot be seen, named as an editor would call them. */
const NAMES: Readonly<Record<string, string>> = {
  "'": 'a straight apostrophe',
  '\u2019': 'a typographic (curly) apostrophe',
  '\u2018': 'a typographic opening quotation mark',
  '\u201B': 'a reversed typographic apostrophe',
  '`': 'a backtick',
  '\u00B4': 'an acute accent',
  '"': 'a straight double quotation mark',
  '\u201C': 'a typographic opening double quotation mark',
  '\u201D': 'a typographic closing double quotation mark',
  '-': 'a hyphen',
  '\u2010': 'a typographic hyphen',
  '\u2011': 'a non-breaking hyphen',
  '\u2012': 'a figure dash',
  '\u2013': 'an en dash',
  '\u2014': 'an em dash',
  '\u2212': 'a minus sign',
  '\u00AD': 'a soft hyphen (invisible)',
  ' ': 'a space',
  '\u00A0': 'a non-breaking space',
  '\u202F': 'a narrow non-breaking space',
  '\u2009': 'a thin space',
  '\u2002': 'an en space',
  '\u2003': 'an em space',
  '\t': 'a tab',
  '\n': 'a line break',
  '\r': 'a carriage return',
  '\u200B': 'a zero-width space (invisible)',
  '\u200C': 'a zero-width non-joiner (invisible)',
  '\u200D': 'a zero-width joiner (invisible)',
  '\u2060': 'a word joiner (invisible)',
  '\uFEFF': 'a byte order mark (invisible)',
  '\u2026': 'an ellipsis character',
  '.': 'a full stop',
  ',': 'a comma',
};

/** Characters easily taken for one another: apostrophes, double quotation marks, dashes, spaces, stops. */
const LOOK_ALIKE: readonly string[] = [
  "'\u2019\u2018\u201B`\u00B4",
  '"\u201C\u201D',
  '-\u2010\u2011\u2012\u2013\u2014\u2212\u00AD',
  ' \u00A0\u202F\u2009\u2002\u2003\t\n\r\u200B\u200C\u200D\u2060\uFEFF',
  '.,\u2026',
];
const lookAlike = (a: string, b: string) => LOOK_ALIKE.some((group) => group.includes(a) && group.includes(b));

const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Whether a character is worth naming: one of the look-alikes above, or anything outside plain ASCII. */
const isTricky = (ch: string) => ch in NAMES || ch.codePointAt(0)! > 0x7e;

/** How one character reads in the message: `’ (U+2019, a typographic (curly) apostrophe)`, or `"s"`. */
export function describeCharacter(ch: string, previous?: string): string {
  const shown = /^\s$/u.test(ch) || /[\u00AD\u200B-\u200D\u2060\uFEFF]/u.test(ch) ? '' : `${ch} `;
  if (ch === ' ' && previous === ' ') return 'a second space in a row (U+0020)';
  const name = NAMES[ch];
  if (name) return `${shown}(${codePoint(ch)}, ${name})`;
  if (isTricky(ch)) return `${shown}(${codePoint(ch)})`;
  return `"${ch}"`;
}

export interface QuoteDifference {
  /** The clause's words nearest to the quote: the stretch of the clause that differs from it least. */
  nearest: string;
  /** Index (in characters of the quote, and of `nearest`) of the first difference. */
  at: number;
  /** The quote's character there, or undefined when the quote ends first. */
  quoted?: string | undefined;
  /** The clause's character there, or undefined when the clause ends there. */
  clause?: string | undefined;
  /** One sentence: what the quote has where the clause has what. */
  explanation: string;
  /** True when the nearest words are too far from the quote to be the same words miscopied. */
  unlike: boolean;
}

/**
 * Where in `text` the quote fits best, allowing changes: a semi-global edit distance (the match may
 * start and end anywhere in the text). Returns the start and end of the best stretch and its distance.
 */
function bestStretch(quote: readonly string[], text: readonly string[]): { start: number; end: number; distance: number } {
  const m = quote.length;
  const n = text.length;
  const width = n + 1;
  const cost = new Uint32Array((m + 1) * width);
  for (let i = 1; i <= m; i++) cost[i * width] = i;
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const diagonal = cost[(i - 1) * width + j - 1]! + (quote[i - 1] === text[j - 1] ? 0 : 1);
      cost[i * width + j] = Math.min(diagonal, cost[(i - 1) * width + j]! + 1, cost[i * width + j - 1]! + 1);
    }
  }
  let end = 0;
  for (let j = 1; j <= n; j++) if (cost[m * width + j]! < cost[m * width + end]!) end = j;
  const distance = cost[m * width + end]!;
  // Walk back to where the stretch starts.
  let i = m;
  let j = end;
  while (i > 0 && j > 0) {
    const here = cost[i * width + j]!;
    if (here === cost[(i - 1) * width + j - 1]! + (quote[i - 1] === text[j - 1] ? 0 : 1)) {
      i--;
      j--;
    } else if (here === cost[(i - 1) * width + j]! + 1) i--;
    else j--;
  }
  return { start: j, end, distance };
}

/**
 * Compares a quotation with the clause it cites. Both are taken as they are (the caller flattens
 * Markdown and spaces first if it wants them ignored). Undefined when the quote is in the clause.
 */
export function quoteDifference(quote: string, clause: string): QuoteDifference | undefined {
  if (clause.includes(quote)) return undefined;
  const q = Array.from(quote);
  const c = Array.from(clause);
  const { start, end, distance } = bestStretch(q, c);
  // From where the best stretch starts, the first character that differs.
  let at = 0;
  while (at < q.length && start + at < c.length && q[at] === c[start + at]) at++;
  const quoted = q[at];
  const inClause = c[start + at];
  const nearest = c.slice(start, Math.max(end, start + at + (inClause === undefined ? 0 : 1))).join('');
  const what = (ch: string | undefined, i: number, of: readonly string[]) => (ch === undefined ? undefined : describeCharacter(ch, of[i - 1]));
  const quoteSide = what(quoted, at, q);
  const clauseSide = what(inClause, start + at, c);
  const explanation =
    quoteSide === undefined
      ? `the quote ends where the clause goes on with ${clauseSide}`
      : clauseSide === undefined
        ? `the quote goes on with ${quoteSide} where the clause ends`
        : `the quote has ${quoteSide} where the clause has ${clauseSide}`;
  const similar = quoted !== undefined && inClause !== undefined && lookAlike(quoted, inClause);
  return {
    nearest,
    at,
    quoted,
    clause: inClause,
    explanation: similar ? `${explanation}; they look alike, so copy the clause's character` : explanation,
    // More than half the quote would have to change: probably the wrong clause, not a miscopy.
    unlike: distance > q.length / 2,
  };
}

/** Shortens `text` around character `at` to about `width` characters, with "…" where cut. Returns the text and where `at` falls in it. */
function around(chars: readonly string[], at: number, before: number, after: number): { text: string; caret: number } {
  const from = Math.max(0, at - before);
  const to = Math.min(chars.length, at + after);
  const head = from > 0 ? '…' : '';
  return { text: `${head}${chars.slice(from, to).join('')}${to < chars.length ? '…' : ''}`, caret: head.length + at - from };
}

/**
 * The lines an editor reads under the message: the quote and the clause's nearest words, one above
 * the other and cut to fit a terminal, a caret under the first difference, and what differs there.
 * `indent` starts each line.
 */
export function differenceLines(quote: string, difference: QuoteDifference, indent = '    '): string[] {
  const q = Array.from(quote);
  const n = Array.from(difference.nearest);
  const quoted = around(q, difference.at, 40, 36);
  const clause = around(n, difference.at, 40, 36);
  const pad = (text: string) => text.replace(/[\t\n\r]/g, ' ');
  return [
    `${indent}quoted: "${pad(quoted.text)}"`,
    `${indent}clause: "${pad(clause.text)}"`,
    `${indent}${' '.repeat('quoted: "'.length + quoted.caret)}^ ${difference.explanation}`,
  ];
}
