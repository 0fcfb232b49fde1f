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
import { documentFields, type DocumentFields } from '../src/schemas/document';
import type { Rule, StatedRule } from '../src/lib/rules/types';
import { dutiesInMdx } from '../src/lib/duties';
import { mdxLookup, withLists } from '../src/lib/quotes';
import type { Duty, PartnerInfo } from '../src/lib/partners';

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
      return marks.map((mark) => ({ ...mark, document: doc.id, trust: doc.data.trust ?? '' }));
    }),
  );

/** The partners as the directory's pure functions (src/lib/partners.ts) take them. */
export const partnerInfos = (): PartnerInfo[] =>
  partners().map((p) => ({ id: p.id, name: p.name, kind: p.kind, trusts: p.trusts, appliesToEveryPartner: p.appliesToEveryPartner, outside: p.outside, aliases: p.aliases }));

/**
 * The list, after checking that it is not empty: a test that loops over what the content holds
 * would otherwise pass without checking anything when the content holds none.
 */
export function some<T>(list: readonly T[], what: string): readonly T[] {
  if (list.length === 0) throw new Error(`Expected at least one ${what} in content/, found none: the tests that read them would check nothing.`);
  return list;
}
