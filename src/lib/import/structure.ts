/**
 * From source lines to a document: headings, clauses and what lies between, with every printed
 * number turned into an address under the scheme of src/lib/clauses.ts (the reader's version is
 * /about/clause-addresses/), and a flag for every number the importer was unsure of.
 *
 * The text convention, shared by every reader: one paragraph per line, a blank line between
 * paragraphs, list items as "- " lines (indented for a sublist), table rows with their cells
 * separated by tabs, Markdown "#" headings where the reader knows a heading, "\f" or three blank
 * lines at a page break. Seed-style exports with Markdown and HTML markup are read too.
 */
import { ADDRESS, BOLD, plain, readInline } from './inline.ts';
import { readHeader } from './header.ts';
import type { ClauseNode, Content, Flag, ImportedDocument, ListItem, Node, SourceLine } from './types.ts';

export interface StructureOptions {
  /** The source carries Markdown and HTML export markup. */
  markup: boolean;
  /** The trust's name, dropped from a heading when a prefix is made of its initials. */
  trustName?: string;
  /**
   * Headings whose unnumbered paragraphs are counted as clauses, with the prefix to give them:
   * `{ "Board and Voting": "voting" }` makes `voting-1`, `voting-2`… (shown as ¶1, ¶2…).
   */
  paragraphs?: Readonly<Record<string, string>>;
}

/** Prefixes the address scheme knows (src/lib/clauses.ts). */
export const KNOWN_PREFIXES = ['paa', 'action', 'note', 'asked', 'asked-again', 'voting'];

// ——— Lines to blocks ———

type Raw =
  | { kind: 'text'; lines: SourceLine[]; gap: boolean; ready?: boolean }
  | { kind: 'mdheading'; level: number; text: string; line: number; gap: boolean }
  | { kind: 'item'; text: string; indent: number; line: number; gap: boolean }
  | { kind: 'row'; cells: string[]; line: number; gap: boolean }
  | { kind: 'contents'; text: string; line: number; gap: boolean };

const HTML_BLOCK = /<(?:p|ul|ol|li|br|div|table|tr|td|th)\b/i;
const ITEM = /^(\s*)(?:[-*+•▪●◦]|o(?=\s+\S))\s+(.*)$/;

/** An HTML fragment on one line of an export, as lines of the text convention (paragraphs and items). */
function expandHtml(line: SourceLine): SourceLine[] {
  const text = line.text
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(/<\/?(?:p|ul|ol|div|table|tr)\b[^>]*>|<\/li>|<br\s*\/?>/gi, '\n')
    .replace(/<t[dh]\b[^>]*>/gi, '\t')
    .replace(/<\/t[dh]>/gi, '');
  return text
    .split('\n')
    .map((t) => t.replace(/^\s+(?=- )/, ''))
    .filter((t) => t.trim() !== '')
    .map((t) => ({ line: line.line, text: t }));
}

