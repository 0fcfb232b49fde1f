/**
 * Cross-entry checks that zod cannot make: every reference between entries resolves, every cited
 * clause exists, no document defines a clause id twice. Pure: takes plain data, returns messages.
 * `src/data/site.ts` feeds it the content collections and fails the build if any message comes back.
 */
import { clauseSource, duplicateClauses, nearbyClauses, plainWords, type ClauseOccurrence } from './clauses';
import { differenceLines, quoteDifference } from './quote-diff';
import { TRUST_AS_BODY, type DutyProblem } from './duties';
import { evaluateQuery } from './rules/explain';
import type { Rule } from './rules/types';
import { bodyClaims, claimProblems, statusMarker, STATUS_LABELS, type BodyClaimsInput } from './claims';
import { lineKindProblem, LINE_KINDS, type LineKind } from './structure';

/** A clause of a document as printed: `{ document: 'kent/partnership-agreement-2008', clause: '10.4' }`. */
export interface Citation {
  document: string;
  clause: string;
}

export interface Located {
  id: string;
  /** Path of the source file, relative to the project root. */
  file: string;
  /** The file's text, when a message should give the line of a quotation in it. */
  text?: string | undefined;
}

export interface DocumentFacts extends Located {
  trust?: string | undefined;
  supersedes?: string | undefined;
  supersededBy?: string | undefined;
  clauses: ClauseOccurrence[];
  /** The MDX source, for checking quotations against the clause they cite. */
  source?: string | undefined;
  /** `source.file` from the frontmatter: the source text under content/sources/. */
  sourceFile?: string | undefined;
}

export interface RuleFacts extends Located {
  rule: Rule;
}

export interface BodyFacts extends Located {
  trust: string;
  /** Lines to other bodies, each with the words that state it. */
  lines?: { to: string; kind: string }[];
  /** True for the trust's own board; one per trust. */
  principal?: boolean;
  members: { partner: string }[];
  /** Everything else that quotes or cites a document (chair, meets, lines…), checked like rules. */
  quoted?: unknown;
  /** The body's claims (lines, facts, members) with their status, scope and subject, checked by lib/claims.ts. */
  claims?: BodyClaimsInput | undefined;
  citations: Citation[];
}

export interface PlanFacts extends Located {
  trust: string;
  document: string;
  citations: Citation[];
}

/** Any other entry that cites a clause (a glossary term, a trust's founding date...), with the words it quotes if any. */
export interface CitingFacts {
  file: string;
  owner: string;
  field: string;
  citation: Citation;
  words?: string | undefined;
  /** The file's text, for the line of a quotation. */
  text?: string | undefined;
}

export interface PartnerFacts extends Located {
  trusts: string[];
  aliases: { name: string; trusts: string[] }[];
  statutory: { quote: { citation: Citation; words: string } }[];
  /** A listed collective's members, trust by trust, each list and each member quoting its clause. */
  members?: { trust: string; citation: Citation; words: string; partners: { partner: string; words: string }[] }[];
  /** Trusts whose documents do not list a collective's members, with the nearest words. */
  unlisted?: { trust: string; nearest: { citation: Citation; words: string } }[];
}

/** The `<Duty>` marks of one document, with what is wrong with their shape. */
export interface DutyFacts {
  file: string;
  document: string;
  /** The document's trust: the bodies a mark names must be its bodies. */
  trust?: string | undefined;
  marks: { line: number; clause: string; partners: string[]; bodies?: string[] }[];
  problems: DutyProblem[];
}

/** A briefing: the document it sets out, the ids it embeds and the stretches of text it quotes. */
export interface BriefingFacts extends Located {
  document: string;
  embeds: { id: string; line: number }[];
  sources: { document: string; from: string; to: string; line: number }[];
  /** Every id a briefing may embed. */
  embeddable: string[];
}

export interface SiteFacts {
  trusts: Located[];
  partners: PartnerFacts[];
  documents: DocumentFacts[];
  bodies: BodyFacts[];
  plans: PlanFacts[];
  rules: RuleFacts[];
  citing: CitingFacts[];
  duties: DutyFacts[];
  briefings?: BriefingFacts[];
  /**
   * The source texts under content/sources/ ("kent/partnership-agreement-2008.txt"), and which of
   * them have a furniture declaration (the `.yaml` of the same name).
   */
  sources?: { texts: string[]; declared: string[] };
  /** The glossary's entries: a term's `acronym` must be an acronym of the glossary. */
  glossary?: { file: string; term: string; kind: 'acronym' | 'term'; acronym?: string | undefined }[];
}

