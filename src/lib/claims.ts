/**
 * Claims the site derives from the documents' words (a line of a structure diagram, a body's chair or
 * meetings, a seat on a board) and the checks that keep each claim from saying more than its words:
 * its status (in force, or only proposed, recommended or hoped for) must be evident from words it
 * quotes, an in-force claim must not sit in words that read as a proposal or recommendation unless
 * words that show it in force are quoted, and the subject, object and scope it records must be
 * words of its clause. Pure: plain data in, messages out.
 */
import { clauseSource, plainWords } from './clauses';

/** Whether the words state the claim as it stands, or only put it forward. */
export const CLAIM_STATUSES = ['in-force', 'proposed', 'recommended', 'aspiration'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** How a status reads on the site. */
export const STATUS_LABELS: Record<ClaimStatus, string> = {
  'in-force': 'in force',
  proposed: 'proposed',
  recommended: 'recommended',
  aspiration: 'aspiration',
};

/** How each status is shown as a tag beside a duty or role: "In force", "Proposed". */
export const STATUS_TAGS: Record<ClaimStatus, string> = {
  'in-force': 'In force',
  proposed: 'Proposed',
  recommended: 'Recommended',
  aspiration: 'Aspiration',
};

export const isClaimStatus = (value: string): value is ClaimStatus => (CLAIM_STATUSES as readonly string[]).includes(value);

/** What the words must state for each status (the schema's documentation and the site's guide). */
export const STATUS_MEANINGS: Record<ClaimStatus, string> = {
  'in-force':
    'The words state the arrangement as it stands, in a document that sets it (an agreement, governance arrangements): "is", "will" in the terms themselves, "has been put in place".',
  proposed:
    'The words put it forward without deciding it: a proposal of a review or programme, an emerging or new structure a report describes ("key proposals", "emerging", "the new … will").',
  recommended:
    'The words recommend it to a body that had not yet decided: a recommendation to Cabinet ("Cabinet are asked to: AGREE …") or "it is recommended that". The documents do not record the decision.',
  aspiration: 'The words hope for it or leave it to the future ("we aspire to", "would allow in the future").',
};

/**
 * Words that show a status other than in force. A claim with that status must quote one of them (in
 * its own words or in `statusWords`); an in-force claim whose clause, the clause it hangs from or the
 * heading above it contains one must quote the words that show it in force.
 */
const STATUS_MARKERS: Record<Exclude<ClaimStatus, 'in-force'>, RegExp[]> = {
  // AGREE and APPROVE count only in capitals, the Cabinet reports' form of a recommendation.
  recommended: [/\brecommend\w*|\basked to\b|\brequested to\b/i, /\b(?:AGREE|APPROVE)\b/],
  proposed: [/\bpropos\w*|\bemerging\b|\bthe new\b|\bdraft\b|\bpotential\b/i],
  aspiration: [/\baspir\w*|\bhope\w*|\bin the future\b|\bwish\w*/i],
};

/** The first word of `text` that shows `status`, or undefined. */
export function statusMarker(status: Exclude<ClaimStatus, 'in-force'>, text: string): string | undefined {
  for (const pattern of STATUS_MARKERS[status]) {
    const found = pattern.exec(text);
    if (found) return found[0];
  }
  return undefined;
}

/** The first status other than in force that `text` reads as, with the word that shows it. */
export function readsAs(text: string): { status: Exclude<ClaimStatus, 'in-force'>; word: string } | undefined {
  for (const status of ['recommended', 'proposed', 'aspiration'] as const) {
    const word = statusMarker(status, text);
    if (word) return { status, word };
  }
  return undefined;
}

export interface Quote {
  citation: { document: string; clause: string };
  words: string;
}

/** Ids of the clauses a clause hangs from: `5.3(a)` → `5.3`, `5`; `7(5)` → `7`; `5.3-2` → `5`. */
export function parentClauses(id: string): string[] {
  const again = /^(.*\d)-\d+$/.exec(id);
  if (again) return parentClauses(again[1]!);
  const lettered = /^(.*)\([^)]*\)$/.exec(id);
  if (lettered) return [lettered[1]!, ...parentClauses(lettered[1]!)];
  const dotted = /^(\d+(?:\.\d+)*)\.\d+$/.exec(id);
  if (dotted) return [dotted[1]!, ...parentClauses(dotted[1]!)];
  return [];
}

/** The first paragraph of a clause's text (for a numbered heading: the heading and the paragraph after it). */
function leadIn(text: string): string {
  // Lines that are only a component tag (<Duty …>, </Duty>) are not paragraphs of the document.
  const blocks = text
    .replace(/^\s*<\/?[A-Z][^>]*>\s*$/gm, '')
    .split(/\n\s*\n/)
    .filter((b) => b.trim() !== '');
  const first = blocks[0] ?? '';
  return /^#{1,6}\s/.test(first) ? blocks.slice(0, 2).join('\n\n') : first;
}