function toRaw(lines: readonly SourceLine[], markup: boolean): Raw[] {
  const out: Raw[] = [];
  let blanks = 0;
  let previousBlank = true;
  for (const source of lines) {
    const expanded = markup && HTML_BLOCK.test(source.text) ? expandHtml(source) : [source];
    for (const one of expanded) {
      const text = one.text.replace(/\s+$/, (spaces) => (/ {2,}$/.test(spaces) && markup ? '  ' : ''));
      if (text.trim() === '' || text.trim() === '\f') {
        blanks += text.includes('\f') ? 3 : 1;
        previousBlank = true;
        continue;
      }
      const gap = blanks >= 2;
      const after = previousBlank;
      blanks = 0;
      previousBlank = false;
      const trimmed = text.replace(/^\f/, '');
      if (one.contents) {
        out.push({ kind: 'contents', text: trimmed.trim(), line: one.line, gap });
        continue;
      }
      const heading = markup ? /^(#{1,6})\s+(.*)$/.exec(trimmed.trim()) : null;
      if (heading) {
        out.push({ kind: 'mdheading', level: heading[1]!.length, text: heading[2]!, line: one.line, gap });
        continue;
      }
      const cells = trimmed.trim().split('\t');
      if (cells.filter((c) => c.trim() !== '').length >= 2) {
        out.push({ kind: 'row', cells: cells.map((c) => c.trim()), line: one.line, gap });
        continue;
      }
      const item = ITEM.exec(trimmed.replace(/\t+$/, ''));
      if (item && (markup || !/^o\s/.test(trimmed.trim()))) {
        const rest = item[2]!.replace(/^(?:[•▪●◦]|o(?=\s+[A-Z]))\s+/, '');
        out.push({ kind: 'item', text: rest, indent: item[1]!.length, line: one.line, gap });
        continue;
      }
      const last = out[out.length - 1];
      const line = { line: one.line, text: trimmed.replace(/\t+$/, '') };
      // A printed number opens a new paragraph even without a blank line before it.
      const opensNumbered = printedNumber(readInline(line.text, markup)) !== undefined;
      if (!after && last?.kind === 'text' && !opensNumbered) last.lines.push(line);
      else out.push({ kind: 'text', lines: [line], gap });
    }
  }
  return out;
}

// ——— Numbers ———

export type Printed =
  | { kind: 'cabinet'; section: number; para: number }
  | { kind: 'paren'; n: number }
  | { kind: 'letter'; letter: string }
  | { kind: 'dotted'; number: string }
  | { kind: 'single'; n: number }
  | { kind: 'note'; n: number };

export interface Numbered {
  printed: Printed;
  /** The number as printed ("1. (1)", "4.4.", "a)"). */
  label: string;
  /** The words after it, emphasis kept. */
  rest: string;
}

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** The printed number a paragraph or list item opens with, if any. */
export function printedNumber(text: string): Numbered | undefined {
  const words = plain(text);
  const patterns: [RegExp, (m: RegExpExecArray) => Printed][] = [
    [/^(\d+)\.\s*\((\d+)\)\s+/, (m) => ({ kind: 'cabinet', section: Number(m[1]), para: Number(m[2]) })],
    [/^\((\d+)\)\s+/, (m) => ({ kind: 'paren', n: Number(m[1]) })],
    [/^\(([a-z])\)\s+/, (m) => ({ kind: 'letter', letter: m[1]! })],
    [/^([a-z])\)\s+/, (m) => ({ kind: 'letter', letter: m[1]! })],
    [/^(\d+(?:\.\d+)+)\.?\s+(?=\S)/, (m) => ({ kind: 'dotted', number: m[1]! })],
    [/^(\d+)\.\s+(?=\S)/, (m) => ({ kind: 'single', n: Number(m[1]) })],
    [/^([¹²³⁴⁵⁶⁷⁸⁹])\s*(?=\S)/, (m) => ({ kind: 'note', n: SUPERSCRIPTS.indexOf(m[1]!) })],
  ];
  for (const [pattern, read] of patterns) {
    const match = pattern.exec(words);
    if (!match) continue;
    const label = match[0].trim();
    return { printed: read(match), label, rest: dropChars(text, match[0].length) };
  }
  return undefined;
}

/** `text` without its first `count` visible characters; emphasis sentinels among them are kept. */
function dropChars(text: string, count: number): string {
  let seen = 0;
  let i = 0;
  let kept = '';
  while (i < text.length && seen < count) {
    const c = text[i]!;
    if (c === '\u0001' || c === '\u0002') kept += c;
    else seen++;
    i++;
  }
  return kept + text.slice(i);
}

// ——— Headings ———

const words = (text: string) => text.trim().split(/\s+/).length;

/** Whole-line bold ("**1. Introduction**", "<b>Key Proposal One</b>"): the words inside, else undefined. */
function boldLine(text: string): string | undefined {
  const match = new RegExp(`^\\s*${BOLD}([^${BOLD}]+)${BOLD}\\s*$`).exec(text);
  return match ? match[1]!.trim() : undefined;
}

