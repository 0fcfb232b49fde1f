/**
 * The importer's pure pipeline: extracted text → furniture declared → the document's part →
 * headings and clauses → frontmatter → MDX, with the report of what it found and was unsure of.
 * The readers (src/lib/import/readers/) turn a Word file, a PDF or a web page into the text; the
 * command (src/scripts/import.ts) reads and writes the files.
 */
import { applyFurniture, readSource, type SourceSentence } from '../fidelity.ts';
import type { Furniture, SourceDeclaration } from '../../schemas/source.ts';
import { deriveFields, type ReviewNote } from './frontmatter.ts';
import { detectFurniture, hasExportMarkup } from './furniture.ts';
import { findParts } from './header.ts';
import { plain } from './inline.ts';
import { documentMdx, headerFields, linkContents, pageWords, type Frontmatter } from './mdx.ts';
import { acronymsDefined, enclosingHeadings, ruleCandidates, type AcronymOffer, type RuleCandidate } from './findings.ts';
import { mergeReimport, type MergeReport } from './merge.ts';
import { readDocument } from './structure.ts';
import type { Flag, ImportedDocument, Part, SourceLine } from './types.ts';

/** Furniture a reader found outside the text it extracted (a Word file's footer, a web page's navigation). */
export interface Outside {
  where: string;
  text: string;
  why: string;
}

export interface ImportInput {
  /** The extracted text, exactly as the source file will hold it. */
  text: string;
  /** Whether the text carries markup (Markdown "#" headings, bold, HTML); detected when omitted. */
  markup?: boolean;
  /** How to explain that markup in the declaration. */
  markupWhy?: string;
  /** Where the text came from, for the declaration's `origin`. */
  origin: string;
  outside?: Outside[];
  trust: string;
  trustName?: string;
  /** The document's slug: content/docs/<trust>/<slug>.mdx. */
  slug: string;
  /** The source's name: content/sources/<trust>/<name>.txt. */
  sourceName: string;
  title?: string;
  documentType?: string;
  /** Which document of a source that holds several (1-based). */
  part?: number;
  paragraphs?: Readonly<Record<string, string>>;
  /** The document types the schema knows. */
  documentTypes: readonly string[];
  /** Acronyms already in the glossary. */
  glossary?: readonly string[];
  /** The page already on the site, for a re-import. */
  existing?: string;
}

export interface ImportReport {
  document: string;
  source: string;
  origin: string;
  parts: Part[];
  part: number;
  clauses: string[];
  headings: number;
  unsure: Flag[];
  sentences: number;
  missing: SourceSentence[];
  furniture: { why: string; lines: number[] }[];
  outside: Outside[];
  acronyms: (AcronymOffer & { known: boolean })[];
  rules: (RuleCandidate & { command?: string })[];
  review: ReviewNote[];
  empty: string[];
  merge?: MergeReport;
}

export interface ImportResult {
  mdx: string;
  declaration: SourceDeclaration;
  report: ImportReport;
  document: ImportedDocument;
}

export class ImportRefusal extends Error {}

