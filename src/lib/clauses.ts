/**
 * Clause addresses. Every numbered paragraph of a document gets an anchor id taken from its printed
 * number, so that `/kent/partnership-agreement-2008/#10.4` lands on paragraph 10.4.
 *
 * The scheme (see content/docs/about/clause-addresses.mdx for the reader's version):
 * - dotted numbers keep their form: `10.4`; a trailing dot is dropped (`4.4.` -> `4.4`);
 * - Cabinet-report numbering `1. (1)` becomes `1.1`, `4. (1) (a)` becomes `4.1(a)`, which is how the
 *   reports cross-refer to themselves ("paragraph 4.1. above");
 * - lettered items under clause X: `X(a)`; numbered items under an undotted section X: `X(1)`;
 * - numbered headings take their number (`## 10. Meeting Arrangements` -> `10`);
 * - items outside the document's own numbering carry a short prefix (`paa-9` for item 9 of the
 *   Partner Agency Agreement, `action-4.1` for supporting action 4.1, `note-1` for a footnote);
 * - a number printed twice in one document gets `-2` on its second use (`5.3-2`).
 */

/** Letters, digits, dots, brackets and hyphens; starts with a letter or digit. */
const CLAUSE_ID = /^[A-Za-z0-9][A-Za-z0-9.()-]*$/;

export function isClauseId(id: string): boolean {
  return CLAUSE_ID.test(id) && !id.endsWith('.');
}

/** Prefixes of clause ids outside a document's own numbering (`paa-9`, `action-4.1`, `voting-3`...). */
const CLAUSE_PREFIXES = ['paa', 'action', 'note', 'asked', 'asked-again', 'voting'];
const PRINTED = new RegExp(`^(?:\\d|(?:${CLAUSE_PREFIXES.join('|')})-\\d)`);

/**
 * True for the id of a printed clause or numbered heading (`10.4`, `7(3)`, `paa-9`), false for
 * other anchors on a page (`duty-paa-9-1`, `term-yos`, heading slugs).
 */
export function isPrintedClause(id: string): boolean {
  return isClauseId(id) && PRINTED.test(id);
}

/** Throws a message an editor can act on when `id` is not a valid clause id. */
export function assertClauseId(id: string, where: string): void {
  if (!isClauseId(id)) {
    throw new Error(
      `${where}: clause id "${id}" is not valid. Use the printed number with letters, digits, dots, ` +
        `brackets or hyphens only, and no trailing dot (for example "10.4", "9.5(e)", "paa-9").`,
    );
  }
}

/** The number a heading starts with (`10. Meeting Arrangements` -> `10`), or undefined. */
export function headingNumber(text: string): string | undefined {
  const match = /^\s*(\d+(?:\.\d+)*)\.?\s+\S/.exec(text);
  return match?.[1];
}

export interface ClauseOccurrence {
  id: string;
  /** 1-based line of the source where the clause opens. */
  line: number;
}

/**
 * Every clause id an MDX document defines: `<Clause n="...">` elements and numbered Markdown
 * headings, in order. Used at build time to check citations and duplicate ids.
 */
export function clausesInMdx(source: string): ClauseOccurrence[] {
  const found: ClauseOccurrence[] = [];
  const lines = source.split(/\r?\n/);
  let inFrontmatter = lines[0] === '---';
  lines.forEach((line, index) => {
    if (index > 0 && inFrontmatter) {
      if (line === '---') inFrontmatter = false;
      return;
    }
    for (const match of line.matchAll(/<Clause\b[^>]*?\bn="([^"]*)"/g)) {
      found.push({ id: match[1]!, line: index + 1 });
    }
    const heading = /^#{2,6}\s+(.*)$/.exec(line);
    if (heading) {
      const number = headingNumber(heading[1]!.replace(/[*_]/g, ''));
      if (number) found.push({ id: number, line: index + 1 });
    }
  });
  return found;
}

/** Ids that occur more than once, with every line they occur on. */
export function duplicateClauses(occurrences: readonly ClauseOccurrence[]): Map<string, number[]> {
  const lines = new Map<string, number[]>();
  for (const { id, line } of occurrences) lines.set(id, [...(lines.get(id) ?? []), line]);
  return new Map([...lines].filter(([, at]) => at.length > 1));
}