/** A short line that reads as a heading: few words, no closing punctuation, not an address. */
function headingLike(text: string, bold: boolean): boolean {
  const t = plain(text).trim();
  if (t.length === 0 || t.length > (bold ? 120 : 80) || words(t) > (bold ? 16 : 10)) return false;
  if (!bold && /[\u0001\u0002]/.test(text)) return false;
  if (ADDRESS.test(t) || /@|\bTel\b|\d{5,}/.test(t)) return false;
  // A dated line ("Agreed by the Partnership on 9 May 2012") is the document's words, not a heading.
  if (/\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+(?:19|20)\d\d\b/.test(t)) return false;
  if (/[.,;:!]$/.test(t) || (!bold && /\?$/.test(t))) return false;
  return /^[A-Z0-9'‘"“(]/.test(t) && /[A-Za-z]/.test(t);
}

const CONTACT = /[\w.+-]+@[\w-]+\.[\w.-]+|\b0\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4}\b|\bTel[.:]/;

// ——— Blocks to a document ———

const LEAD_IN = /\b(?:is|are|be)\s+(?:asked|requested|recommended|invited)\s+to:?\s*$/i;

/** Initials of a heading's words, the trust's name left out: "… Partner Agency Agreement" → "paa". */
export function initials(heading: string, trustName?: string): string {
  let text = plain(heading).replace(/[^\p{L}\p{N}\s'’-]/gu, ' ');
  if (trustName) {
    const name = trustName.replace(/[^\p{L}\p{N}\s'’-]/gu, ' ').trim();
    if (name && text.toLowerCase().startsWith(name.toLowerCase())) text = text.slice(name.length);
  }
  const letters = text
    .split(/\s+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0]!.toLowerCase())
    .join('');
  return letters || 'part';
}

/**
 * Reads the lines of one document (a part of a source) into its header block, headings and
 * clauses. `lines` are the part's lines after the furniture is applied.
 */
export function readDocument(lines: readonly SourceLine[], options: StructureOptions): ImportedDocument {
  const { markup } = options;
  const { fields: header, end } = readHeader(lines, 0, markup);
  const raws = toRaw(lines.slice(end), markup);
  const flags: Flag[] = [];
  const nodes: Node[] = [];
  const cabinet = raws.some((r) => (r.kind === 'text' || r.kind === 'item') && /^\d+\.\s*\(1\)\s/.test(plain(readInline(r.kind === 'text' ? r.lines[0]!.text : r.text, markup))));

  // State of the numbering.
  const used = new Map<string, number>();
  let section: number | undefined;
  let sectionFromHeading = false;
  let sectionHadDotted = false;
  let headingSinceDotted: string | undefined;
  /** The heading node of `headingSinceDotted`: it becomes a top-level heading when a new numbering starts under it. */
  let headingNodeSinceDotted: Extract<Node, { kind: 'heading' }> | undefined;
  let lastClause: string | undefined;
  let lastLettered: { base: string; letter: string } | undefined;
  let prefix: { name: string; last: number } | undefined;
  let leadIn = false;
  let askedLists = 0;
  const lastChild = new Map<string, number>();
  let open: ClauseNode | undefined;
  let openIsLettered = false;
  let titlePage = header.length === 0;
  let paragraphPrefix: { name: string; count: number } | undefined;
  let currentHeading: string | undefined;
  let previousText: { node: Content | ClauseNode; long: boolean; terminal: boolean } | undefined;

  const flag = (kind: Flag['kind'], line: number, message: string) => flags.push({ kind, line, message });
  const close = () => {
    open = undefined;
    openIsLettered = false;
  };
  const put = (content: Content) => {
    if (open) open.body.push(content);
    else nodes.push(content);
  };
  /** Gives `id` its suffix when it was used before, flagging the repeat. */
  const claim = (id: string, label: string, line: number): string => {
    const count = (used.get(id) ?? 0) + 1;
    used.set(id, count);
    if (count === 1) return id;
    const suffixed = `${id}-${count}`;
    flag('repeated', line, `${label} is printed again (line ${line}); its address is #${suffixed}, as the scheme gives a repeated number.`);
    return suffixed;
  };
  /** Checks a child number follows its sibling: "after 4.3 comes 7" is a gap. */
  const sequence = (parent: string, n: number, label: string, line: number) => {
    const last = lastChild.get(parent) ?? 0;
    if (n > last + 1) {
      const missing = last + 1 === n - 1 ? `${last + 1}` : `${last + 1} to ${n - 1}`;
      flag('gap', line, `${label} follows ${last === 0 ? 'the start' : last} under ${parent || 'the top level'}: ${missing} ${last + 1 === n - 1 ? 'is' : 'are'} not printed.`);
    }
    lastChild.set(parent, Math.max(last, n));
  };
  const openClause = (id: string, label: string | undefined, line: number, rest: string): ClauseNode => {
    close();
    const node: ClauseNode = { kind: 'clause', id, ...(label !== undefined && label !== id ? { label } : {}), line, body: [] };
    if (plain(rest).trim() !== '') node.body.push({ kind: 'paragraph', text: rest, line });
    nodes.push(node);
    open = node;
    return node;
  };

  /** Address for a printed number, or undefined when it fits nowhere (flagged). */
  const address = (num: Numbered, line: number): { id: string; label?: string; lettered?: boolean } | undefined => {
    const p = num.printed;
    switch (p.kind) {
      case 'cabinet': {
        sequence('', p.section, num.label, line);
        section = p.section;
        sectionFromHeading = false;
        prefix = undefined;
        const id = claim(`${p.section}.${p.para}`, num.label, line);
        lastChild.set(String(p.section), p.para);
        lastClause = id;
        return { id, label: num.label };
      }
      case 'paren': {
        if (cabinet && section !== undefined) {
          sequence(String(section), p.n, num.label, line);
          const id = claim(`${section}.${p.n}`, num.label, line);
          lastClause = id;
          return { id, label: num.label };
        }
        if (lastClause) return { id: claim(`${lastClause}(${p.n})`, num.label, line), label: num.label, lettered: true };
        flag('unplaced', line, `${num.label} opens a paragraph, but no numbered clause comes before it to number it under; it is shown as printed, without an address.`);
        return undefined;
      }
      case 'letter': {
        const base = lastClause;
        if (!base) {
          flag('unplaced', line, `${num.label} opens a paragraph, but no numbered clause comes before it to letter it under; it is shown as printed, without an address.`);
          return undefined;
        }
        const expected = lastLettered?.base === base ? String.fromCharCode(lastLettered.letter.charCodeAt(0) + 1) : 'a';
        if (p.letter !== expected) flag('gap', line, `${num.label} under ${base} follows ${lastLettered?.base === base ? `(${lastLettered.letter})` : 'no letter'}: expected (${expected}).`);
        lastLettered = { base, letter: p.letter };
        return { id: claim(`${base}(${p.letter})`, num.label, line), label: num.label, lettered: true };
      }
      case 'dotted': {
        const parts = p.number.split('.');
        const parent = parts.slice(0, -1).join('.');
        const head = Number(parts[0]);
        if (section !== undefined && head !== section && !cabinet) {
          flag('unplaced', line, `${p.number} is printed under section ${section}; its address is #${p.number} as printed. Check the numbering of the source.`);
        }
        if (section === undefined || head > section) {
          section = head;
          sectionFromHeading = false;
        }
        sequence(parent, Number(parts[parts.length - 1]), num.label, line);
        prefix = undefined;
        sectionHadDotted = true;
        headingSinceDotted = undefined;
        const id = claim(p.number, num.label, line);
        lastClause = id;
        return { id, label: num.label };
      }
      case 'single': {
        if (leadIn || (prefix && p.n === prefix.last + 1)) {
          if (leadIn) {
            askedLists++;
            prefix = { name: askedLists === 1 ? 'asked' : askedLists === 2 ? 'asked-again' : `asked-${askedLists}`, last: 0 };
            if (!KNOWN_PREFIXES.includes(prefix.name)) flag('prefix', line, `The list of requests opening at line ${line} gets the prefix "${prefix.name}", which the address scheme does not list yet (src/lib/clauses.ts).`);
          }
          const current = prefix!;
          sequence(current.name, p.n, num.label, line);
          current.last = p.n;
          const id = claim(`${current.name}-${p.n}`, num.label, line);
          lastClause = id;
          return { id, label: num.label };
        }
        if (cabinet) {
          sequence('', p.n, num.label, line);
          section = p.n;
          const id = claim(String(p.n), num.label, line);
          lastClause = id;
          return { id, label: num.label };
        }
        if (section !== undefined && sectionFromHeading && !(sectionHadDotted && headingSinceDotted)) {
          sequence(`${section}()`, p.n, num.label, line);
          const id = claim(`${section}(${p.n})`, num.label, line);
          lastClause = id;
          return { id, label: num.label };
        }
        if (section !== undefined && headingSinceDotted && p.n === 1) {
          const name = initials(headingSinceDotted, options.trustName);
          prefix = { name, last: 0 };
          // A part with its own numbering ("Partner Agency Agreement") is not a subsection of the last section.
          if (headingNodeSinceDotted) headingNodeSinceDotted.level = 2;
          if (!KNOWN_PREFIXES.includes(name)) {
            flag('prefix', line, `The numbering restarts at 1 under "${plain(headingSinceDotted)}", outside the document's own numbering: its items get the prefix "${name}" (${name}-1, ${name}-2…), which the address scheme does not list yet (src/lib/clauses.ts).`);
          }
        }
        if (prefix) {
          sequence(prefix.name, p.n, num.label, line);
          prefix.last = p.n;
          const id = claim(`${prefix.name}-${p.n}`, num.label, line);
          lastClause = id;
          return { id, label: num.label };
        }
        sequence('', p.n, num.label, line);
        section = p.n;
        const id = claim(String(p.n), num.label, line);
        lastClause = id;
        return { id, label: num.label };
      }
      case 'note':
        return { id: claim(`note-${p.n}`, num.label, line), label: num.label };
    }
  };

  const heading = (level: number, text: string, line: number, numbered?: string) => {
    close();
    leadIn = LEAD_IN.test(plain(text));
    titlePage = false;
    currentHeading = plain(text).trim().replace(/:$/, '');
    paragraphPrefix = undefined;
    const wanted = Object.entries(options.paragraphs ?? {}).find(([h]) => h.trim().replace(/:$/, '').toLowerCase() === currentHeading!.toLowerCase());
    if (wanted) paragraphPrefix = { name: wanted[1], count: 0 };
    if (numbered) {
      const head = Number(numbered.split('.')[0]);
      if (!numbered.includes('.')) {
        sequence('', head, `${numbered}.`, line);
        section = head;
        sectionFromHeading = true;
        sectionHadDotted = false;
      } else if (section === undefined || head >= section) {
        section = head;
        sectionFromHeading = true;
      }
      headingSinceDotted = undefined;
      prefix = undefined;
      lastClause = undefined;
      const id = claim(numbered, numbered, line);
      if (id !== numbered) flag('repeated', line, `The heading numbered ${numbered} repeats an address; rename one of them.`);
      nodes.push({ kind: 'heading', level, text, line, id: numbered });
    } else {
      const node: Extract<Node, { kind: 'heading' }> = { kind: 'heading', level, text, line };
      if (sectionHadDotted || (section !== undefined && !sectionFromHeading)) {
        headingSinceDotted = text;
        headingNodeSinceDotted = node;
      }
      nodes.push(node);
    }
    previousText = undefined;
  };

  for (let r = 0; r < raws.length; r++) {
    const raw = raws[r]!;
    if (raw.kind === 'contents') {
      close();
      const last = nodes[nodes.length - 1];
      const entry = { text: readInline(raw.text, markup) };
      if (last?.kind === 'contents') last.entries.push(entry);
      else nodes.push({ kind: 'contents', entries: [entry], line: raw.line });
      titlePage = false;
      continue;
    }
    if (raw.kind === 'mdheading') {
      const text = readInline(raw.text, markup);
      const inner = boldLine(text) ?? text.trim();
      const match = /^(\d+(?:\.\d+)*)\.?\s+\S/.exec(plain(inner));
      const numbered = match?.[1];
      const level = numbered && !numbered.includes('.') ? 2 : Math.min(6, Math.max(2, raw.level));
      heading(level, plain(inner).trim() === inner.trim() ? inner.trim() : inner, raw.line, numbered);
      continue;
    }
    if (raw.kind === 'row') {
      const last = open ? open.body[open.body.length - 1] : nodes[nodes.length - 1];
      const cells = raw.cells.map((c) => readInline(c, markup));
      if (last?.kind === 'table' && !raw.gap) last.rows.push(cells);
      else {
        put({ kind: 'table', rows: [cells], line: raw.line });
        flag('table', raw.line, `A table starts here; its first row is shown as the table's header. Check that it is one.`);
      }
      previousText = undefined;
      continue;
    }
    if (raw.kind === 'item') {
      const text = readInline(raw.text, markup);
      const num = printedNumber(text);
      if (num) {
        const at = address(num, raw.line);
        if (at) {
          openClause(at.id, at.label, raw.line, num.rest);
          openIsLettered = Boolean(at.lettered);
          previousText = { node: open!, long: plain(text).length > 60, terminal: /[.:;?!)"'’”]$/.test(plain(text).trim()) };
          leadIn = false;
          continue;
        }
      }
      const last = open ? open.body[open.body.length - 1] : nodes[nodes.length - 1];
      const item: ListItem = { text, depth: raw.indent, line: raw.line };
      if (last?.kind === 'list') last.items.push(item);
      else put({ kind: 'list', items: [item], line: raw.line });
      previousText = undefined;
      leadIn = false;
      continue;
    }
    // A paragraph of one or more lines.
    const first = raw.lines[0]!;
    const lined = raw.lines.map((l) => l.text.replace(/\s+$/, '')).join('\n');
    const joined = raw.ready ? lined : readInline(lined, markup);
    const text = joined.replace(/[ \t]+$/gm, '');
    const single = !text.includes('\n');
    const bold = single ? boldLine(text) : undefined;
    // Continued after a page break: a long numbered paragraph cut mid-sentence.
    if (raw.gap && previousText?.long && !previousText.terminal && !printedNumber(text) && single) {
      const target = previousText.node.kind === 'clause' ? previousText.node.body[previousText.node.body.length - 1] : previousText.node;
      if (target && target.kind === 'paragraph') {
        target.text = `${target.text} ${text.trim()}`;
        previousText.terminal = /[.:;?!)"'’”]$/.test(plain(text).trim());
        flag('joined', first.line, `Line ${first.line} continues the paragraph cut by the page break before it; they are shown as one paragraph.`);
        continue;
      }
    }
    // A contact block: short lines with a telephone number or e-mail address.
    if (isContactStart(raws, r, markup)) {
      close();
      const taken: string[] = [];
      let k = r;
      let lastContact = r;
      for (; k < raws.length && k < r + 6; k++) {
        const block = raws[k]!;
        if (block.kind !== 'text' || !block.lines.every((l) => words(plain(readInline(l.text, markup))) <= 12)) break;
        const t = plain(readInline(block.lines.map((l) => l.text).join('\n'), markup));
        if (CONTACT.test(t)) lastContact = k;
      }
      const endAt = raws[lastContact + 1]?.kind === 'text' && /^(?:\w+ )?\d{4}$/.test(plain(readInline((raws[lastContact + 1] as { lines: SourceLine[] }).lines[0]!.text, markup)).trim()) ? lastContact + 1 : lastContact;
      for (let j = r; j <= endAt; j++) taken.push(readInline((raws[j] as { lines: SourceLine[] }).lines.map((l) => l.text.replace(/\s+$/, '')).join('\n'), markup));
      nodes.push({ kind: 'paragraph', text: taken.join('\n'), line: first.line });
      r = endAt;
      previousText = undefined;
      leadIn = false;
      continue;
    }
    // "3. Meetings 3.1 The Board meets…": a numbered heading printed on one line with its first paragraph.
    const runIn = single && !cabinet ? splitRunIn(text, section) : undefined;
    if (runIn) {
      heading(2, runIn.heading, first.line, runIn.number);
      flag('split', first.line, `Line ${first.line} prints the heading "${runIn.heading}" and its first paragraph on one line; they are split.`);
      raws.splice(r + 1, 0, { kind: 'text', lines: [{ line: first.line, text: runIn.rest }], gap: false, ready: true });
      continue;
    }
    const num = printedNumber(text);
    if (num && (num.printed.kind === 'single' || num.printed.kind === 'dotted') && single) {
      // "1. Introduction": a numbered heading, when it is short and in sequence.
      const rest = plain(num.rest).trim();
      const next = section === undefined ? 1 : section + 1;
      if (num.printed.kind === 'single' && !cabinet && (headingLike(num.rest, Boolean(bold)) || (bold !== undefined && !/[.,;]$/.test(rest))) && words(rest) <= 12) {
        if (num.printed.n === next || section === undefined) {
          heading(2, `${num.printed.n}. ${bold ? rest : num.rest.trim()}`.replace(/\u0001/g, ''), first.line, String(num.printed.n));
          continue;
        }
      }
    }
    if (!num && single && /^\d+\s+[A-Z]/.test(plain(text)) && headingLike(text, Boolean(bold))) {
      // "4 The Children's Trust": a numbered heading without a dot, only when in sequence.
      const n = Number(/^\d+/.exec(plain(text))![0]);
      const next = section === undefined ? 1 : section + 1;
      if (n === next && !cabinet) {
        heading(2, plain(text).trim(), first.line, String(n));
        continue;
      }
      flag('unplaced', first.line, `"${plain(text).trim()}" looks like a numbered heading, but ${n} is out of sequence here (the section is ${section ?? 'not yet numbered'}); it is kept as a paragraph.`);
      const paragraph: Content = { kind: 'paragraph', text, line: first.line };
      if (open && openIsLettered) close();
      put(paragraph);
      previousText = { node: paragraph, long: false, terminal: true };
      continue;
    }
    if (num) {
      const at = address(num, first.line);
      if (at) {
        openClause(at.id, at.label, first.line, num.rest);
        openIsLettered = Boolean(at.lettered);
        previousText = { node: open!, long: plain(text).length > 60, terminal: /[.:;?!)"'’”]$/.test(plain(text).trim()) };
        leadIn = LEAD_IN.test(plain(text));
        titlePage = false;
        continue;
      }
    }
    if (single && !titlePage && (bold !== undefined ? headingLike(bold, true) : headingLike(text, false)) && !/^contents$/i.test(plain(text).trim())) {
      heading(section !== undefined && sectionFromHeading ? 3 : 2, bold ?? text.trim(), first.line);
      continue;
    }
    if (single && /^(?:table of )?contents$/i.test(plain(text).trim())) {
      heading(2, plain(text).trim(), first.line);
      continue;
    }
    // An unnumbered paragraph counted as a clause, where the editor asked for it.
    if (paragraphPrefix && !open) {
      paragraphPrefix.count++;
      const id = claim(`${paragraphPrefix.name}-${paragraphPrefix.count}`, `¶${paragraphPrefix.count}`, first.line);
      openClause(id, `¶${paragraphPrefix.count}`, first.line, text);
      previousText = { node: open!, long: false, terminal: true };
      continue;
    }
    if (paragraphPrefix && open && open.id.startsWith(`${paragraphPrefix.name}-`)) {
      paragraphPrefix.count++;
      const id = claim(`${paragraphPrefix.name}-${paragraphPrefix.count}`, `¶${paragraphPrefix.count}`, first.line);
      openClause(id, `¶${paragraphPrefix.count}`, first.line, text);
      previousText = { node: open!, long: false, terminal: true };
      continue;
    }
    // After a lettered item, a plain paragraph belongs to the document again, not to the item.
    if (open && openIsLettered) close();
    const paragraph: Content = { kind: 'paragraph', text, line: first.line };
    put(paragraph);
    previousText = { node: paragraph, long: false, terminal: true };
    leadIn = LEAD_IN.test(plain(text));
  }

  return { header, nodes: nodes.map(tidyLists), flags, from: lines[0]?.line ?? 1, to: lines[lines.length - 1]?.line ?? 1 };
}

/**
 * A numbered heading and the first numbered paragraph of its section printed on one line
 * ("2. Membership 2.1 Each partner…", "**4. Review** 4.1 …"): the heading, and the rest with its
 * emphasis kept. Only where the heading is short and its number comes next in sequence.
 */
export function splitRunIn(text: string, section?: number): { number: string; heading: string; rest: string } | undefined {
  const words = plain(text);
  const match = /^(\d+)(\.?)\s+(\S.{0,80}?)\s+(?=\1\.1\.?\s+\S)/.exec(words);
  if (!match) return undefined;
  const n = Number(match[1]);
  if (section !== undefined && n !== section + 1) return undefined;
  const title = match[3]!.trim();
  if (!headingLike(title, false) || /\d/.test(title)) return undefined;
  return { number: match[1]!, heading: `${n}${match[2]} ${title}`, rest: dropChars(text, match[0].length) };
}

function isContactStart(raws: readonly Raw[], r: number, markup: boolean): boolean {
  for (let k = r; k < raws.length && k < r + 4; k++) {
    const block = raws[k]!;
    if (block.kind !== 'text') return false;
    const lines = block.lines.map((l) => plain(readInline(l.text, markup)).trim());
    if (!lines.every((l) => words(l) <= 12 && !/[.;]$/.test(l.replace(/\S+@\S+$/, '')))) return false;
    if (lines.some((l) => CONTACT.test(l))) return true;
  }
  return false;
}

/** List depths from indents: a deeper indent is a sublist; a list whose first item is its only shallow one is flat. */
function tidyLists<T extends Node>(node: T): T {
  if (node.kind === 'clause') return { ...node, body: node.body.map(tidyLists) };
  if (node.kind !== 'list') return node;
  const items = node.items;
  const indents = items.map((i) => i.depth);
  const flat = indents.length > 2 && indents[0] === 0 && indents.slice(1).every((d) => d > 0 && d === indents[1]) && !/:$/.test(plain(items[0]!.text).trim());
  const stack: number[] = [];
  const tidy = items.map((item) => {
    if (flat) return { ...item, depth: 0 };
    while (stack.length > 0 && stack[stack.length - 1]! > item.depth) stack.pop();
    if (stack.length === 0 || stack[stack.length - 1]! < item.depth) stack.push(item.depth);
    return { ...item, depth: stack.length - 1 };
  });
  // A sublist cannot open a list, nor be more than one level deeper than the item before it.
  let previous = -1;
  for (const item of tidy) {
    item.depth = Math.min(item.depth, previous + 1);
    previous = item.depth;
  }
  return { ...node, items: tidy };
}
