/**
 * Cross-entry checks that zod cannot make: every reference between entries resolves, every cited
 * clause exists, no document defines a clause id twice. Pure: takes plain data, returns messages.
 * `src/data/site.ts` feeds it the content collections and fails the build if any message comes back.
 */
import { clauseSource, duplicateClauses, nearbyClauses, plainWords, type ClauseOccurrence } from './clauses';
import type { DutyProblem } from './duties';
import { evaluateQuery } from './rules/explain';
import type { Rule } from './rules/types';

/** A clause of a document as printed: `{ document: 'kent/partnership-agreement-2008', clause: '10.4' }`. */
export interface Citation {
  document: string;
  clause: string;
}

export interface Located {
  id: string;
  /** Path of the source file, relative to the project root. */
  file: string;
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
  accountableTo: string[];
  /** Lines to other bodies; each `accountableTo` id must have an `accountable-to` line. */
  lines?: { to: string; kind: string }[];
  /** True for the trust's own board; one per trust. */
  principal?: boolean;
  members: { partner: string }[];
  /** Everything else that quotes or cites a document (chair, meets, lines…), checked like rules. */
  quoted?: unknown;
  citations: Citation[];
}

export interface PlanFacts extends Located {
  trust: string;
  document: string;
  citations: Citation[];
}

/** Any other entry that cites a clause (a glossary term, a trust's founding date...). */
export interface CitingFacts {
  file: string;
  owner: string;
  field: string;
  citation: Citation;
}

export interface PartnerFacts extends Located {
  trusts: string[];
  aliases: { name: string; trusts: string[] }[];
  statutory: { quote: { citation: Citation; words: string } }[];
}

/** The `<Duty>` marks of one document, with what is wrong with their shape. */
export interface DutyFacts {
  file: string;
  document: string;
  marks: { line: number; clause: string; partners: string[] }[];
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

  const quote = (file: string, owner: string, field: string, citation: Citation, words: string) => {
    const source = sources.get(citation.document);
    const text = source === undefined ? undefined : clauseSource(source, citation.clause);
    if (text === undefined) return; // reported by cite()
    if (!plainWords(text).includes(plainWords(words))) {
      errors.push(
        `${file}: ${owner} field "${field}" quotes words that are not in clause ${citation.clause} of ${citation.document}. Quote the clause exactly as printed: "${plainWords(words)}"`,
      );
    }
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
    body.accountableTo.forEach((target, i) => ref(body.file, owner, `accountableTo[${i}]`, 'body', target, bodies));
    body.members.forEach((m, i) => ref(body.file, owner, `members[${i}].partner`, 'partner', m.partner, partners));
    body.citations.forEach((c, i) => cite(body.file, owner, `citations[${i}]`, c));
    (body.lines ?? []).forEach((line, i) => {
      ref(body.file, owner, `lines[${i}].to`, 'body', line.to, bodies);
      if (line.to === body.id) errors.push(`${body.file}: ${owner} field "lines[${i}].to" points at the body itself.`);
    });
    body.accountableTo.forEach((target, i) => {
      if (bodies.has(target) && !(body.lines ?? []).some((l) => l.to === target && l.kind === 'accountable-to')) {
        errors.push(
          `${body.file}: ${owner} field "accountableTo[${i}]" names "${target}" but no line of kind accountable-to quotes the words that say so. Add it to "lines".`,
        );
      }
    });
    for (const { field, citation, words } of citationsIn(body.quoted ?? {})) {
      cite(body.file, owner, field, citation);
      if (words !== undefined) quote(body.file, owner, field.replace(/\.citation$/, '.words'), citation, words);
    }
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
      quote(partner.file, owner, `statutory[${i}].quote.words`, q.citation, q.words);
    });
  }

  for (const doc of site.duties) {
    for (const p of doc.problems) errors.push(`${doc.file}:${p.line}: ${p.message}`);
    for (const mark of doc.marks) {
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
  for (const c of site.citing) cite(c.file, c.owner, c.field, c.citation);

  const ruleIds = new Map<string, string>();
  for (const { file, rule } of site.rules) {
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
      if (words !== undefined) quote(file, owner, field.replace(/\.citation$/, '.words'), citation, words);
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
