/**
 * Frontmatter from the text, only where the text says it: title, date and its precision, by, to,
 * meeting, classification, version and a likely document type, read from the printed header block
 * and the title page. Every field filled this way is a guess an editor must confirm, so each is
 * listed under `review` with the words it was read from; a field the text does not give stays empty.
 */
import { plain } from './inline.ts';
import type { HeaderField, ImportedDocument, Node } from './types.ts';

export interface ReviewNote {
  /** The frontmatter field. */
  field: string;
  /** Where its value was read from, or why it needs the editor. */
  note: string;
}

export interface DerivedFields {
  title?: string;
  issued?: string;
  issuedPrecision?: 'day' | 'month' | 'year';
  authors?: string[];
  to?: string;
  meeting?: string;
  classification?: string;
  version?: string;
  documentType?: string;
}

export interface Derived {
  fields: DerivedFields;
  review: ReviewNote[];
  /** Fields the text does not give, left empty. */
  empty: string[];
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const monthIndex = (name: string) => MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3)));
const pad = (n: number) => String(n).padStart(2, '0');

export interface FoundDate {
  iso: string;
  precision: 'day' | 'month';
  /** The words as printed. */
  printed: string;
  /** "26 November 2007" or "May 2008". */
  written: string;
}

/** The first date printed in `text`: a day ("26 th November 2007", "21/04/2009") or a month ("May 2008"). */
export function findDate(text: string): FoundDate | undefined {
  const day = new RegExp(`\\b(\\d{1,2})\\s*(?:st|nd|rd|th)?\\s+${MONTH}\\.?,?\\s+(\\d{4})\\b`, 'i').exec(text);
  if (day) {
    const m = monthIndex(day[2]!);
    const d = Number(day[1]);
    if (m >= 0 && d >= 1 && d <= 31) {
      return { iso: `${day[3]}-${pad(m + 1)}-${pad(d)}`, precision: 'day', printed: day[0], written: `${d} ${cap(MONTHS[m]!)} ${day[3]}` };
    }
  }
  const numeric = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(text);
  if (numeric && Number(numeric[2]) <= 12 && Number(numeric[1]) <= 31) {
    const m = Number(numeric[2]) - 1;
    return { iso: `${numeric[3]}-${pad(m + 1)}-${pad(Number(numeric[1]))}`, precision: 'day', printed: numeric[0], written: `${Number(numeric[1])} ${cap(MONTHS[m]!)} ${numeric[3]}` };
  }
  const month = new RegExp(`\\b${MONTH}\\s+(\\d{4})\\b`, 'i').exec(text);
  if (month) {
    const m = monthIndex(month[1]!);
    if (m >= 0) return { iso: `${month[2]}-${pad(m + 1)}-01`, precision: 'month', printed: month[0], written: `${cap(MONTHS[m]!)} ${month[2]}` };
  }
  return undefined;
}

const cap = (word: string) => word[0]!.toUpperCase() + word.slice(1);

/** Words of job titles and organisations: never part of a person's name. */
const ROLE_WORDS = new Set(
  'Director Managing Member Members Cabinet Corporate Children Children\'s Families Family Education Educational Services Service Council County Head Chief Executive Officer Manager Strategic Development Commissioning Specialist Portfolio Holder Lead Assistant Deputy Standards Skills Resources Operations Policy Health Social Care Adult Adults Community Communities Trust Board Partnership Partnerships Learning Young People People\'s Safeguarding Public Finance Legal Democratic Councillor Cllr Mr Mrs Ms Dr Miss Leader Borough District City Group Unit Team Planning Performance Improvement Programme Project Commissioner Officers Secretary Clerk Interim Acting Senior Principal Acting Interim'.split(' '),
);

/**
 * People named in a "By:" or "Responsible Officer:" value: two or three capitalised words just
 * before a comma (the role follows), with job-title words left out. "Graham Badman, Managing
 * Director … Education Mark Dance, Cabinet Member …" gives Graham Badman and Mark Dance.
 */
