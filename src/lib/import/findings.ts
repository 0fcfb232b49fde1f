/**
 * What the importer offers an editor beyond the page: acronyms the text defines ("Local Area
 * Agreement (LAA)") as glossary entries with the clause that spells them out, and clauses whose
 * words look like a governance rule (quorum, voting and casting vote, attendance, declaring
 * interests, disagreements), each with the command that scaffolds its rule file. The importer
 * never writes a rule itself.
 */
import { plain } from './inline.ts';
import type { Content, Node } from './types.ts';

export interface AcronymOffer {
  term: string;
  expansion: string;
  /** The clause that spells it out, or the nearest heading's number; undefined outside any. */
  clause?: string;
  line: number;
}

const SMALL = new Set(['of', 'and', 'for', 'the', 'in', 'on', 'to', '&', 'with']);

/** The words before "(ABC)" whose initials spell ABC, small words and one odd word allowed between. */
export function expansionBefore(before: string, term: string): string | undefined {
  const letters = term.replace(/s$/, '').replace(/&/g, '').toUpperCase().split('');
  if (letters.length < 2 || !letters.every((l) => /[A-Z]/.test(l))) return undefined;
  const words = before.trim().split(/\s+/);
  let k = letters.length - 1;
  let i = words.length - 1;
  let skipped = 0;
  while (i >= 0 && k >= 0) {
    const word = words[i]!.replace(/[,;:]$/, '');
    const initial = word.replace(/^[^A-Za-z]+/, '')[0];
    if (initial && initial.toUpperCase() === letters[k] && /^[A-Z]/.test(word.replace(/^[^A-Za-z]+/, ''))) {
      k--;
      i--;
      continue;
    }
    if (SMALL.has(word.toLowerCase()) && k < letters.length - 1) {
      i--;
      continue;
    }
    if (skipped === 0 && k < letters.length - 1 && /^[A-Z]/.test(word)) {
      skipped++;
      i--;
      continue;
    }
    return undefined;
  }
  if (k >= 0) return undefined;
  return words
    .slice(i + 1)
    .join(' ')
    .replace(/^[("'‘“]+/, '')
    .replace(/[,;:]$/, '');
}

function contentText(block: Content): { text: string; line: number }[] {
  switch (block.kind) {
    case 'paragraph':
    case 'quote':
      return [{ text: plain(block.text), line: block.line }];
    case 'list':
      return block.items.map((i) => ({ text: plain(i.text), line: i.line }));
    case 'table':
      return block.rows.map((r) => ({ text: r.map(plain).join(' '), line: block.line }));
    case 'contents':
      return [];
  }
}

/**
 * The numbered heading each node stands under, as a citation sees it: a numbered heading's clause
 * runs to the next heading of its level or higher (src/lib/clauses.ts `clauseSource`), so an
 * unnumbered subheading stays inside it and an unnumbered heading of the same level ends it.
 */
export function enclosingHeadings(nodes: readonly Node[]): (string | undefined)[] {
  let current: { id: string; level: number } | undefined;
  return nodes.map((node) => {
    if (node.kind === 'heading') {
      if (node.id) current = { id: node.id, level: node.level };
      else if (current && node.level <= current.level) current = undefined;
    }
    return current?.id;
  });
}

/** Each stretch of words of a document with the clause (or numbered heading) it belongs to. */
export function wordsByClause(nodes: readonly Node[]): { text: string; line: number; clause?: string }[] {
  const out: { text: string; line: number; clause?: string }[] = [];
  const under = enclosingHeadings(nodes);
  for (const [k, node] of nodes.entries()) {
    const heading = under[k];
    if (node.kind === 'heading') {
      if (node.id) out.push({ text: plain(node.text), line: node.line, clause: node.id });
    } else if (node.kind === 'clause') {
      for (const block of node.body) for (const t of contentText(block)) out.push({ ...t, clause: node.id });
    } else for (const t of contentText(node)) out.push({ ...t, ...(heading ? { clause: heading } : {}) });
  }
  return out;
}

/** Acronyms the text spells out, first definition of each, with `known` ones (already in the glossary) marked. */
export function acronymsDefined(nodes: readonly Node[]): AcronymOffer[] {
  const offers = new Map<string, AcronymOffer>();
  for (const { text, line, clause } of wordsByClause(nodes)) {
    for (const match of text.matchAll(/\(([A-Z][A-Za-z&]*[A-Z]s?)\)/g)) {
      const term = match[1]!;
      if (offers.has(term)) continue;
      const expansion = expansionBefore(text.slice(0, match.index), term);
      if (expansion) offers.set(term, { term, expansion, ...(clause ? { clause } : {}), line });
    }
  }
  return [...offers.values()];
}

export type RuleKind = 'quorum' | 'vote' | 'attendance' | 'interests' | 'protocol';

/** Words that make a clause a candidate for each kind of rule. */
export const RULE_WORDS: Record<RuleKind, RegExp> = {
  quorum: /\bquor(?:ate|um|acy)\b/i,
  vote: /\bvot(?:e|es|ed|ing)\b|\bcasting vote\b|\bmajority\b/i,
  attendance: /\battend(?:ance|ing)?\b[^.]*\bmeetings?\b|\bminimum of \d+ (?:out )?of \d+ meetings\b|\bdeputy\b[^.]*\battend/i,
  interests: /\bdeclar\w*\b[^.]*\binterests?\b|\binterests?\b[^.]*\bdeclar\w*/i,
  protocol: /\bdisput\w*|\bdisagree\w*|\bconflict resolution\b|\bresolv\w* (?:conflict|differences)\b|\bconflict\b|\bcannot (?:accept|agree)\b/i,
};

export interface RuleCandidate {
  kind: RuleKind;
  clause?: string;
  line: number;
  /** The sentence with the rule words, verbatim. */
  words: string;
}

/** Clauses whose words name a quorum, a vote, attendance, declaring interests or a disagreement. */
export function ruleCandidates(nodes: readonly Node[]): RuleCandidate[] {
  const found: RuleCandidate[] = [];
  const seen = new Set<string>();
  for (const { text, line, clause } of wordsByClause(nodes)) {
    for (const kind of Object.keys(RULE_WORDS) as RuleKind[]) {
      if (!RULE_WORDS[kind].test(text)) continue;
      const key = `${kind} ${clause ?? `line ${line}`}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const sentence = text.split(/(?<=[.?!])\s+(?=[A-Z])/).find((s) => RULE_WORDS[kind].test(s)) ?? text;
      found.push({ kind, ...(clause ? { clause } : {}), line, words: sentence.trim() });
    }
  }
  return found;
}
