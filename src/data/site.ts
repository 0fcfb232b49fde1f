/**
 * The site's content, loaded once per build and checked as a whole. Every page reaches content
 * through here, so a dangling reference or a citation of a missing clause fails the build with the
 * file, the field and what was expected.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { clausesInMdx, type ClauseOccurrence } from '~/lib/clauses';
import { duplicateIds, messageLocation, validateSite, type SiteFacts } from '~/lib/validate';
import type { Rule } from '~/lib/rules/types';
import { asRule } from '~/schemas/rule';
import type { GlossaryEntry as GlossaryData } from '~/schemas/glossary';
import { mdxLookup, withLists, type ClauseLookup } from '~/lib/quotes';
import { toolOf } from '~/lib/rules/tools';
import { documentTypeLabels } from '~/schemas/document';
import { dutiesInMdx } from '~/lib/duties';
import { briefingReferences, embedIds } from '~/lib/briefings';
import type { Duty } from '~/lib/partners';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export type DocEntry = CollectionEntry<'docs'>;
export type TrustEntry = CollectionEntry<'trusts'>;
export type BodyEntry = CollectionEntry<'bodies'>;
export type PlanEntry = CollectionEntry<'plans'>;
export type PartnerEntry = CollectionEntry<'partners'>;
/** The glossary's loader is a custom one, so its entries are typed here from the schema it validates with. */
export type GlossaryEntry = Omit<CollectionEntry<'glossary'>, 'data'> & { data: GlossaryData };
export type RuleEntry = CollectionEntry<'rules'>;
export type BriefingEntry = CollectionEntry<'briefings'>;

export interface Site {
  trusts: TrustEntry[];
  documents: DocEntry[];
  guides: DocEntry[];
  bodies: BodyEntry[];
  plans: PlanEntry[];
  partners: PartnerEntry[];
  glossary: GlossaryEntry[];
  /** Governance rules, typed for the engines. */
  rules: Rule[];
  /** Clause ids defined by each document, in page order. */
  clauses: Map<string, ClauseOccurrence[]>;
  /** Every duty marked with <Duty> in the documents, in document and page order. */
  duties: Duty[];
  briefings: BriefingEntry[];
  /** The clauses of every document, for filling in the lists that quoted lead-ins introduce. */
  lookup: ClauseLookup;
}

/** Lines of a document file before its body (the frontmatter), so messages give the file's own line numbers. */
function bodyLineOffset(file: string, body: string): number {
  try {
    const text = readFileSync(file, 'utf8');
    const at = text.indexOf(body.slice(0, 200));
    return at < 0 ? 0 : text.slice(0, at).split('\n').length - 1;
  } catch {
    return 0;
  }
}

const fileOf = (entry: { filePath?: string | undefined; id: string }, fallback: string) =>
  entry.filePath ?? `${fallback}/${entry.id}`;

/** A data file's text, so that a message can give the line of a quotation in it. */
function textOf(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * The error that fails the build for broken content. Astro prints an error's `loc` as its
 * "Location:", and otherwise takes it from the stack, which points into node_modules; here it is the
 * content file of the first message (and its line, when the message gives one). The stack, which
 * would name only the site's loader and Astro's internals, is replaced by that same place, so that
 * everything the build prints about the error points at the file to correct.
 */
function contentError(errors: readonly string[]): Error {
  const error = new Error(
    `The content has ${errors.length} problem${errors.length === 1 ? '' : 's'} to correct:\n${errors.map((e) => `  - ${e}`).join('\n')}`,
  );
  const at = errors.map(messageLocation).find((l) => l !== undefined);
  if (!at) return error;
  const loc = { file: at.file, line: at.line ?? 1, column: 1 };
  Object.assign(error, { loc });
  error.stack = `${error.name}: ${error.message}\n    at ${loc.file}:${loc.line}:${loc.column}`;
  return error;
}

/** The source texts under content/sources/, as "<trust>/<name>.txt". */
function sourceTexts(): string[] {
  const root = 'content/sources';
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(`${root}/${d.name}`).filter((f) => f.endsWith('.txt')).map((f) => `${d.name}/${f}`));
}

let loading: Promise<Site> | undefined;

