/**
 * The trusts side by side. Each row asks one question of every trust; each cell answers it from the
 * data in the document's own words with the clause, or says that the document does not state it
 * and quotes the nearest words the data has. A cell quotes the whole of what it rests on: a rule's
 * words with their lists (a lead-in ending in ":" carries the lines it introduces), every line of
 * the bodies data that bears on the row, and where the data records them, the words' scope and
 * status. Pure: takes plain data, returns rows.
 */
import { plainWords } from './clauses';
import type { Scope, Status } from './rules/types';

export interface Quote {
  citation: { document: string; clause: string };
  words: string;
  /** The lines a lead-in ending in ":" introduces, as printed. */
  items?: string[] | undefined;
  /** A claim's status where it is not in force, with the words that show it (src/lib/claims.ts). */
  status?: 'in-force' | 'proposed' | 'recommended' | 'aspiration' | undefined;
  statusWords?: { citation: { document: string; clause: string }; words: string } | undefined;
  /** The words that limit the claim, and its subject where the words name one other than the board. */
  scope?: string | undefined;
  subject?: string | undefined;
}

/** A quote in a cell, with what it is quoted for ("links with Kent Partnership"). */
export type CellQuote = Quote & { note?: string | undefined };

/** Where a rule applies and whether it is in force (see src/lib/rules/claims.ts). */
export interface Standing {
  status: Status;
  scope: Scope;
}

/** One cell: the document's words, a list, a rule with a link to its tool, or a silence. */
export type Cell =
  | { kind: 'quotes'; quotes: CellQuote[] }
  | {
      kind: 'list';
      items: string[];
      citation: { document: string; clause: string };
      /** The board's status where it is not in force (a new board a report describes), with its words. */
      status?: Quote['status'];
      statusWords?: Quote['statusWords'];
    }
  | { kind: 'rule'; states: string; quotes: Quote[]; standing: Standing; href: string }
  | { kind: 'not-stated'; document: string; finding?: string | undefined; nearest: Quote[]; href?: string | undefined };

export interface Row {
  id: string;
  question: string;
  cells: Record<string, Cell>;
}

/** A line between the trust's board and another body, in the words that state it. */
export interface Link {
  /** What the line says, from the board's side: "is part of Kent Partnership", "Local Children's Boards report to it". */
  note: string;
  /** A line by which another body holds the board to account: it answers "Scrutiny", not "Links". */
  scrutiny: boolean;
  quote: Quote;
}

/** What the comparison needs to know about one trust. */
export interface TrustFacts {
  id: string;
  /** The document a silence refers to: the trust's governing document. */
  document: string;
  board?: {
    name: string;
    /** Each member as printed; `status` where the words give this member a status of its own ("We also aspire to…"). */
    members: { role: string; count?: number | undefined; status?: Quote['status'] }[];
    /** The board's own status and the words that show it, where it is not in force. */
    status?: Quote['status'];
    statusWords?: Quote['statusWords'];
    membersCitation?: { document: string; clause: string } | undefined;
    chair?: Quote | undefined;
    viceChair?: Quote | undefined;
    meets?: Quote | undefined;
    decisions?: Quote | undefined;
    scrutiny: Quote[];
    review?: Quote | undefined;
    /** Lines from the board to other bodies and from other bodies to the board. */
    links: Link[];
    /** Nearest words for facts the document does not state, by fact. */
    nearest?: Partial<Record<Fact, Quote[]>>;
  };
  /** Rules by tool kind: stated (with statement and link) or not stated (with finding and nearest words). */
  rules: Partial<Record<RuleKind, RuleFacts | undefined>>;
}

export type RuleKind = 'quorum' | 'vote' | 'protocol' | 'attendance' | 'interests';

/** The row each kind of rule answers. */
export const RULE_ROWS: Record<RuleKind, string> = {
  attendance: 'attendance',
  quorum: 'quorum',
  interests: 'interests',
  vote: 'voting',
  protocol: 'disputes',
};

export type RuleFacts =
  | { provision: 'stated'; states: string; statement: Quote[]; extra?: Quote[]; standing: Standing; href: string }
  | { provision: 'not-stated'; document: string; finding: string; nearest: Quote[]; href: string };

/** Facts of a board that a document may leave unstated. */
export type Fact = 'members' | 'chair' | 'viceChair' | 'meets' | 'decisions' | 'scrutiny' | 'review';

const silence = (t: TrustFacts, fact?: Fact): Cell => ({ kind: 'not-stated', document: t.document, nearest: (fact && t.board?.nearest?.[fact]) ?? [] });

/** Whether quote `b` already shows quote `a`: the same clause with `a`'s words and list, or a line of `b`'s list holding them. */
function covers(b: Quote, a: Quote): boolean {
  if (a.citation.document !== b.citation.document) return false;
  const words = plainWords(a.words);
  const sameClause = a.citation.clause === b.citation.clause;
  if (sameClause && plainWords(b.words).includes(words) && (b.items ?? []).length >= (a.items ?? []).length) return true;
  return (b.items ?? []).some((item) => plainWords(item).includes(words));
}

/** The quotes, each shown once: a quote another already shows is dropped (of two equal ones, the first stays). */
export function distinct<Q extends Quote>(list: readonly Q[]): Q[] {
  return list.filter((q, i) => !list.some((other, j) => j !== i && covers(other, q) && !(covers(q, other) && i < j)));
}