export function importText(input: ImportInput): ImportResult {
  const markup = input.markup ?? hasExportMarkup(input.text);
  const detected = detectFurniture(input.text, { present: markup, ...(input.markupWhy ? { why: input.markupWhy } : {}) });
  const declaration: SourceDeclaration = {
    origin: input.origin,
    furniture: detected.furniture,
    ...(input.outside && input.outside.length > 0 ? { outside: input.outside } : {}),
  } as SourceDeclaration;
  const kept = applyFurniture(input.text, declaration);
  const lines: SourceLine[] = kept.map((k) => ({ line: k.line, text: k.text, ...(k.partial ? { contents: true } : {}) }));
  const parts = findParts(lines, markup);
  const partNumber = input.part ?? 1;
  const part = parts[partNumber - 1];
  if (!part) throw new ImportRefusal(`The source holds ${parts.length} document${parts.length === 1 ? '' : 's'}; there is no part ${partNumber}.`);
  const partLines = lines.filter((l) => l.line >= part.from && l.line <= part.to);
  const doc = readDocument(partLines, { markup, ...(input.trustName ? { trustName: input.trustName } : {}), ...(input.paragraphs ? { paragraphs: input.paragraphs } : {}) });
  linkContents(doc.nodes);
  if (parts.length > 1) {
    parts.forEach((p, k) => {
      if (k + 1 !== partNumber) {
        doc.flags.push({ kind: 'part', line: p.from, message: `The source holds ${parts.length} documents, each with its own header block; document ${k + 1} (lines ${p.from}–${p.to}, "${p.opening}") is not on this page. Import it with --part ${k + 1} --slug <its slug> --source-name ${input.sourceName}.` });
      }
    });
  }
  unnumberedRuleFlags(doc);

  const derived = deriveFields(doc, { ...(input.title ? { title: input.title } : {}), ...(input.documentType ? { documentType: input.documentType } : {}), documentTypes: input.documentTypes });
  if (!derived.fields.title) throw new ImportRefusal('The text gives no title (no "Subject:" line, title page or heading). Give one with --title "…".');
  if (!derived.fields.documentType) {
    throw new ImportRefusal(`The text does not say what kind of document this is. Give it with --type, one of: ${input.documentTypes.filter((t) => t !== 'guide').join(', ')}.`);
  }
  const front: Frontmatter = {
    ...derived.fields,
    title: derived.fields.title,
    trust: input.trust,
    documentType: derived.fields.documentType,
    source: { file: `${input.trust}/${input.sourceName}.txt`, title: derived.fields.title },
    header: headerFields(doc.header),
    review: derived.review,
  };
  let mdx = documentMdx(doc, front);
  let merge: MergeReport | undefined;
  if (input.existing !== undefined) {
    const merged = mergeReimport(input.existing, mdx, doc);
    mdx = merged.mdx;
    merge = merged.report;
  }

  // Sentences of this part of the source not on the page.
  const reading = readSource(input.text, declaration);
  const mine = reading.sentences.filter((s) => s.line >= part.from && s.line <= part.to);
  const words = pageWords(mdx);
  const missing = mine.filter((s) => !words.includes(s.text));

  const glossary = new Set(input.glossary ?? []);
  const document = `${input.trust}/${input.slug}`;
  const report: ImportReport = {
    document,
    source: `${input.trust}/${input.sourceName}.txt`,
    origin: input.origin,
    parts,
    part: partNumber,
    clauses: doc.nodes.flatMap((n) => (n.kind === 'clause' ? [n.id] : n.kind === 'heading' && n.id ? [n.id] : [])),
    headings: doc.nodes.filter((n) => n.kind === 'heading').length,
    unsure: doc.flags.sort((a, b) => a.line - b.line),
    sentences: mine.length,
    missing,
    furniture: detected.matched.filter((m) => m.lines.some((l) => l >= part.from && l <= part.to)),
    outside: input.outside ?? [],
    acronyms: acronymsDefined(doc.nodes).map((a) => ({ ...a, known: glossary.has(a.term) })),
    rules: ruleCandidates(doc.nodes).map((r) => ({ ...r, ...(r.clause ? { command: `npm run new:rule -- ${document} ${r.clause} ${r.kind}` } : {}) })),
    review: derived.review,
    empty: derived.empty,
    ...(merge ? { merge } : {}),
  };
  return { mdx, declaration, report, document: doc };
}

/** Unnumbered paragraphs with rule words cannot be cited by a rule: say how to give them addresses. */
function unnumberedRuleFlags(doc: ImportedDocument): void {
  let heading: string | undefined;
  const reported = new Set<string>();
  const under = enclosingHeadings(doc.nodes);
  for (const [k, node] of doc.nodes.entries()) {
    if (node.kind === 'heading') heading = node.id ? undefined : plain(node.text).trim().replace(/:$/, '');
    if (node.kind === 'clause' || under[k] !== undefined) continue;
    if (node.kind !== 'paragraph' || !heading || reported.has(heading)) continue;
    const candidates = ruleCandidates([node]);
    if (candidates.length === 0) continue;
    reported.add(heading);
    const prefix = heading
      .split(/\s+/)
      .map((w) => w.toLowerCase().replace(/[^a-z]/g, ''))
      .filter((w) => w.length > 3)
      .pop() ?? 'para';
    doc.flags.push({
      kind: 'unnumbered-rule',
      line: node.line,
      message: `Unnumbered paragraphs under "${heading}" hold ${candidates.map((c) => c.kind).join(' and ')} words, but a rule can only cite a clause. To give each paragraph there an address, import again with --paragraphs "${heading}=${prefix}" (${prefix}-1, ${prefix}-2…, shown as ¶1, ¶2…).`,
    });
  }
}

export type { Furniture };