/** The heading above the line that opens a clause (`<Clause n="id">`), or undefined. */
function headingAbove(source: string, id: string): string | undefined {
  const lines = source.split(/\r?\n/);
  const open = lines.findIndex((line) => line.includes(`<Clause `) && line.includes(` n="${id}"`));
  for (let i = open - 1; i >= 0 && open >= 0; i--) if (/^#{1,6}\s/.test(lines[i]!)) return lines[i]!;
  return undefined;
}

/**
 * The opening words of a clause: for a `<Clause>`, its first paragraph; for a numbered heading, the
 * heading and the paragraph after it, unless a clause of its own follows the heading straight away.
 */
function clauseLead(source: string, id: string): string | undefined {
  const lines = source.split(/\r?\n/);
  if (lines.some((line) => line.includes('<Clause ') && line.includes(` n="${id}"`))) {
    const text = clauseSource(source, id);
    return text === undefined ? undefined : leadIn(text);
  }
  const text = clauseSource(source, id);
  if (text === undefined) return undefined;
  const own = text.split(/\r?\n/);
  const start = lines.findIndex((line) => line.trim() === own[0]!.trim());
  const after = start < 0 ? [] : lines.slice(start + 1);
  const stop = after.findIndex((line) => /^\s*<Clause\b/.test(line) || /^#{1,6}\s/.test(line));
  return leadIn([own[0]!, ...(stop < 0 ? after : after.slice(0, stop))].join('\n'));
}

/**
 * The words a claim's status is read in: the opening words of its clause, of each clause it hangs
 * from, and the heading above it. Each with where it comes from.
 */
export function statusContext(source: string, clause: string): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  for (const id of [clause, ...parentClauses(clause)]) {
    const lead = clauseLead(source, id);
    if (lead !== undefined) out.push({ where: `clause ${id}`, text: plainWords(lead) });
  }
  const heading = headingAbove(source, clause);
  if (heading) out.push({ where: `the heading above clause ${clause}`, text: plainWords(heading) });
  return out;
}

/** One claim, as the checks see it. */
export interface ClaimFacts {
  /** Field path in the file: `lines[2]`, `chair`, `members[3]`. */
  field: string;
  /** The words the claim rests on. */
  quote: Quote;
  /** Its status, as written or as inherited from its body. */
  status: ClaimStatus;
  /** Words that show the status (for an inherited status, the body's). */
  statusWords?: Quote | undefined;
  /** "the body's status", when the claim takes its status from its body. */
  inherited?: string | undefined;
  /** Words of the claim's clause that name its subject, object and scope. */
  subject?: string | undefined;
  object?: string | undefined;
  scope?: string | undefined;
}

const reading = (status: Exclude<ClaimStatus, 'in-force'>) =>
  status === 'recommended' ? 'a recommendation' : status === 'proposed' ? 'a proposal' : 'an aspiration';

/**
 * What is wrong with a claim, as sentences that start with its field (the caller adds the file and
 * owner). `sourceOf` gives a document's MDX source. Quotations themselves are checked elsewhere.
 */
export function claimProblems(claim: ClaimFacts, sourceOf: (document: string) => string | undefined): string[] {
  const problems: string[] = [];
  const { citation } = claim.quote;
  const source = sourceOf(citation.document);
  const text = source === undefined ? undefined : clauseSource(source, citation.clause);
  if (source === undefined || text === undefined) return problems; // a missing clause is reported where it is cited
  const words = plainWords(text);
  for (const key of ['subject', 'object', 'scope'] as const) {
    const value = claim[key];
    if (value !== undefined && !words.includes(plainWords(value))) {
      problems.push(
        `field "${claim.field}.${key}" is "${value}", which is not in clause ${citation.clause} of ${citation.document}. Give the ${key} in the words of the clause the claim quotes.`,
      );
    }
  }
  if (claim.status !== 'in-force') {
    const evidence = [claim.quote.words, claim.statusWords?.words ?? ''].join('\n');
    if (!statusMarker(claim.status, evidence)) {
      problems.push(
        `field "${claim.field}.status" is "${claim.status}"${claim.inherited ? ` (${claim.inherited})` : ''}, but neither its words nor "statusWords" show it. Quote the words that make it ${reading(claim.status)} in "statusWords" (words such as ${markerExamples[claim.status]}), or give the status the words state.`,
      );
    }
  } else if (claim.statusWords) {
    const found = readsAs(plainWords(claim.statusWords.words));
    if (found) {
      problems.push(
        `field "${claim.field}" is in force, but its "statusWords" read as ${reading(found.status)} ("${found.word}": "${claim.statusWords.words}"). Set "status: ${found.status}", or quote words that show it in force.`,
      );
    }
  } else {
    for (const part of [{ where: 'its words', text: plainWords(claim.quote.words) }, ...statusContext(source, citation.clause)]) {
      const found = readsAs(part.text);
      if (found) {
        problems.push(
          `field "${claim.field}" is in force, but ${part.where === 'its words' ? 'its words read' : `${part.where} of ${citation.document} reads`} as ${reading(found.status)} ("${found.word}"). Set "status: ${found.status}" with the words that show it in "statusWords", or, if the words do state it in force, quote the words that show that in "statusWords".`,
        );
        break;
      }
    }
  }
  return problems;
}

const markerExamples: Record<Exclude<ClaimStatus, 'in-force'>, string> = {
  recommended: '"Cabinet are asked to:", "AGREE", "it is recommended"',
  proposed: '"key proposals", "emerging", "the new"',
  aspiration: '"we aspire", "in the future"',
};

/** A fact as written in a body file: its words, and optionally its own status, status words, scope and subject. */
interface FactInput extends Quote {
  status?: ClaimStatus | undefined;
  statusWords?: Quote | undefined;
  scope?: string | undefined;
  subject?: string | undefined;
}

/** The parts of a body that are claims, as a body file has them. */
export interface BodyClaimsInput {
  id: string;
  status?: ClaimStatus | undefined;
  statusWords?: Quote | undefined;
  lines?: readonly { to: string; kind: string; quote: Quote; status: ClaimStatus; statusWords?: Quote | undefined; scope?: string | undefined; subject?: string | undefined; object?: string | undefined }[];
  chair?: FactInput | undefined;
  viceChair?: FactInput | undefined;
  meets?: FactInput | undefined;
  decisions?: FactInput | undefined;
  review?: FactInput | undefined;
  number?: FactInput | undefined;
  scrutiny?: readonly FactInput[];
  members?: readonly { role: string; citation?: { document: string; clause: string } | undefined; status?: ClaimStatus | undefined; statusWords?: Quote | undefined }[];
  membersCitation?: { document: string; clause: string } | undefined;
}

/**
 * A fact's status: its own, or else its body's (with the body's status words). A body in force
 * lends nothing but "in force", so a fact in words that read as a proposal still has to show why.
 */
export function factStatus(
  fact: { status?: ClaimStatus | undefined; statusWords?: Quote | undefined },
  body: { status?: ClaimStatus | undefined; statusWords?: Quote | undefined },
): { status: ClaimStatus; statusWords?: Quote | undefined; inherited: boolean } {
  if (fact.status !== undefined) return { status: fact.status, statusWords: fact.statusWords, inherited: false };
  const status = body.status ?? 'in-force';
  return { status, statusWords: fact.statusWords ?? (status === 'in-force' ? undefined : body.statusWords), inherited: status !== 'in-force' };
}

/** Every claim of a body, each with its field path, for `claimProblems`. */
export function bodyClaims(body: BodyClaimsInput): ClaimFacts[] {
  const inherited = `the status of body "${body.id}"`;
  const fact = (field: string, f: FactInput | undefined): ClaimFacts[] => {
    if (!f) return [];
    const s = factStatus(f, body);
    return [{ field, quote: { citation: f.citation, words: f.words }, status: s.status, statusWords: s.statusWords, inherited: s.inherited ? inherited : undefined, scope: f.scope, subject: f.subject }];
  };
  const members = (body.members ?? []).flatMap((m, i): ClaimFacts[] => {
    const citation = m.citation ?? body.membersCitation;
    if (!citation) return [];
    const s = factStatus(m, body);
    return [{ field: `members[${i}]`, quote: { citation, words: m.role }, status: s.status, statusWords: s.statusWords, inherited: s.inherited ? inherited : undefined }];
  });
  return [
    ...(body.lines ?? []).map((l, i) => ({ field: `lines[${i}]`, quote: l.quote, status: l.status, statusWords: l.statusWords, scope: l.scope, subject: l.subject, object: l.object })),
    ...(['chair', 'viceChair', 'meets', 'decisions', 'review', 'number'] as const).flatMap((key) => fact(key, body[key])),
    ...(body.scrutiny ?? []).flatMap((s, i) => fact(`scrutiny[${i}]`, s)),
    ...members,
  ];
}

/** How a claim that is not in force is marked on the site: "Recommended, not in force". */
export function statusNote(status: ClaimStatus | undefined): string | undefined {
  if (status === undefined || status === 'in-force') return undefined;
  const label = STATUS_LABELS[status];
  return `${label[0]!.toUpperCase()}${label.slice(1)}, not in force`;
}
