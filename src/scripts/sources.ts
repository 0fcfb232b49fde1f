/**
 * The documents of a project folder and their source texts, read from disk, and the fidelity check
 * of a build against them: does every sentence of each source appear on the pages made from it?
 *
 * Used by `npm run verify`, the end-to-end fidelity test and the build tests, so each reads the
 * same files the same way. Works on any project folder (a copy with another trust in it too). The
 * splitting and the furniture rules are in src/lib/fidelity.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { clausesInMdx } from '../lib/clauses.ts';
import { normalizeSpace, readSource, type Dropped, type SourceSentence } from '../lib/fidelity.ts';
import { mainText } from '../lib/page-text.ts';
import { sourceSchema, type SourceDeclaration } from '../schemas/source.ts';

/** A document page whose frontmatter names a source text. */
export interface SourceDocument {
  /** "kent/partnership-agreement-2008": the page is /kent/partnership-agreement-2008/. */
  id: string;
  /** The MDX file, relative to the project. */
  file: string;
  /** `source.file`: the text under content/sources/. */
  sourceFile: string;
  /** Clause addresses the page defines. */
  clauses: number;
  /** Frontmatter fields filled by `npm run import` that an editor has not yet checked (`review`). */
  review: { field: string; note: string }[];
}

const frontmatterOf = (text: string): Record<string, unknown> => {
  const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return block ? ((parse(block[1]!) as Record<string, unknown> | null) ?? {}) : {};
};

/** The `review` entries of a frontmatter, as far as they are well formed (the build checks the rest). */
function reviewOf(value: unknown): { field: string; note: string }[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    const { field, note } = (entry ?? {}) as { field?: unknown; note?: unknown };
    return typeof field === 'string' ? [{ field, note: typeof note === 'string' ? note : '' }] : [];
  });
}

/** Every MDX file under a folder, relative to it, in a stable order. */
function mdxFiles(dir: string, under = ''): string[] {
  if (!existsSync(join(dir, under))) return [];
  return readdirSync(join(dir, under), { withFileTypes: true })
    .flatMap((entry) => {
      const path = under ? `${under}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return mdxFiles(dir, path);
      return /\.mdx?$/.test(entry.name) && !entry.name.startsWith('_') ? [path] : [];
    })
    .sort();
}

/** The project's documents that name a source text, from their frontmatter. */
export function sourceDocuments(root: string): SourceDocument[] {
  const docs = join(root, 'content/docs');
  return mdxFiles(docs).flatMap((path) => {
    const text = readFileSync(join(docs, path), 'utf8');
    const source = frontmatterOf(text).source as { file?: unknown } | undefined;
    if (typeof source?.file !== 'string') return [];
    return [
      {
        id: path.replace(/\.mdx?$/, ''),
        file: relative(root, join(docs, path)),
        sourceFile: source.file,
        clauses: clausesInMdx(text).length,
        review: reviewOf(frontmatterOf(text).review),
      },
    ];
  });
}

/** A furniture declaration that does not match its schema: the file, the field and what was expected. */
export class DeclarationError extends Error {}

/** The furniture declared for a source text (the `.yaml` beside it); none when there is no such file. */
export function readDeclaration(root: string, sourceFile: string): SourceDeclaration {
  const file = `content/sources/${sourceFile.replace(/\.txt$/, '.yaml')}`;
  if (!existsSync(join(root, file))) return { furniture: [], outside: [] };
  const result = sourceSchema.safeParse(parse(readFileSync(join(root, file), 'utf8')) ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  - field "${issue.path.join('.') || '(top level)'}": ${issue.message}`);
  throw new DeclarationError(`${file}: the furniture declaration does not match its schema:\n${problems.join('\n')}`);
}

/** One source text checked against the built pages made from it. */
export interface SourceCheck {
  /** "kent/cabinet-report-2010.txt", under content/sources/. */
  source: string;
  /** The pages made from it (one source can be shown as several documents). */
  documents: SourceDocument[];
  sentences: number;
  /** Sentences not found verbatim on those pages, with their line in the source. */
  missing: SourceSentence[];
  /** Furniture taken out, with the declared reason. */
  dropped: Dropped[];
  /** Lines of the source whose export markup was removed, the words kept. */
  markupLines: number[];
  /** Furniture the reader found outside the text (declared under `outside`). */
  outside: { where: string; why: string }[];
  /** What stopped the check (no source text, no built page, a bad declaration). */
  problems: string[];
}

/** Checks every source text that a document names against the build in `dist`. */
export function checkSources(root: string, dist: string): SourceCheck[] {
  const bySource = new Map<string, SourceDocument[]>();
  for (const doc of sourceDocuments(root)) bySource.set(doc.sourceFile, [...(bySource.get(doc.sourceFile) ?? []), doc]);
  return [...bySource].map(([source, documents]) => {
    const check: SourceCheck = { source, documents, sentences: 0, missing: [], dropped: [], markupLines: [], outside: [], problems: [] };
    const textFile = join(root, 'content/sources', source);
    if (!existsSync(textFile)) {
      check.problems.push(`${documents[0]!.file}: source.file names content/sources/${source}, which does not exist.`);
      return check;
    }
    let declaration: SourceDeclaration;
    try {
      declaration = readDeclaration(root, source);
    } catch (error) {
      check.problems.push((error as Error).message);
      return check;
    }
    const pages: string[] = [];
    for (const doc of documents) {
      const page = join(dist, doc.id, 'index.html');
      if (existsSync(page)) pages.push(mainText(readFileSync(page, 'utf8'), page));
      else check.problems.push(`${doc.file}: no built page at /${doc.id}/ (build the site first).`);
    }
    if (check.problems.length > 0) return check;
    const reading = readSource(readFileSync(textFile, 'utf8'), declaration);
    const haystack = normalizeSpace(pages.join('\n'));
    check.sentences = reading.sentences.length;
    check.missing = reading.sentences.filter((s) => !haystack.includes(s.text));
    check.dropped = reading.dropped;
    check.markupLines = reading.markupLines;
    check.outside = declaration.outside.map(({ where, why }) => ({ where, why }));
    return check;
  });
}

/** "7 running footer with a page number; 17 contents-page line…": dropped furniture by reason. */
export function droppedSummary(dropped: readonly Dropped[]): string {
  if (dropped.length === 0) return 'none';
  const counts = new Map<string, number>();
  for (const d of dropped) counts.set(d.why, (counts.get(d.why) ?? 0) + 1);
  return [...counts].map(([why, n]) => `${n} × ${why}`).join('; ');
}