/** Quotes kept when two say the same words but carry different notes: the notes are joined. */
function merged(list: readonly CellQuote[]): CellQuote[] {
  const byKey = new Map<string, CellQuote>();
  for (const q of list) {
    const key = `${q.citation.document}#${q.citation.clause}#${plainWords(q.words)}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { ...q });
    else if (q.note && !(seen.note ?? '').includes(q.note)) seen.note = seen.note ? `${seen.note}; ${q.note}` : q.note;
  }
  return distinct([...byKey.values()]);
}

const quotes = (t: TrustFacts, fact: Fact, list: (CellQuote | undefined)[]): Cell => {
  const present = merged(list.filter((q): q is CellQuote => q !== undefined));
  return present.length > 0 ? { kind: 'quotes', quotes: present } : silence(t, fact);
};

const fromRule = (t: TrustFacts, kind: RuleKind): Cell => {
  const rule = t.rules[kind];
  if (!rule) return silence(t);
  if (rule.provision === 'not-stated') return { kind: 'not-stated', document: rule.document, finding: rule.finding, nearest: rule.nearest, href: rule.href };
  return { kind: 'rule', states: rule.states, quotes: distinct([...rule.statement, ...(rule.extra ?? [])]), standing: rule.standing, href: rule.href };
};

/** The rows of the comparison, in the order the page shows them. */
export function compareRows(trusts: readonly TrustFacts[]): Row[] {
  const row = (id: string, question: string, cell: (t: TrustFacts) => Cell): Row => ({
    id,
    question,
    cells: Object.fromEntries(trusts.map((t) => [t.id, cell(t)])),
  });
  const linked = (t: TrustFacts, scrutiny: boolean): CellQuote[] =>
    (t.board?.links ?? []).filter((l) => l.scrutiny === scrutiny).map((l) => ({ ...l.quote, note: l.note }));
  return [
    row('composition', 'Who sits on the board', (t) => {
      const b = t.board;
      if (!b || b.members.length === 0 || !b.membersCitation) return silence(t, 'members');
      // Each member as the document prints it; a listed role shared by two partners appears once.
      const tag = (m: { status?: Quote['status'] }) => (m.status && m.status !== 'in-force' && m.status !== b.status ? ` [${m.status}, not in force]` : '');
      const items = [...new Set(b.members.map((m) => `${m.count ? `${m.role} (${m.count})` : m.role}${tag(m)}`))];
      return { kind: 'list', items, citation: b.membersCitation, ...(b.status && b.status !== 'in-force' && { status: b.status, statusWords: b.statusWords }) };
    }),
    row('chair', 'Who chairs it', (t) => quotes(t, 'chair', [t.board?.chair])),
    row('vice-chair', 'Who deputises for the chair', (t) => quotes(t, 'viceChair', [t.board?.viceChair])),
    row('meetings', 'How often it meets', (t) => quotes(t, 'meets', [t.board?.meets])),
    row(RULE_ROWS.attendance, 'Attendance expected of members', (t) => fromRule(t, 'attendance')),
    row(RULE_ROWS.quorum, 'Quorum', (t) => fromRule(t, 'quorum')),
    row(RULE_ROWS.interests, 'Declaring interests', (t) => fromRule(t, 'interests')),
    row('decisions', 'How decisions are made', (t) => quotes(t, 'decisions', [t.board?.decisions])),
    row(RULE_ROWS.vote, 'Voting and casting vote', (t) => fromRule(t, 'vote')),
    row(RULE_ROWS.protocol, 'When partners disagree', (t) => fromRule(t, 'protocol')),
    row('scrutiny', 'Scrutiny', (t) => quotes(t, 'scrutiny', [...(t.board?.scrutiny ?? []), ...linked(t, true)])),
    row('review', 'Review of the arrangements', (t) => quotes(t, 'review', [t.board?.review])),
    row('links', 'Links to other partnerships', (t) => {
      const links = linked(t, false);
      return links.length > 0 ? { kind: 'quotes', quotes: merged(links) } : silence(t);
    }),
  ];
}

/** The documents a column of the comparison quotes or says are silent, in the order first cited. */
export function documentsCited(rows: readonly Row[], trust: string): string[] {
  const found = new Set<string>();
  for (const row of rows) {
    const cell = row.cells[trust];
    if (!cell) continue;
    if (cell.kind === 'list') found.add(cell.citation.document);
    if (cell.kind === 'not-stated') {
      if (cell.document) found.add(cell.document);
      for (const q of cell.nearest) found.add(q.citation.document);
    }
    if (cell.kind === 'quotes' || cell.kind === 'rule') for (const q of cell.quotes) found.add(q.citation.document);
  }
  return [...found];
}

/** "a", "a and b", "a, b and c". */
export function inWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * The sentence under the comparison's lead that names what it compares: each document with its
 * name as citations print it ("the Kent partnership agreement (2008)"), and whether they are of
 * different kinds, from their document types.
 */
export function comparedNote(documents: readonly { name: string; type: string }[]): string {
  if (documents.length === 0) return 'No trust has a document on the site yet.';
  const names = inWords(documents.map((d) => `the ${d.name}`));
  const kinds = new Set(documents.map((d) => d.type)).size;
  return kinds > 1
    ? `The documents compared are of different kinds and dates (${names}), so a silence may mean that the point was settled elsewhere. Follow a clause link to read it in context.`
    : `The ${documents.length === 1 ? 'document compared is' : 'documents compared are'} ${names}. A silence may mean that the point was settled in another document. Follow a clause link to read it in context.`;
}