/** Edit distance, for "did you mean" in messages. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The known id closest to a mistyped one, when it is close enough to be a likely typo. */
export function closest(value: string, known: Iterable<string>): string | undefined {
  let best: { id: string; d: number } | undefined;
  for (const id of known) {
    const d = distance(value, id);
    if (!best || d < best.d) best = { id, d };
  }
  return best && best.d <= Math.max(2, Math.floor(value.length / 3)) ? best.id : undefined;
}

/** Every citation and quotation inside a value, with its field path (`readings[0].quote.citation`). */
export function citationsIn(value: unknown, path = ''): { field: string; citation: Citation; words?: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => citationsIn(item, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if (typeof record.document === 'string' && typeof record.clause === 'string') {
    return [{ field: path, citation: { document: record.document, clause: record.clause } }];
  }
  if (typeof record.words === 'string' && record.citation && typeof record.citation === 'object') {
    const [inner] = citationsIn(record.citation, `${path}.citation`);
    return inner ? [{ ...inner, words: record.words }] : [];
  }
  return Object.entries(record).flatMap(([key, item]) => citationsIn(item, path ? `${path}.${key}` : key));
}

/**
 * Entries of one collection that share an id, each named with both files: the glob loader keys
 * entries by path, so two files in different folders may both say \`id: police\`.
 */
export function duplicateIds(collection: string, entries: Located[]): string[] {
  const first = new Map<string, string>();
  const errors: string[] = [];
  for (const { id, file } of [...entries].sort((a, b) => a.file.localeCompare(b.file))) {
    const seen = first.get(id);
    if (seen === undefined) first.set(id, file);
    else errors.push(`${file}: ${collection} id "${id}" is already used by ${seen}. Ids must be unique; rename one file and its "id".`);
  }
  return errors;
}

const list = (ids: Iterable<string>) => [...ids].sort().join(', ') || 'none';

/**
 * The 1-based line of a data file on which quoted words stand, as YAML writes them (plain, in
 * double quotes with `\"` escapes, or in single quotes with `''`); undefined when not found.
 */
export function lineOfWords(text: string, words: string): number | undefined {
  const head = words.slice(0, 40);
  const forms = [head, JSON.stringify(head).slice(1, -1), head.replace(/'/g, "''")];
  const lines = text.split(/\r?\n/);
  const at = lines.findIndex((line) => forms.some((form) => line.includes(form)));
  return at < 0 ? undefined : at + 1;
}

/** Where a message of validateSite points: its file and, when it gives one, the line. */
export function messageLocation(message: string): { file: string; line?: number } | undefined {
  const match = /^([^\s:]+\.(?:ya?ml|mdx?))(?::(\d+))?: /.exec(message);
  if (!match) return undefined;
  return match[2] ? { file: match[1]!, line: Number(match[2]) } : { file: match[1]! };
}

/**
 * The message for a quotation that is not in its clause. It names the file (and line), the field
 * and the clause, and then helps: the clause that does hold the words, if another does; or the
 * clause's nearest words under the quote with a caret at the first difference and what the two
 * characters there are (’ against ', an en dash against a hyphen, a zero-width space); or, when
 * nothing in the clause is close, the clause's opening words. Both sides are compared as
 * plainWords() gives them: Markdown marks dropped and every run of spaces of any kind (a
 * non-breaking space too) one space, so spacing never makes a difference.
 */
function quoteMessage(q: {
  file: string;
  line: number | undefined;
  owner: string;
  field: string;
  citation: Citation;
  quoted: string;
  printed: string;
  source: string;
}): string {
  const where = `${q.file}${q.line === undefined ? '' : `:${q.line}`}`;
  const head = `${where}: ${q.owner} field "${q.field}" quotes words that are not in clause ${q.citation.clause} of ${q.citation.document}.`;
  const elsewhere = [...q.source.matchAll(/<Clause\b[^>]*?\bn="([^"]+)"/g)]
    .map((m) => m[1]!)
    .find((id) => id !== q.citation.clause && plainWords(clauseSource(q.source, id) ?? '').includes(q.quoted));
  if (elsewhere) return `${head} They are in clause ${elsewhere}: cite that clause. Quoted: "${q.quoted}"`;
  const difference = quoteDifference(q.quoted, q.printed)!;
  if (difference.unlike) {
    const opening = Array.from(q.printed);
    return [
      `${head} The clause has no words close to them: check the citation, or quote the clause exactly as printed.`,
      `    quoted: "${q.quoted}"`,
      `    clause ${q.citation.clause} begins: "${opening.slice(0, 120).join('')}${opening.length > 120 ? '…' : ''}"`,
    ].join('\n');
  }
  return [
    `${head} Quote the clause exactly as printed; its nearest words differ at the caret:`,
    ...differenceLines(q.quoted, difference),
    `    the clause's words: "${difference.nearest}"`,
  ].join('\n');
}

export function validateSite(site: SiteFacts): string[] {
  const errors: string[] = [];
  const trusts = new Set(site.trusts.map((t) => t.id));
  const partners = new Set(site.partners.map((p) => p.id));
  const bodies = new Set(site.bodies.map((b) => b.id));
  const documents = new Map(site.documents.map((d) => [d.id, new Set(d.clauses.map((c) => c.id))]));
  const sources = new Map(site.documents.map((d) => [d.id, d.source]));
  const documentIds = new Set(documents.keys());

  const ref = (file: string, owner: string, field: string, kind: string, value: string, known: Set<string>) => {
    if (!known.has(value)) {
      errors.push(
        `${file}: ${owner} field "${field}" names ${kind} "${value}", which does not exist (known ${kind === 'body' ? 'bodies' : `${kind}s`}: ${list(known)}).`,
      );
    }
  };

  const cite = (file: string, owner: string, field: string, citation: Citation) => {
    const clauses = documents.get(citation.document);
    if (!clauses) {
      errors.push(
        `${file}: ${owner} field "${field}" cites document "${citation.document}", which does not exist (known documents: ${list(documents.keys())}).`,
      );
    } else if (!clauses.has(citation.clause)) {
      errors.push(
        `${file}: ${owner} field "${field}" cites clause ${citation.clause} of ${citation.document}, which has no such clause (clauses near it: ${nearbyClauses(citation.clause, [...clauses]).join(', ')}).`,
      );
    }
  };

  const quote = (file: string, owner: string, field: string, citation: Citation, words: string, text?: string) => {
    const source = sources.get(citation.document);
    const clause = source === undefined ? undefined : clauseSource(source, citation.clause);
    if (clause === undefined) return; // reported by cite()
    const quoted = plainWords(words);
    const printed = plainWords(clause);
    if (printed.includes(quoted)) return;
    errors.push(quoteMessage({ file, line: text === undefined ? undefined : lineOfWords(text, words), owner, field, citation, quoted, printed, source: source! }));
  };

  const bodyStatus = new Map(site.bodies.map((b) => [b.id, b.claims?.status ?? 'in-force']));
  /** Status, scope, subject and kind of every claim of a body: none may say more than its words. */
  const claimErrors = (body: BodyFacts, claims: BodyClaimsInput) => {
    const owner = `body "${body.id}"`;
    const status = claims.status ?? 'in-force';
    if (status !== 'in-force') {
      const shown = claims.statusWords && statusMarker(status, claims.statusWords.words);
      if (!shown) {
        errors.push(
          `${body.file}: ${owner} field "status" is "${status}", but ${claims.statusWords ? `its "statusWords" do not show it ("${claims.statusWords.words}")` : 'it has no "statusWords"'}. Quote the words that show the body is ${STATUS_LABELS[status]} in "statusWords".`,
        );
      }
    }
    for (const problem of bodyClaims(claims).flatMap((c) => claimProblems(c, (doc) => sources.get(doc)))) errors.push(`${body.file}: ${owner} ${problem}`);
    (claims.lines ?? []).forEach((line, i) => {
      if (!(LINE_KINDS as readonly string[]).includes(line.kind)) return; // the schema reports an unknown kind
      const problem = lineKindProblem(line.kind as LineKind, line.quote.words);
      if (problem) errors.push(`${body.file}: ${owner} field "lines[${i}].kind" ${problem}`);
      const pending = [body.id, line.to].find((id) => (bodyStatus.get(id) ?? 'in-force') !== 'in-force');
      if (line.status === 'in-force' && pending) {
        errors.push(
          `${body.file}: ${owner} field "lines[${i}].status" is "in-force", but body "${pending}" is ${STATUS_LABELS[bodyStatus.get(pending)!]}: a line to or from a body that is not in force cannot be in force. Give the line the status its words give it.`,
        );
      }
    });
    (claims.members ?? []).forEach((member, i) => {
      const citation = member.citation ?? claims.membersCitation;
      if (!citation) {
        errors.push(`${body.file}: ${owner} field "members[${i}]" has no clause: give "membersCitation" for the list, or a "citation" for this member.`);
      } else {
        quote(body.file, owner, `members[${i}].role`, citation, member.role);
      }
    });
  };

  for (const declared of site.sources?.declared ?? []) {
    if (!site.sources!.texts.includes(declared)) {
      errors.push(`content/sources/${declared.replace(/\.txt$/, '.yaml')}: declares the furniture of content/sources/${declared}, which does not exist. Add the text or remove the declaration.`);
    }
  }
  for (const doc of site.documents) {
    const owner = `document "${doc.id}"`;
    if (doc.trust !== undefined) ref(doc.file, owner, 'trust', 'trust', doc.trust, trusts);
    if (doc.supersedes !== undefined) ref(doc.file, owner, 'supersedes', 'document', doc.supersedes, documentIds);
    if (doc.supersededBy !== undefined) ref(doc.file, owner, 'supersededBy', 'document', doc.supersededBy, documentIds);
    if (doc.sourceFile !== undefined && site.sources) {
      const { texts } = site.sources;
      if (!texts.includes(doc.sourceFile)) {
        const near = closest(doc.sourceFile, texts);
        errors.push(
          `${doc.file}: ${owner} field "source.file" is "${doc.sourceFile}", but there is no content/sources/${doc.sourceFile}. Put the document's source text there${near ? ` (did you mean "${near}"?)` : ''}.`,
        );
      }
    }
    for (const [id, lines] of duplicateClauses(doc.clauses)) {
      errors.push(
        `${doc.file}: clause id "${id}" is defined ${lines.length} times (lines ${lines.join(', ')}). Clause ids must be unique on a page; give a repeated printed number a suffix, e.g. n="${id}-2" label="${id}".`,
      );
    }
  }

  for (const body of site.bodies) {
    const owner = `body "${body.id}"`;
    ref(body.file, owner, 'trust', 'trust', body.trust, trusts);
    body.members.forEach((m, i) => ref(body.file, owner, `members[${i}].partner`, 'partner', m.partner, partners));
    body.citations.forEach((c, i) => cite(body.file, owner, `citations[${i}]`, c));
    (body.lines ?? []).forEach((line, i) => {
      ref(body.file, owner, `lines[${i}].to`, 'body', line.to, bodies);
      if (line.to === body.id) errors.push(`${body.file}: ${owner} field "lines[${i}].to" points at the body itself.`);
    });
    for (const { field, citation, words } of citationsIn(body.quoted ?? {})) {
      cite(body.file, owner, field, citation);
      if (words !== undefined) quote(body.file, owner, field.replace(/\.citation$/, '.words'), citation, words, body.text);
    }
    if (body.claims) claimErrors(body, body.claims);
  }

  for (const trust of trusts) {
    const principal = site.bodies.filter((b) => b.trust === trust && b.principal);
    if (principal.length > 1) {
      errors.push(`${principal[1]!.file}: trust "${trust}" has ${principal.length} bodies marked principal (${principal.map((b) => b.id).join(', ')}); mark only its own board.`);
    }
  }

  for (const partner of site.partners) {
    const owner = `partner "${partner.id}"`;
    partner.trusts.forEach((t, i) => ref(partner.file, owner, `trusts[${i}]`, 'trust', t, trusts));
    partner.aliases.forEach((a, i) => a.trusts.forEach((t, j) => ref(partner.file, owner, `aliases[${i}].trusts[${j}]`, 'trust', t, trusts)));
    partner.statutory.forEach(({ quote: q }, i) => {
      cite(partner.file, owner, `statutory[${i}].quote.citation`, q.citation);
      quote(partner.file, owner, `statutory[${i}].quote.words`, q.citation, q.words, partner.text);
    });
    (partner.members ?? []).forEach((list, i) => {
      ref(partner.file, owner, `members[${i}].trust`, 'trust', list.trust, trusts);
      cite(partner.file, owner, `members[${i}].citation`, list.citation);
      quote(partner.file, owner, `members[${i}].words`, list.citation, list.words);
      list.partners.forEach((m, j) => {
        ref(partner.file, owner, `members[${i}].partners[${j}].partner`, 'partner', m.partner, partners);
        quote(partner.file, owner, `members[${i}].partners[${j}].words`, list.citation, m.words);
      });
    });
    (partner.unlisted ?? []).forEach((u, i) => {
      ref(partner.file, owner, `unlisted[${i}].trust`, 'trust', u.trust, trusts);
      cite(partner.file, owner, `unlisted[${i}].nearest.citation`, u.nearest.citation);
      quote(partner.file, owner, `unlisted[${i}].nearest.words`, u.nearest.citation, u.nearest.words);
    });
  }

  for (const doc of site.duties) {
    for (const p of doc.problems) errors.push(`${doc.file}:${p.line}: ${p.message}`);
    const ownBodies = new Set(site.bodies.filter((b) => b.trust === doc.trust).map((b) => b.id));
    for (const mark of doc.marks) {
      for (const id of (mark.bodies ?? []).filter((b) => b !== TRUST_AS_BODY && !ownBodies.has(b))) {
        const guess = closest(id, ownBodies);
        errors.push(
          `${doc.file}:${mark.line}: <Duty> in clause ${mark.clause} names body "${id}", which is not a body of trust "${doc.trust ?? '(none)'}"${guess ? ` (did you mean "${guess}"?)` : ''}. Expected ids from content/bodies/${doc.trust ?? '<trust>'}/ (${list(ownBodies)}), or "${TRUST_AS_BODY}" for the trust as a whole.`,
        );
      }
      for (const id of mark.partners.filter((p) => !partners.has(p))) {
        const guess = closest(id, partners);
        errors.push(
          `${doc.file}:${mark.line}: <Duty> in clause ${mark.clause} names partner "${id}", which does not exist${guess ? ` (did you mean "${guess}"?)` : ''}. Partners are the files in content/partners/: ${list(partners)}.`,
        );
      }
    }
  }

  for (const briefing of site.briefings ?? []) {
    const owner = `briefing "${briefing.id}"`;
    ref(briefing.file, owner, 'document', 'document', briefing.document, documentIds);
    const embeddable = new Set(briefing.embeddable);
    for (const e of briefing.embeds.filter((e) => !embeddable.has(e.id))) {
      const guess = closest(e.id, embeddable);
      errors.push(
        `${briefing.file}:${e.line}: <Embed id="${e.id}"> names no tool or diagram${guess ? ` (did you mean "${guess}"?)` : ''}. Ids are ${list(embeddable)}.`,
      );
    }
    for (const src of briefing.sources) {
      const clauses = documents.get(src.document);
      if (!clauses) {
        errors.push(`${briefing.file}:${src.line}: <Source document="${src.document}"> names no document (known documents: ${list(documents.keys())}).`);
        continue;
      }
      for (const [field, id, open] of [['from', src.from, 'start'], ['to', src.to, 'end']] as const) {
        if (id !== open && !clauses.has(id)) {
          errors.push(
            `${briefing.file}:${src.line}: <Source ${field}="${id}"> is not a clause of ${src.document} (clauses near it: ${nearbyClauses(id, [...clauses]).join(', ')}); use a clause id or "${open}".`,
          );
        }
      }
    }
  }

  for (const plan of site.plans) {
    const owner = `plan "${plan.id}"`;
    ref(plan.file, owner, 'trust', 'trust', plan.trust, trusts);
    ref(plan.file, owner, 'document', 'document', plan.document, documentIds);
    plan.citations.forEach((c, i) => cite(plan.file, owner, `citations[${i}]`, c));
  }
  const acronyms = new Set((site.glossary ?? []).filter((g) => g.kind === 'acronym').map((g) => g.term));
  for (const entry of site.glossary ?? []) {
    if (entry.acronym !== undefined && !acronyms.has(entry.acronym)) {
      const guess = closest(entry.acronym, acronyms);
      errors.push(
        `${entry.file}: glossary term "${entry.term}" field "acronym" names "${entry.acronym}", which is not an acronym of the glossary${guess ? ` (did you mean "${guess}"?)` : ''}. Add it as an acronym, or remove "acronym".`,
      );
    }
  }
  for (const c of site.citing) {
    cite(c.file, c.owner, c.field, c.citation);
    if (c.words !== undefined) quote(c.file, c.owner, c.field.replace(/\.citation$/, '.words'), c.citation, c.words, c.text);
  }

  const ruleIds = new Map<string, string>();
  for (const { file, rule, text } of site.rules) {
    const owner = `rule "${rule.id}"`;
    const seen = ruleIds.get(rule.id);
    if (seen) errors.push(`${file}: rule id "${rule.id}" is already used by ${seen}. Rule ids must be unique.`);
    ruleIds.set(rule.id, file);
    ref(file, owner, 'trust', 'trust', rule.trust, trusts);
    rule.bodies.forEach((b, i) => ref(file, owner, `bodies[${i}]`, 'body', b, bodies));
    if (rule.provision === 'not-stated') ref(file, owner, 'document', 'document', rule.document, documentIds);
    const people =
      rule.provision === 'stated' && rule.kind === 'quorum'
        ? { field: 'attendees', list: rule.attendees }
        : rule.provision === 'stated' && rule.kind === 'vote' && rule.voters.mode === 'listed'
          ? { field: 'voters.partners', list: rule.voters.partners }
          : undefined;
    people?.list.forEach((a, i) => {
      if (a.partner !== undefined) ref(file, owner, `${people.field}[${i}].partner`, 'partner', a.partner, partners);
    });
    for (const { field, citation, words } of citationsIn(rule)) {
      cite(file, owner, field, citation);
      if (words !== undefined) quote(file, owner, field.replace(/\.citation$/, '.words'), citation, words, text);
    }
    if (rule.provision === 'stated') {
      rule.examples.forEach((example, i) => {
        const { result: verdict, answers } = evaluateQuery(rule, example.query).verdict;
        if (verdict !== example.expect) {
          errors.push(
            `${file}: ${owner} field "examples[${i}]" ("${example.name}") expects "${example.expect}" but the rule gives "${verdict}". Correct the example or the rule.`,
          );
        }
        const others = Object.fromEntries(answers.filter((a) => a.reading !== undefined).map((a) => [a.reading!, a.result]));
        const shown = (o: Record<string, string>) => Object.entries(o).map(([k, v]) => `${k}: ${v}`).sort().join(', ') || 'none';
        if (shown(others) !== shown(example.others)) {
          errors.push(
            `${file}: ${owner} field "examples[${i}].others" ("${example.name}") lists ${shown(example.others)}, but the readings that change the answer give ${shown(others)}. List every reading whose answer differs, with its answer.`,
          );
        }
      });
      if (rule.kind === 'quorum') {
        // Each seat is a line of the list the rule quotes, as printed.
        const printed = new Set(rule.statement.flatMap((q) => q.items ?? []).map(plainWords));
        rule.seats.forEach((seat, i) => {
          if (printed.size > 0 && !printed.has(plainWords(seat.label))) {
            errors.push(`${file}: ${owner} field "seats[${i}].label" is "${seat.label}", which is not a line of the list the statement quotes (${[...printed].join('; ')}). Label each seat as its line is printed.`);
          }
        });
      }
    }
  }
  return errors;
}

/** A document's review file (src/schemas/review.ts), as the check needs it. */
export interface ReviewFacts {
  /** content/reviews/<trust>/<document>.yaml */
  file: string;
  /** The document it reviews: the file's path under content/reviews/, without `.yaml`. */
  document: string;
  clauses: { clause: string; claims: string[]; none?: true | undefined; findings: { claim?: string | undefined }[] }[];
  silences?: { claims: string[]; findings: { claim?: string | undefined }[] } | undefined;
}

/** A claim as the review check needs it (src/lib/claim-register.ts). */
export interface ClaimFacts {
  id: string;
  kind: string;
  says: string;
  cites: Citation[];
  silence?: string | undefined;
}

const short = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/**
 * Checks every review against the clauses and the claims: each entry names a clause of its
 * document and claims the site makes that cite that clause; each clause that has an entry lists
 * every claim that cites it (so a new or changed claim must be reviewed); a clause said to give
 * nothing gives nothing. Clauses with no entry are not errors: they are a review under way, which
 * the document's page and `npm run verify` report.
 */
export function validateReviews(reviews: readonly ReviewFacts[], documents: readonly { id: string; clauses: readonly string[] }[], claims: readonly ClaimFacts[]): string[] {
  const errors: string[] = [];
  const clausesOf = new Map(documents.map((d) => [d.id, d.clauses]));
  const byId = new Map(claims.map((c) => [c.id, c]));
  const citing = (document: string, clause: string) => claims.filter((c) => c.cites.some((x) => x.document === document && x.clause === clause));
  const describeClaim = (c: ClaimFacts) => `"${c.id}" (${c.kind}: ${short(c.says)})`;
  const unknown = (file: string, where: string, id: string) => {
    const guess = closest(id, byId.keys());
    errors.push(
      `${file}: ${where} lists claim "${id}", which the site does not make${guess ? ` (did you mean "${guess}"?)` : ''}. Claim ids are computed from the content (src/lib/claim-register.ts); the document's provenance page lists them.`,
    );
  };
  const findingsOutside = (file: string, where: string, findings: { claim?: string | undefined }[], listed: readonly string[]) => {
    for (const f of findings) {
      if (f.claim !== undefined && !listed.includes(f.claim)) {
        errors.push(`${file}: ${where} has a finding about claim "${f.claim}", which is not among its claims. List the claim, or name one that is.`);
      }
    }
  };

  for (const review of reviews) {
    const { file, document } = review;
    const clauses = clausesOf.get(document);
    if (!clauses) {
      errors.push(
        `${file}: reviews document "${document}", which does not exist (known documents: ${list(clausesOf.keys())}). Name the file after the document it reviews: content/reviews/<trust>/<document>.yaml.`,
      );
      continue;
    }
    const seen = new Map<string, number[]>();
    review.clauses.forEach((entry, i) => {
      seen.set(entry.clause, [...(seen.get(entry.clause) ?? []), i]);
      const where = `clause ${entry.clause}`;
      if (!clauses.includes(entry.clause)) {
        errors.push(
          `${file}: clauses[${i}] names clause ${entry.clause}, which ${document} does not have (clauses near it: ${nearbyClauses(entry.clause, [...clauses]).join(', ')}).`,
        );
        return;
      }
      for (const id of entry.claims) {
        const claim = byId.get(id);
        if (!claim) unknown(file, where, id);
        else if (!claim.cites.some((c) => c.document === document && c.clause === entry.clause)) {
          const cited = claim.cites.map((c) => (c.document === document ? c.clause : `${c.document} ${c.clause}`));
          errors.push(
            `${file}: ${where} lists claim "${id}", which does not cite clause ${entry.clause} of ${document} (it cites ${cited.join(', ') || 'no clause'}). List it under the clauses it cites.`,
          );
        }
      }
      const given = citing(document, entry.clause);
      if (entry.none) {
        if (given.length > 0) {
          errors.push(
            `${file}: ${where} says "none: true", but the site derives ${given.length} claim${given.length === 1 ? '' : 's'} from it: ${given.map(describeClaim).join('; ')}. Check ${given.length === 1 ? 'it' : 'them'} against the clause's words and list ${given.length === 1 ? 'it' : 'them'} under "claims".`,
          );
        }
      } else {
        for (const claim of given.filter((c) => !entry.claims.includes(c.id))) {
          errors.push(
            `${file}: ${where} does not list claim ${describeClaim(claim)}, which cites it. Check the claim against the clause's words and add it to "claims" (with a finding if it says more than they do).`,
          );
        }
      }
      findingsOutside(file, where, entry.findings, entry.claims);
    });
    for (const [clause, at] of seen) {
      if (at.length > 1) errors.push(`${file}: clause ${clause} has ${at.length} entries (clauses[${at.join('], clauses[')}]). Review each clause once.`);
    }
    if (review.silences) {
      const silent = claims.filter((c) => c.cites.length === 0 && c.silence === document);
      for (const id of review.silences.claims) {
        const claim = byId.get(id);
        if (!claim) unknown(file, 'silences', id);
        else if (!silent.includes(claim)) {
          errors.push(`${file}: silences lists claim "${id}", which is not a claim about the whole of ${document}. List it under the clauses it cites.`);
        }
      }
      for (const claim of silent.filter((c) => !review.silences!.claims.includes(c.id))) {
        errors.push(`${file}: silences does not list claim ${describeClaim(claim)}, a claim about the whole document. Check it and add it to "silences.claims".`);
      }
      findingsOutside(file, 'silences', review.silences.findings, review.silences.claims);
    }
  }
  return errors;
}
