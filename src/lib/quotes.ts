/**
 * Quotations are never cut short at a colon. Where quoted words are a lead-in ending in ":"
 * ("Quorum - KCT will be quorate if five of the following organisations are present:"), what the
 * lead-in introduces is part of the quotation: the list that follows it in the clause, or, where
 * the clause ends at the colon, its lettered sub-clauses ("9.5" → "9.5(a)" … "9.5(f)"). This module
 * finds those lines in the document's MDX and fills them in as the quote's `items`, so that every
 * page, tool and comparison that shows the quote shows the whole of it, and the list is written once
 * (in the document) and can never drift. Pure: the caller supplies the clause text.
 */
import { clauseSource, clausesInMdx, plainWords } from './clauses';

export interface Citation {
  document: string;
  clause: string;
}

export interface ListedQuote {
  citation: Citation;
  words: string;
  items?: string[] | undefined;
}

/** A line that is an item of a Markdown list: "- Chair or Vice Chair", "1. Agreeing priorities…". */
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/;
/** Lines that neither end a list nor belong to it: blank lines and the tags of marks around it. */
const SKIP = /^\s*(?:$|<\/?(?:Duty|Clause)\b[^>]*>\s*$)/;

/**
 * The list items that follow `words` in a clause's MDX, as plain printed text, or [] when the
 * words do not end in ":" or nothing follows them but the end of the clause.
 */
export function listAfter(clauseSource: string, words: string): string[] {
  const lead = plainWords(words);
  if (!lead.endsWith(':')) return [];
  const lines = clauseSource.split(/\r?\n/);
  // The line on which the lead-in ends: the first whose text up to and including it holds the words.
  let end = -1;
  for (let i = 0; i < lines.length; i += 1) {
    if (plainWords(lines.slice(0, i + 1).join('\n')).includes(lead)) {
      end = i;
      break;
    }
  }
  if (end < 0 || !plainWords(lines[end]!).endsWith(':')) return [];
  const items: string[] = [];
  for (const line of lines.slice(end + 1)) {
    const item = LIST_ITEM.exec(line);
    if (item) items.push(plainWords(item[1]!));
    else if (SKIP.test(line)) continue;
    else break;
  }
  return items;
}

/** Sub-clauses of a clause, in page order: "9.5(a)", "9.5(b)"… for "9.5". */
export function subClauses(id: string, clauseIds: readonly string[]): string[] {
  const prefix = `${id}(`;
  return clauseIds.filter((c) => c.startsWith(prefix) && /^\([a-z0-9]+\)$/i.test(c.slice(id.length)));
}

export interface ClauseLookup {
  /** The MDX of a clause, or undefined when the document or clause does not exist. */
  source(citation: Citation): string | undefined;
  /** Clause ids of a document in page order. */
  clauses(document: string): readonly string[];
  /** How a sub-clause is numbered as printed ("a)"), put before its text. */
  label?(citation: Citation): string | undefined;
}

/** The lines a lead-in introduces: its list, or else its sub-clauses' text; [] for a quote that is not a lead-in. */
export function itemsOf(quote: ListedQuote, lookup: ClauseLookup): string[] {
  const source = lookup.source(quote.citation);
  if (source === undefined) return [];
  const listed = listAfter(source, quote.words);
  if (listed.length > 0) return listed;
  const lead = plainWords(quote.words);
  // A clause that ends with the lead-in continues in its lettered sub-clauses.
  if (!lead.endsWith(':') || !plainWords(source).endsWith(lead)) return [];
  return subClauses(quote.citation.clause, lookup.clauses(quote.citation.document)).map((clause) => {
    const citation = { document: quote.citation.document, clause };
    const text = plainWords(lookup.source(citation) ?? '');
    const label = lookup.label?.(citation);
    return label ? `${label} ${text}` : text;
  });
}

const isQuote = (value: Record<string, unknown>): boolean =>
  typeof value.words === 'string' &&
  typeof value.citation === 'object' &&
  value.citation !== null &&
  typeof (value.citation as Record<string, unknown>).document === 'string';

/**
 * A copy of `value` in which every quote that is a lead-in carries the lines it introduces
 * (`items`). Objects and arrays are walked to any depth; nothing else changes.
 */
export function withLists<T>(value: T, lookup: ClauseLookup): T {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v === null || typeof v !== 'object') return v;
    const record = v as Record<string, unknown>;
    const out = Object.fromEntries(Object.entries(record).map(([k, x]) => [k, walk(x)]));
    if (isQuote(record)) {
      const items = itemsOf(record as unknown as ListedQuote, lookup);
      if (items.length > 0) out.items = items;
    }
    return out;
  };
  return walk(value) as T;
}

/** A lookup over documents' MDX, by document id: the clause text, the clause ids and their printed labels. */
export function mdxLookup(mdx: ReadonlyMap<string, string>): ClauseLookup {
  const ids = new Map<string, string[]>();
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return {
    source: (c) => {
      const text = mdx.get(c.document);
      return text === undefined ? undefined : clauseSource(text, c.clause);
    },
    clauses: (document) => {
      if (!ids.has(document)) ids.set(document, clausesInMdx(mdx.get(document) ?? '').map((c) => c.id));
      return ids.get(document)!;
    },
    label: (c) => new RegExp(`<Clause\\b[^>]*\\bn="${escape(c.clause)}"[^>]*\\blabel="([^"]*)"`).exec(mdx.get(c.document) ?? '')?.[1],
  };
}
