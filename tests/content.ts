/**
 * The content collections, read for the tests as the build reads them: the same folders and file
 * patterns as src/content.config.ts, parsed with the project's own schemas. Tests take their
 * expectations from here (which trusts there are, how many documents each has, which bodies, rules
 * and briefings), so that adding a trust or a document changes what the tests expect instead of
 * failing them. Facts of one particular document are still pinned in the tests themselves.
 *
 * No Astro needed: the unit, component and end-to-end tests all import this.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { trustSchema, type Trust } from '../src/schemas/trust';
import { partnerSchema, type Partner } from '../src/schemas/partner';
import { bodySchema, type Body } from '../src/schemas/body';
import { planSchema, type Plan } from '../src/schemas/plan';
import { asRule, ruleSchema } from '../src/schemas/rule';
import { briefingSchema, type Briefing } from '../src/schemas/briefing';
import { reviewSchema, type Review } from '../src/schemas/review';
import { documentFields, type DocumentFields } from '../src/schemas/document';
import { glossarySchema, type GlossaryEntry } from '../src/schemas/glossary';
import type { Rule, StatedRule } from '../src/lib/rules/types';
import { dutiesInMdx } from '../src/lib/duties';
import { clausesInMdx } from '../src/lib/clauses';
import { boardMembership, type Duty, type PartnerInfo } from '../src/lib/partners';
import { mdxLookup, withLists } from '../src/lib/quotes';

export const CONTENT = resolve(import.meta.dirname, '../content');

/**
 * Files of a collection, relative to content/<dir>/, sorted. As the loaders' `**\/[^_]*.<ext>`
 * patterns: any depth, and a name starting with "_" is left out (a draft or a partial).
 */
export function contentFiles(dir: string, extensions: readonly string[]): string[] {
  const base = join(CONTENT, dir);
  const walk = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return walk(path);
      return !entry.name.startsWith('_') && extensions.some((ext) => entry.name.endsWith(`.${ext}`)) ? [path] : [];
    });
  return walk(base)
    .map((file) => relative(base, file).split(sep).join('/'))
    .sort();
}

/** A data entry and the file it came from (`content/bodies/kent/kent-kct-board.yaml`). */
export type WithFile<T> = T & { file: string };

/** The entries of a YAML collection, each parsed with its schema; a file that does not match fails with its name. */
function entries<S extends z.ZodType>(dir: string, schema: S): { file: string; data: z.infer<S> }[] {
  return contentFiles(dir, ['yaml']).map((name) => {
    const file = `content/${dir}/${name}`;
    const result = schema.safeParse(parse(readFileSync(join(CONTENT, dir, name), 'utf8')));
    if (!result.success) throw new Error(`${file} does not match its schema: ${result.error.message}`);
    return { file, data: result.data };
  });
}

const withFiles = <T extends object>(list: { file: string; data: T }[]): WithFile<T>[] => list.map(({ file, data }) => ({ ...data, file }));

/** The frontmatter block of an MDX file and the text after it, the frontmatter blanked so line numbers stay the file's. */
function splitFrontmatter(text: string): { frontmatter: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) return { frontmatter: {}, body: text };
  return {
    frontmatter: (parse(match[1]!) ?? {}) as Record<string, unknown>,
    body: '\n'.repeat(match[0].split('\n').length - 1) + text.slice(match[0].length),
  };
}

export interface DocumentEntry {
  /** Entry id, as the glob loader makes it: the path under content/docs/ without the extension. */
  id: string;
  file: string;
  /** The page's address, `/kent/partnership-agreement-2008/`. */
  path: string;
  title: string;
  data: DocumentFields;
  /** The whole file, frontmatter included. */
  source: string;
  /** The MDX after the frontmatter, with blank lines in its place so lines are the file's lines. */
  body: string;
}

let cache: Map<string, unknown> | undefined;
/** Each collection is read once per test file. */
function once<T>(key: string, read: () => T): T {
  cache ??= new Map();
  if (!cache.has(key)) cache.set(key, read());
  return cache.get(key) as T;
}

export const trusts = (): WithFile<Trust>[] => once('trusts', () => withFiles(entries('trusts', trustSchema)));
export const partners = (): WithFile<Partner>[] => once('partners', () => withFiles(entries('partners', partnerSchema)));
export const bodies = (): WithFile<Body>[] => once('bodies', () => withFiles(entries('bodies', bodySchema)));
export const plans = (): WithFile<Plan>[] => once('plans', () => withFiles(entries('plans', planSchema)));

/** Every rule, typed for the engines, each quoted lead-in with the list it introduces (as the build loads them). */
export const rules = (): Rule[] =>
  once('rules', () => {
    const lookup = mdxLookup(new Map(allDocuments().map((d) => [d.id, d.body])));
    return entries('rules', ruleSchema).map((e) => withLists(asRule(e.data), lookup));
  });
export const statedRules = (): StatedRule[] => rules().filter((r): r is StatedRule => r.provision === 'stated');

/** Every page of the docs collection: the source documents and the guides. */
export const allDocuments = (): DocumentEntry[] =>
  once('docs', () =>
    contentFiles('docs', ['md', 'mdx']).map((name) => {
      const file = `content/docs/${name}`;
      const source = readFileSync(join(CONTENT, 'docs', name), 'utf8');
      const { frontmatter, body } = splitFrontmatter(source);
      const result = documentFields.safeParse(frontmatter);
      if (!result.success) throw new Error(`${file} does not match its schema: ${result.error.message}`);
      const id = name.replace(/\.mdx?$/, '');
      return { id, file, path: `/${id}/`, title: String(frontmatter.title ?? ''), data: result.data, source, body };
    }),
  );