export function namesIn(value: string): string[] {
  const names: string[] = [];
  for (const segment of value.split(',')) {
    const tokens = segment.trim().split(/\s+/);
    const run: string[] = [];
    for (let i = tokens.length - 1; i >= 0; i--) {
      const word = tokens[i]!;
      if (!/^[A-Z][a-z'’-]+$/.test(word) || ROLE_WORDS.has(word)) break;
      run.unshift(word);
    }
    if (run.length >= 2 && run.length <= 3 && !names.includes(run.join(' '))) names.push(run.join(' '));
  }
  return names;
}

const find = (header: readonly HeaderField[], labels: RegExp) => header.find((f) => labels.test(f.label.trim()));
const quote = (f: HeaderField) => `"${f.label}: ${f.value}" (line ${f.line})`;

/**
 * Title-page lines: the paragraphs before the first clause, numbered heading or contents list
 * (an unnumbered heading there, such as a web page's title, is passed over).
 */
export function titlePage(nodes: readonly Node[]): { text: string; line: number }[] {
  const lines: { text: string; line: number }[] = [];
  for (const node of nodes) {
    if (node.kind === 'heading' && !node.id) continue;
    if (node.kind !== 'paragraph') break;
    for (const text of plain(node.text).split('\n')) if (text.trim()) lines.push({ text: text.trim(), line: node.line });
  }
  return lines;
}

/** Document types the text itself suggests, most specific first. */
function guessType(header: readonly HeaderField[], title: string | undefined, known: readonly string[]): { type: string; why: string } | undefined {
  const to = find(header, /^(?:to|meeting|report to)$/i);
  const guesses: [boolean, string, string][] = [
    [/\bcabinet\b/i.test(to?.value ?? ''), 'cabinet-report', to ? `the report is to ${to.value}` : ''],
    [/\bscrutiny\b/i.test(to?.value ?? ''), 'scrutiny-report', to ? `the report is to ${to.value}` : ''],
    [/\bboard\b/i.test(to?.value ?? ''), 'board-report', to ? `the report is to ${to.value}` : ''],
    [/\bterms of reference\b/i.test(title ?? ''), 'terms-of-reference', `the title says "${title}"`],
    [/\bpartnership agreement\b|\bagreement\b/i.test(title ?? ''), 'partnership-agreement', `the title says "${title}"`],
    [/\bgovernance\b|\bconstitution\b|\bframework\b/i.test(title ?? ''), 'governance-framework', `the title says "${title}"`],
    [/\breview\b/i.test(title ?? ''), 'review', `the title says "${title}"`],
  ];
  const hit = guesses.find(([yes, type]) => yes && known.includes(type));
  return hit ? { type: hit[1], why: hit[2] } : undefined;
}

export interface DeriveOptions {
  /** The title given on the command line: not a guess. */
  title?: string;
  /** The document type given on the command line: not a guess. */
  documentType?: string;
  /** The document types the schema knows (src/schemas/document.ts). */
  documentTypes: readonly string[];
}

export function deriveFields(doc: ImportedDocument, options: DeriveOptions): Derived {
  const { header } = doc;
  const fields: DerivedFields = {};
  const review: ReviewNote[] = [];
  const page = titlePage(doc.nodes);

  // Title.
  const subject = find(header, /^(?:subject|title|report title)$/i);
  if (options.title) fields.title = options.title;
  else if (subject) {
    fields.title = subject.value;
    review.push({ field: 'title', note: `read from ${quote(subject)}` });
  } else {
    const words = page.filter((l) => !findDate(l.text) && !/\bversion\b/i.test(l.text)).slice(0, 3);
    const firstHeading = doc.nodes.find((n) => n.kind === 'heading');
    if (words.length > 0) {
      // A single title line followed by "Constitution, Version 2, June 2011": its words count too.
      const dated = page.find((l) => findDate(l.text) || /\bversion\b/i.test(l.text));
      const rest = dated ? dated.text.replace(new RegExp(`,?\\s*(?:${MONTH}\\s+\\d{4}|version\\s+[\\w.]+)`, 'gi'), '').replace(/[\s,;–-]+$/, '').trim() : '';
      fields.title = [...words.map((l) => l.text), ...(words.length === 1 && rest ? [rest] : [])].join(' ');
      const at = [...new Set(words.map((l) => l.line))];
      review.push({ field: 'title', note: `read from the title page, line${at.length === 1 ? '' : 's'} ${at.join(', ')}` });
    } else if (firstHeading && firstHeading.kind === 'heading') {
      fields.title = plain(firstHeading.text);
      review.push({ field: 'title', note: `read from the first heading (line ${firstHeading.line})` });
    }
  }

  // Date: the meeting's date in the header, else the first date on the title page.
  const dated = [find(header, /^(?:date of meeting|meeting date|date)$/i), find(header, /^(?:to|meeting)$/i)].filter((f): f is HeaderField => f !== undefined);
  let date: FoundDate | undefined;
  let dateFrom = '';
  for (const field of dated) {
    date = findDate(field.value);
    if (date) {
      dateFrom = quote(field);
      break;
    }
  }
  if (!date) {
    for (const line of page) {
      date = findDate(line.text);
      if (date) {
        dateFrom = `"${line.text}" (line ${line.line}, the title page)`;
        break;
      }
    }
  }
  if (date) {
    fields.issued = date.iso;
    fields.issuedPrecision = date.precision;
    review.push({ field: 'issued', note: `read from ${dateFrom}: "${date.printed}"${date.precision === 'month' ? ', which gives the month only (issuedPrecision: month)' : ''}` });
  }

  // By: people named in the header.
  const by = header.filter((f) => /^(?:by|from|report by|report of|author|authors|responsible officer|lead officer)$/i.test(f.label.trim()));
  const authors = by.flatMap((f) => namesIn(f.value));
  if (authors.length > 0) {
    fields.authors = authors;
    review.push({ field: 'authors', note: `names read from ${by.map(quote).join(' and ')}` });
  }

  // To and meeting.
  const to = find(header, /^(?:to|report to|meeting)$/i);
  if (to) {
    const found = findDate(to.value);
    const body = (found ? to.value.replace(found.printed, '') : to.value).replace(/[\s,–—-]+$/, '').trim();
    if (body) {
      fields.to = body;
      review.push({ field: 'to', note: `read from ${quote(to)}` });
      if (date?.precision === 'day') {
        fields.meeting = `${body}, ${date.written}`;
        review.push({ field: 'meeting', note: `made from "${body}" and the date ${dateFrom}` });
      }
    }
  }

  const classification = find(header, /^(?:classification|protective marking|security classification)$/i);
  if (classification) {
    fields.classification = classification.value;
    review.push({ field: 'classification', note: `read from ${quote(classification)}` });
  }

  const versionField = find(header, /^version$/i);
  const versionLine = page.map((l) => ({ l, m: /\bVersion\s+([\w.]+)|\b((?:First|Second|Third|Fourth|Fifth|Final|Revised) (?:Revision|Draft|Version))\b/i.exec(l.text) })).find((x) => x.m);
  if (versionField) {
    fields.version = versionField.value;
    review.push({ field: 'version', note: `read from ${quote(versionField)}` });
  } else if (versionLine) {
    fields.version = versionLine.m![1] ?? versionLine.m![2]!;
    review.push({ field: 'version', note: `read from "${versionLine.l.text}" (line ${versionLine.l.line}, the title page)` });
  }

  if (options.documentType) fields.documentType = options.documentType;
  else {
    const guess = guessType(header, fields.title, options.documentTypes);
    if (guess) {
      fields.documentType = guess.type;
      review.push({ field: 'documentType', note: `guessed because ${guess.why}` });
    }
  }
  review.push({ field: 'status', note: 'the text does not say whether the document is in force: the site shows it as current until you set status (current, superseded or historical)' });

  const empty = (['title', 'issued', 'authors', 'to', 'meeting', 'classification', 'version', 'documentType'] as const).filter((f) => fields[f] === undefined);
  return { fields, review, empty };
}