async function load(): Promise<Site> {
  const [docs, trusts, bodies, plans, partners, glossary, ruleEntries, briefings, sources] = await Promise.all([
    getCollection('docs'),
    getCollection('trusts'),
    getCollection('bodies'),
    getCollection('plans'),
    getCollection('partners'),
    getCollection('glossary') as Promise<GlossaryEntry[]>,
    getCollection('rules'),
    getCollection('briefings'),
    getCollection('sources'),
  ]);
  // A quoted lead-in ending in ":" carries the list it introduces, from the document itself.
  const lookup = mdxLookup(new Map(docs.map((d) => [d.id, d.body ?? ''])));
  const rules = ruleEntries.map((r) => withLists(asRule(r.data), lookup));
  const byDate = (a: DocEntry, b: DocEntry) => (a.data.issued?.getTime() ?? 0) - (b.data.issued?.getTime() ?? 0);
  const documents = docs.filter((d) => d.data.documentType !== 'guide').sort(byDate);
  const guides = docs.filter((d) => d.data.documentType === 'guide');

  const clauses = new Map<string, ClauseOccurrence[]>();
  for (const doc of docs) {
    const own = clausesInMdx(doc.body ?? '');
    const actions = plans
      .filter((p) => p.data.document === doc.id)
      .flatMap((p) => p.data.proposals.flatMap((pr) => pr.actions.map((a) => ({ id: `action-${a.number}`, line: 0 }))));
    clauses.set(doc.id, [...own, ...actions]);
  }

  const duties: Duty[] = [];
  const dutyFacts: SiteFacts['duties'] = [];
  for (const doc of documents) {
    const file = fileOf(doc, 'content/docs');
    const offset = bodyLineOffset(file, doc.body ?? '');
    const found = dutiesInMdx(doc.body ?? '');
    const marks = found.duties.map((d) => ({ ...d, line: d.line + offset }));
    dutyFacts.push({ file, document: doc.id, trust: doc.data.trust, marks, problems: found.problems.map((p) => ({ ...p, line: p.line + offset })) });
    duties.push(...marks.map((d) => ({ ...d, document: doc.id, trust: doc.data.trust ?? '', issued: doc.data.issued?.toISOString().slice(0, 10) })));
  }

  const facts: SiteFacts = {
    trusts: trusts.map((t) => ({ id: t.data.id, file: fileOf(t, 'content/trusts') })),
    partners: partners.map((p) => ({
      id: p.data.id,
      file: fileOf(p, 'content/partners'),
      trusts: p.data.trusts,
      aliases: p.data.aliases,
      statutory: p.data.statutory,
      text: textOf(fileOf(p, 'content/partners')),
      members: p.data.members,
      unlisted: p.data.unlisted,
    })),
    duties: dutyFacts,
    briefings: briefings.map((b) => {
      const file = fileOf(b, 'content/briefings');
      const offset = bodyLineOffset(file, b.body ?? '');
      const refs = briefingReferences(b.body ?? '');
      return {
        id: b.id,
        file,
        document: b.data.document,
        embeds: refs.embeds.map((e) => ({ ...e, line: e.line + offset })),
        sources: refs.sources.map((s) => ({ ...s, line: s.line + offset })),
        embeddable: embedIds({
          rules,
          trusts: trusts.map((t) => ({ id: t.data.id, name: t.data.name })),
          plans: plans.map((p) => ({ id: p.data.id, title: p.data.title })),
        }),
      };
    }),
    documents: docs.map((d) => {
      const file = fileOf(d, 'content/docs');
      const offset = bodyLineOffset(file, d.body ?? '');
      return {
        id: d.id,
        file,
        trust: d.data.trust,
        supersedes: d.data.supersedes,
        supersededBy: d.data.supersededBy,
        // Lines of the file, not of the body, so that messages point where the editor looks.
        clauses: (clauses.get(d.id) ?? []).map((c) => (c.line > 0 ? { ...c, line: c.line + offset } : c)),
        source: d.body,
        sourceFile: d.data.source?.file,
      };
    }),
    bodies: bodies.map((b) => ({
      id: b.data.id,
      file: fileOf(b, 'content/bodies'),
      trust: b.data.trust,
      lines: b.data.lines,
      principal: b.data.principal,
      members: b.data.members,
      quoted: { statusWords: b.data.statusWords, lines: b.data.lines, members: b.data.members, chair: b.data.chair, viceChair: b.data.viceChair, meets: b.data.meets, decisions: b.data.decisions, scrutiny: b.data.scrutiny, review: b.data.review, number: b.data.number, membersCitation: b.data.membersCitation, notStated: b.data.notStated },
      claims: b.data,
      citations: b.data.citations,
      text: textOf(fileOf(b, 'content/bodies')),
    })),
    plans: plans.map((p) => ({
      id: p.data.id,
      file: fileOf(p, 'content/plans'),
      trust: p.data.trust,
      document: p.data.document,
      citations: [],
    })),
    rules: ruleEntries.map((r, i) => ({ id: r.data.id, file: fileOf(r, 'content/rules'), rule: rules[i]!, text: textOf(fileOf(r, 'content/rules')) })),
    sources: { texts: sourceTexts(), declared: sources.map((s) => `${s.id}.txt`) },
    glossary: glossary.map((g) => ({ file: fileOf(g, 'content/glossary'), term: g.data.term, kind: g.data.kind, acronym: g.data.acronym })),
    citing: [
      ...glossary.flatMap((g) =>
        g.data.citation
          ? [{ file: fileOf(g, 'content/glossary'), owner: `glossary term "${g.id}"`, field: 'citation', citation: g.data.citation }]
          : [],
      ),
      // A defined term's definitions are quotations: each must be in its clause as printed.
      ...glossary.flatMap((g) =>
        g.data.definitions.map((d, i) => ({
          file: fileOf(g, 'content/glossary'),
          owner: `glossary term "${g.id}"`,
          field: `definitions[${i}].citation`,
          citation: d.citation,
          words: d.words,
          text: textOf(fileOf(g, 'content/glossary')),
        })),
      ),
      ...plans.flatMap((p) =>
        p.data.printedIn
          ? [{ file: fileOf(p, 'content/plans'), owner: `plan "${p.data.id}"`, field: 'printedIn.citation', citation: p.data.printedIn.citation }]
          : [],
      ),
      ...trusts.flatMap((t) =>
        t.data.established
          ? [{ file: fileOf(t, 'content/trusts'), owner: `trust "${t.data.id}"`, field: 'established.citation', citation: t.data.established.citation }]
          : [],
      ),
    ],
  };
  for (const entry of [...trusts, ...partners, ...bodies, ...plans, ...ruleEntries]) {
    const file = fileOf(entry, 'content');
    const stem = file.replace(/^.*\//, '').replace(/\.yaml$/, '');
    if (entry.data.id !== stem) {
      throw contentError([`${file}: field "id" is "${entry.data.id}" but the file is named "${stem}.yaml". Name the file after its id.`]);
    }
  }
  const errors = [
    ...duplicateIds('trust', facts.trusts),
    ...duplicateIds('partner', facts.partners),
    ...duplicateIds('body', facts.bodies),
    ...duplicateIds('plan', facts.plans),
    ...validateSite(facts),
  ];
  if (errors.length > 0) {
    throw contentError(errors);
  }
  return { trusts, documents, guides, bodies, plans, partners, glossary, rules, clauses, duties, briefings, lookup };
}

/**
 * How a document is named in citations: "Kent partnership agreement (2008)". Built from the trust's
 * area, the document type and the year, because several documents share titles like "Children's Trust".
 */
export async function documentNames(): Promise<Record<string, string>> {
  const site = await getSite();
  const area = new Map(site.trusts.map((t) => [t.data.id, t.data.area]));
  return Object.fromEntries(
    site.documents.map((d) => {
      const type = documentTypeLabels[d.data.documentType].toLowerCase();
      const year = d.data.issued ? ` (${d.data.issued.getUTCFullYear()})` : '';
      return [d.id, `${area.get(d.data.trust ?? '') ?? ''} ${type}${year}`.trim()];
    }),
  );
}

/** Routes `/…/<tool>/<rule-id>/` for every rule, for tool pages and embeds. */
export async function ruleRoutes() {
  return (await getSite()).rules.map((rule) => ({ params: { tool: toolOf(rule.kind).widget, rule: rule.id }, props: { rule } }));
}

/** The whole site, validated. Throws (failing the build) if any reference is broken. */
export function getSite(): Promise<Site> {
  loading ??= load();
  return loading;
}

export async function getTrust(id: string): Promise<TrustEntry> {
  const trust = (await getSite()).trusts.find((t) => t.data.id === id);
  if (!trust) throw new Error(`No trust "${id}" in content/trusts/.`);
  return trust;
}

export async function getPlan(id: string): Promise<PlanEntry['data']> {
  const plan = (await getSite()).plans.find((p) => p.data.id === id);
  if (!plan) throw new Error(`No plan "${id}" in content/plans/ (known: ${(await getSite()).plans.map((p) => p.data.id).join(', ')}).`);
  return plan.data;
}