/** Ids nearest to a missing one, for "clauses near it: 10.3, 10.4" in error messages. */
export function nearbyClauses(missing: string, known: readonly string[], count = 3): string[] {
  const head = missing.split(/[.(-]/)[0];
  const sameHead = known.filter((id) => id.split(/[.(-]/)[0] === head);
  const pool = sameHead.length > 0 ? sameHead : known;
  return pool.slice(0, count);
}

/**
 * The source text of one clause, as written in the MDX: the inside of `<Clause n="id">…</Clause>`,
 * or for a numbered heading the heading and everything up to the next heading of the same or a
 * higher level. Undefined when the document has no such clause. Nested `<Clause>` tags are dropped
 * from a heading's text; the words stay.
 */
export function clauseSource(source: string, id: string): string | undefined {
  const lines = source.split(/\r?\n/);
  const open = lines.findIndex((line) => new RegExp(`<Clause\\b[^>]*?\\bn="${escapeRegExp(id)}"`).test(line));
  if (open >= 0) {
    const close = lines.findIndex((line, i) => i > open && /^\s*<\/Clause>/.test(line));
    return lines.slice(open + 1, close < 0 ? undefined : close).join('\n').trim();
  }
  const heading = lines.findIndex((line) => {
    const match = /^(#{2,6})\s+(.*)$/.exec(line);
    return match !== null && headingNumber(match[2]!.replace(/[*_]/g, '')) === id;
  });
  if (heading < 0) return undefined;
  const level = /^#+/.exec(lines[heading]!)![0].length;
  const end = lines.findIndex((line, i) => i > heading && /^(#{1,6})\s/.test(line) && /^#+/.exec(line)![0].length <= level);
  return lines
    .slice(heading, end < 0 ? undefined : end)
    .filter((line) => !/^\s*<\/?Clause\b/.test(line))
    .join('\n')
    .trim();
}

/** Plain words of clause source, for checking quotations: Markdown marks and line breaks flattened. */
export function plainWords(markdown: string): string {
  return markdown
    .replace(/^#+\s+/gm, '')
    .replace(/^\s*[-*]\s+/gm, '')
    .replace(/\\([_*\\])/g, '$1')
    .replace(/[*_]{1,2}([^*_]+)[*_]{1,2}/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * How a clause is named in a citation, after the document's name: "10.4", "Partner Agency
 * Agreement 9", "¶4 under “Children's' Trust Board and Voting”" is shortened to "voting ¶4".
 */
export function clauseName(id: string): string {
  const prefixed = /^([a-z]+(?:-[a-z]+)*)-(\d+(?:\.\d+)*)$/.exec(id);
  if (!prefixed) return id.replace(/-(\d+)$/, ' (printed again)');
  const [, prefix, number] = prefixed;
  switch (prefix) {
    case 'paa':
      return `Partner Agency Agreement ${number}`;
    case 'action':
      return `action ${number}`;
    case 'note':
      return `footnote ${number}`;
    case 'asked':
      return `recommendation ${number}`;
    case 'asked-again':
      return `recommendation ${number} (second list)`;
    default:
      return `${prefix} ¶${number}`;
  }
}

/** The address of a clause on the site. */
export function clauseHref(citation: { document: string; clause: string }): string {
  return `/${citation.document}/#${citation.clause}`;
}

/** How a citation reads on the site: "Kent partnership agreement (2008), 10.4". */
export function citationLabel(names: Readonly<Record<string, string>>, citation: { document: string; clause: string }): string {
  return `${names[citation.document] ?? citation.document}, ${clauseName(citation.clause)}`;
}

/**
 * A stretch of a document's MDX source, from the clause or numbered heading `from` up to (not
 * including) `to`, as Markdown a page can render: imports and gap notes dropped, each `<Clause>`
 * turned into its printed number linking to the clause in the document, other components reduced
 * to their words. `from` may be "start" and `to` "end". Undefined when a clause is not found.
 */
export function sourceRange(source: string, document: string, from: string, to: string): string | undefined {
  const lines = source.split(/\r?\n/);
  const at = (id: string) =>
    lines.findIndex((line) => {
      if (new RegExp(`<Clause\\b[^>]*?\\bn="${escapeRegExp(id)}"`).test(line)) return true;
      const heading = /^#{2,6}\s+(.*)$/.exec(line);
      return heading !== null && headingNumber(heading[1]!.replace(/[*_]/g, '')) === id;
    });
  const start = from === 'start' ? 0 : at(from);
  const end = to === 'end' ? lines.length : at(to);
  if (start < 0 || end < 0 || end < start) return undefined;
  return lines
    .slice(start, end)
    .join('\n')
    .replace(/^import .*$/gm, '')
    .replace(/<Gap\b[\s\S]*?<\/Gap>/g, '')
    .replace(/<Clause\b[^>]*>/g, (tag) => {
      const n = /\bn="([^"]*)"/.exec(tag)?.[1] ?? '';
      const label = /\blabel="([^"]*)"/.exec(tag)?.[1] ?? n;
      return `[**${label}**](/${document}/#${n})`;
    })
    .replace(/<\/?[A-Z][A-Za-z]*\b[^>]*>/g, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * The words a clause holds itself, as written in the MDX: the inside of `<Clause n="id">`, or for a
 * numbered heading the heading and what follows it up to the next numbered heading or a heading
 * of the same or a higher level, leaving out the `<Clause>` elements nested in it (they are clauses
 * of their own) and the site's gap notices. Undefined when the document has no such clause.
 */
export function clauseOwnSource(source: string, id: string): string | undefined {
  const lines = source.split(/\r?\n/);
  const heading = lines.findIndex((line) => {
    const match = /^(#{2,6})\s+(.*)$/.exec(line);
    return match !== null && headingNumber(match[2]!.replace(/[*_]/g, '')) === id;
  });
  if (heading < 0) return clauseSource(source, id);
  const level = /^#+/.exec(lines[heading]!)![0].length;
  const own: string[] = [lines[heading]!];
  let depth = 0;
  let gap = false;
  for (const line of lines.slice(heading + 1)) {
    const next = /^(#{1,6})\s+(.*)$/.exec(line);
    if (next && depth === 0 && !gap && (next[1]!.length <= level || headingNumber(next[2]!.replace(/[*_]/g, '')) !== undefined)) break;
    if (/^\s*<Clause\b/.test(line)) depth++;
    if (/^\s*<Gap\b/.test(line)) gap = true;
    if (depth === 0 && !gap) own.push(line);
    if (/<\/Clause>\s*$/.test(line)) depth = Math.max(0, depth - 1);
    if (/<\/Gap>\s*$/.test(line)) gap = false;
  }
  return own.join('\n').trim();
}