/** The trusts' documents (not the guides), oldest first, as src/data/site.ts orders them. */
export const documents = (): DocumentEntry[] =>
  allDocuments()
    .filter((d) => d.data.documentType !== 'guide')
    .sort((a, b) => (a.data.issued?.getTime() ?? 0) - (b.data.issued?.getTime() ?? 0));

export const documentsOf = (trust: string): DocumentEntry[] => documents().filter((d) => d.data.trust === trust);
export const bodiesOf = (trust: string): WithFile<Body>[] => bodies().filter((b) => b.trust === trust);

export function documentById(id: string): DocumentEntry {
  const doc = allDocuments().find((d) => d.id === id);
  if (!doc) throw new Error(`No document "${id}" in content/docs/.`);
  return doc;
}

export interface BriefingEntry {
  id: string;
  file: string;
  path: string;
  data: Briefing;
  body: string;
}

export const briefings = (): BriefingEntry[] =>
  once('briefings', () =>
    contentFiles('briefings', ['mdx']).map((name) => {
      const file = `content/briefings/${name}`;
      const { frontmatter, body } = splitFrontmatter(readFileSync(join(CONTENT, 'briefings', name), 'utf8'));
      const id = name.replace(/\.mdx$/, '');
      return { id, file, path: `/briefings/${id}/`, data: briefingSchema.parse(frontmatter), body };
    }),
  );

/** Every duty marked in the documents, in document and page order, as src/data/site.ts collects them. */
export const duties = (): Duty[] =>
  once('duties', () =>
    documents().flatMap((doc) => {
      const { duties: marks, problems } = dutiesInMdx(doc.body);
      if (problems.length > 0) throw new Error(`${doc.file}:${problems[0]!.line}: ${problems[0]!.message}`);
      return marks.map((mark) => ({ ...mark, document: doc.id, trust: doc.data.trust ?? '', issued: doc.data.issued?.toISOString().slice(0, 10) }));
    }),
  );

/** Every entry of the glossary (content/glossary/*.yaml, each a list), in file order, each parsed with its schema. */
export const glossary = (): WithFile<GlossaryEntry>[] =>
  once('glossary', () =>
    contentFiles('glossary', ['yaml']).flatMap((name) => {
      const file = `content/glossary/${name}`;
      const list = parse(readFileSync(join(CONTENT, 'glossary', name), 'utf8')) as unknown[];
      return list.map((item, i) => {
        const result = glossarySchema.safeParse(item);
        if (!result.success) throw new Error(`${file} item ${i + 1} does not match its schema: ${result.error.message}`);
        return { ...result.data, file };
      });
    }),
  );

/** A document's review (content/reviews/<trust>/<document>.yaml): the document it reviews is its path. */
export interface ReviewFile {
  document: string;
  file: string;
  data: Review;
}

export const reviews = (): ReviewFile[] =>
  once('reviews', () =>
    entries('reviews', reviewSchema).map(({ file, data }) => ({ document: file.replace(/^content\/reviews\//, '').replace(/\.yaml$/, ''), file, data })),
  );

/**
 * A document's clause ids in page order, as src/data/site.ts collects them: its own clauses and
 * numbered headings, then the actions of any plan printed in it (`action-4.1`).
 */
export const clausesOf = (id: string): string[] => [
  ...clausesInMdx(documentById(id).body).map((c) => c.id),
  ...plans()
    .filter((p) => p.document === id)
    .flatMap((p) => p.proposals.flatMap((pr) => pr.actions.map((a) => `action-${a.number}`))),
];

/**
 * The partners as the directory's pure functions (src/lib/partners.ts) take them, as
 * src/data/partners.ts makes them: the board's members read from each trust's principal board.
 */
export const partnerInfos = (): PartnerInfo[] =>
  once('partnerInfos', () =>
    partners().map((p) => ({
      id: p.id,
      name: p.name,
      kind: p.kind,
      trusts: p.trusts,
      reaches: p.reaches,
      outside: p.outside,
      aliases: p.aliases,
      ...(p.reaches === 'board-members' ? boardMembership(p.trusts, bodies()) : { members: p.members, unlisted: p.unlisted }),
    })),
  );

/**
 * The list, after checking that it is not empty: a test that loops over what the content holds
 * would otherwise pass without checking anything when the content holds none.
 */
export function some<T>(list: readonly T[], what: string): readonly T[] {
  if (list.length === 0) throw new Error(`Expected at least one ${what} in content/, found none: the tests that read them would check nothing.`);
  return list;
}

/**
 * The document pages the site was seeded with: six pages over the five source documents (the 2010
 * Cabinet report's source also holds the 2009 review). Each was reviewed clause by clause and its
 * duties checked by hand; tests that hold the seeded content to that standard name them from here.
 * A document added later is the content's business, not these tests'.
 */
export const SEEDED_DOCUMENTS: readonly string[] = [
  'kent/governance-framework-2007',
  'kent/partnership-agreement-2008',
  'kent/commissioning-review-2009',
  'kent/cabinet-report-2010',
  'durham/governance-arrangements-2009',
  'harrow/scrutiny-report-2009',
];
