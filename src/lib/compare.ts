/**
 * The trusts side by side. Each row asks one question of every trust; each cell answers it from the
 * data in the document's own words with the clause, or says that the document does not state it
 * (quoting the nearest words where the data has them). Pure: takes plain data, returns rows.
 */

export interface Quote {
  citation: { document: string; clause: string };
  words: string;
  /** A claim's status where it is not in force, with the words that show it (src/lib/claims.ts). */
  status?: 'in-force' | 'proposed' | 'recommended' | 'aspiration' | undefined;
  statusWords?: { citation: { document: string; clause: string }; words: string } | undefined;
  /** The words that limit the claim, and its subject where the words name one other than the board. */
  scope?: string | undefined;
  subject?: string | undefined;
}

/** One cell: the document's words, a rule with a link to its tool, or a silence. */
export type Cell =
  | { kind: 'quotes'; quotes: Quote[]; note?: string | undefined }
  | {
      kind: 'list';
      items: string[];
      citation: { document: string; clause: string };
      /** The board's status where it is not in force (a new board a report describes), with its words. */
      status?: Quote['status'];
      statusWords?: Quote['statusWords'];
    }
  | { kind: 'rule'; summary: string; quotes: Quote[]; href: string }
  | { kind: 'not-stated'; document: string; finding?: string | undefined; nearest: Quote[]; href?: string | undefined };

export interface Row {
  id: string;
  question: string;
  cells: Record<string, Cell>;
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
    /**
     * Lines to other partnerships, with the other body's name; `sentence`, where given, says the whole
     * line with its scope and status (lib/structure.ts, lineSentence).
     */
    links: { name: string; verb: string; quote: Quote; sentence?: string | undefined }[];
    /** Nearest words for facts the document does not state, by fact. */
    nearest?: Partial<Record<Fact, Quote[]>>;
  };
  /** Rules by tool kind: stated (with statement and link) or not stated (with finding and nearest words). */
  rules: Partial<Record<'quorum' | 'vote' | 'protocol', RuleFacts | undefined>>;
}

export type RuleFacts =
  | { provision: 'stated'; summary: string; statement: Quote[]; extra?: Quote[]; href: string }
  | { provision: 'not-stated'; document: string; finding: string; nearest: Quote[]; href: string };

/** Facts of a board that a document may leave unstated. */
export type Fact = 'members' | 'chair' | 'viceChair' | 'meets' | 'decisions' | 'scrutiny' | 'review';

const silence = (t: TrustFacts, fact?: Fact): Cell => ({ kind: 'not-stated', document: t.document, nearest: (fact && t.board?.nearest?.[fact]) ?? [] });

const quotes = (t: TrustFacts, fact: Fact, list: (Quote | undefined)[], note?: string): Cell => {
  const present = list.filter((q): q is Quote => q !== undefined);
  return present.length > 0 ? { kind: 'quotes', quotes: present, note } : silence(t, fact);
};

const fromRule = (t: TrustFacts, kind: 'quorum' | 'vote' | 'protocol'): Cell => {
  const rule = t.rules[kind];
  if (!rule) return silence(t);
  if (rule.provision === 'not-stated') return { kind: 'not-stated', document: rule.document, finding: rule.finding, nearest: rule.nearest, href: rule.href };
  return { kind: 'rule', summary: rule.summary, quotes: [...rule.statement, ...(rule.extra ?? [])], href: rule.href };
};

/** Quotes once each: several lines may rest on one lead-in (Kent's section 14). */
const distinct = (list: readonly Quote[]): Quote[] =>
  list.filter((q, i) => list.findIndex((o) => o.words === q.words && o.citation.document === q.citation.document && o.citation.clause === q.citation.clause) === i);

/** The rows of the comparison, in the order the page shows them. */
export function compareRows(trusts: readonly TrustFacts[]): Row[] {
  const row = (id: string, question: string, cell: (t: TrustFacts) => Cell): Row => ({
    id,
    question,
    cells: Object.fromEntries(trusts.map((t) => [t.id, cell(t)])),
  });
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
    row('quorum', 'Quorum', (t) => fromRule(t, 'quorum')),
    row('meetings', 'How often it meets', (t) => quotes(t, 'meets', [t.board?.meets])),
    row('decisions', 'How decisions are made', (t) => quotes(t, 'decisions', [t.board?.decisions])),
    row('voting', 'Voting and casting vote', (t) => fromRule(t, 'vote')),
    row('disputes', 'When partners disagree', (t) => fromRule(t, 'protocol')),
    row('scrutiny', 'Scrutiny', (t) => quotes(t, 'scrutiny', t.board?.scrutiny ?? [])),
    row('review', 'Review of the arrangements', (t) => quotes(t, 'review', [t.board?.review])),
    row('links', 'Links to other partnerships', (t) => {
      const links = t.board?.links ?? [];
      return links.length > 0
        ? { kind: 'quotes', quotes: distinct(links.map((l) => l.quote)), note: links.map((l) => l.sentence ?? `${l.verb} ${l.name}`).join('; ') }
        : silence(t);
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
