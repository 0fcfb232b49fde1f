/**
 * Imports a council document: `npm run import -- <file> --trust <id> [options]`.
 *
 * Reads a Word file (.docx, through mammoth), a PDF with a text layer (.pdf, through pdf.js), a
 * saved web page (.html, its main content), Markdown (.md) or plain text (.txt), and writes:
 * - content/sources/<trust>/<name>.txt: the extracted text, byte for byte what was read;
 * - content/sources/<trust>/<name>.yaml: its page furniture, each kind with its reason;
 * - content/docs/<trust>/<slug>.mdx: the page, every numbered paragraph a <Clause>, frontmatter
 *   filled where the text says it, each such field under `review`;
 * - content/sources/<trust>/<slug>.import.md: the report, also printed.
 *
 * Options: --slug (default: the file's name), --title, --type (a document type of
 * src/schemas/document.ts), --part N (a source that holds several documents), --source-name (the
 * source text's name when it is another document's: with --part), --paragraphs "Heading=prefix"
 * (count the unnumbered paragraphs under a heading as clauses), --update (import a newer version
 * of a page already on the site, keeping the editor's marks where the words are unchanged).
 * It refuses to overwrite a page without --update. The pure steps are in src/lib/import/.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { importText, ImportRefusal, type ImportInput, type Outside } from '../lib/import/index.ts';
import { formatReport } from '../lib/import/report.ts';
import { wordText } from '../lib/import/readers/docx.ts';
import { webPageText } from '../lib/import/readers/html.ts';
import { NoTextLayer, pdfText } from '../lib/import/readers/pdf.ts';
import { documentTypes } from '../schemas/document.ts';
import { sourceSchema, type SourceDeclaration } from '../schemas/source.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface ImportOptions {
  file: string;
  trust: string;
  slug?: string;
  title?: string;
  type?: string;
  part?: number;
  sourceName?: string;
  paragraphs?: Record<string, string>;
  update?: boolean;
}

export function parseArgs(argv: readonly string[]): ImportOptions {
  const options: Partial<ImportOptions> = {};
  const value = (i: number, name: string) => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new ImportRefusal(`${name} needs a value.`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    switch (arg) {
      case '--trust':
        options.trust = value(i++, arg);
        break;
      case '--slug':
        options.slug = value(i++, arg);
        break;
      case '--title':
        options.title = value(i++, arg);
        break;
      case '--type':
        options.type = value(i++, arg);
        break;
      case '--part':
        options.part = Number(value(i++, arg));
        break;
      case '--source-name':
        options.sourceName = value(i++, arg);
        break;
      case '--paragraphs': {
        const [heading, prefix] = value(i++, arg).split('=');
        if (!heading || !prefix || !SLUG.test(prefix)) throw new ImportRefusal('--paragraphs takes "Heading=prefix", the prefix in lower-case letters and hyphens, e.g. --paragraphs "Board and Voting=voting".');
        options.paragraphs = { ...options.paragraphs, [heading]: prefix };
        break;
      }
      case '--update':
        options.update = true;
        break;
      default:
        if (arg.startsWith('--')) throw new ImportRefusal(`Unknown option ${arg}. Options: --trust, --slug, --title, --type, --part, --source-name, --paragraphs, --update.`);
        if (options.file) throw new ImportRefusal(`One file at a time: ${options.file} and ${arg} given.`);
        options.file = arg;
    }
  }
  if (!options.file || !options.trust) {
    throw new ImportRefusal('Give the file and the trust: npm run import -- <file.docx|.pdf|.html|.md|.txt> --trust <id> [--slug <slug>] [--title "…"] [--type <type>]');
  }
  return options as ImportOptions;
}

/** The text of the file and what the reader found outside it. */
export async function readInput(file: string): Promise<Pick<ImportInput, 'text' | 'markup' | 'markupWhy' | 'origin' | 'outside'> & { notes: string[] }> {
  const ext = extname(file).toLowerCase();
  const name = basename(file);
  const bytes = readFileSync(file);
  switch (ext) {
    case '.docx': {
      const word = await wordText(bytes);
      return { text: word.text, markup: true, markupWhy: 'the Word reader marks headings with # and bold with ** (Markdown), which the site shows as formatting', origin: `text of the Word file ${name}, read by mammoth`, outside: word.outside, notes: word.messages };
    }
    case '.pdf': {
      const pdf = await pdfText(bytes);
      return { text: pdf.text, markup: false, origin: `text layer of the PDF ${name} (${pdf.pages} pages), read by pdf.js`, outside: [], notes: [] };
    }
    case '.html':
    case '.htm': {
      const page = webPageText(bytes.toString('utf8'));
      return { text: page.text, markup: true, markupWhy: 'the web page reader marks headings with # and bold with ** (Markdown), which the site shows as formatting', origin: `main content (${page.from}) of the saved web page ${name}`, outside: page.outside, notes: [] };
    }
    case '.md':
      return { text: bytes.toString('utf8'), markup: true, markupWhy: 'the file is Markdown: its headings, lists and emphasis are shown as formatting', origin: `the Markdown file ${name}`, outside: [], notes: [] };
    case '.txt':
      return { text: bytes.toString('utf8'), origin: `the text file ${name}`, notes: [] };
    default:
      throw new ImportRefusal(`${name}: the importer reads .docx, .pdf, .html, .md and .txt files. Save the document as one of those (a .doc as .docx).`);
  }
}

const q = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** The furniture declaration as YAML, with a comment saying where it came from. */
export function declarationYaml(name: string, declaration: SourceDeclaration & { outside?: Outside[] }): string {
  const out = [`# Furniture in ${name}.txt, found by \`npm run import\`: what the fidelity check does not look for on the site.`];
  if (declaration.origin) out.push(`origin: ${q(declaration.origin)}`);
  if (declaration.furniture.length === 0) out.push('furniture: []');
  else out.push('furniture:');
  for (const f of declaration.furniture) {
    if (f.markup) out.push(`  - markup: ${f.markup}`);
    else out.push(`  - line: ${q(f.line!)}`);
    if (f.keep !== undefined) out.push(`    keep: ${q(f.keep)}`);
    out.push(`    why: ${q(f.why)}`);
  }
  if (declaration.outside && declaration.outside.length > 0) {
    out.push('outside:');
    for (const o of declaration.outside) out.push(`  - where: ${q(o.where)}`, `    text: ${q(o.text)}`, `    why: ${q(o.why)}`);
  }
  return `${out.join('\n')}\n`;
}

export interface Written {
  report: string;
  files: string[];
}

export async function runImport(options: ImportOptions, root = ROOT): Promise<Written> {
  const { trust } = options;
  const trustFile = join(root, 'content/trusts', `${trust}.yaml`);
  if (!existsSync(trustFile)) throw new ImportRefusal(`There is no trust "${trust}" (content/trusts/${trust}.yaml). Make it first: npm run new:trust -- ${trust}`);
  if (!existsSync(options.file)) throw new ImportRefusal(`${options.file}: no such file.`);
  const slug = options.slug ?? basename(options.file, extname(options.file)).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  if (!SLUG.test(slug)) throw new ImportRefusal(`"${slug}" is not a valid slug: use lower-case letters, digits and single hyphens (--slug governance-framework-2012).`);
  const sourceName = options.sourceName ?? slug;
  if (options.type && !documentTypes.includes(options.type as (typeof documentTypes)[number])) {
    throw new ImportRefusal(`--type ${options.type} is not a document type. Use one of: ${documentTypes.filter((t) => t !== 'guide').join(', ')}.`);
  }
  const mdxFile = join(root, 'content/docs', trust, `${slug}.mdx`);
  const sourceFile = join(root, 'content/sources', trust, `${sourceName}.txt`);
  const declarationFile = join(root, 'content/sources', trust, `${sourceName}.yaml`);
  const reportFile = join(root, 'content/sources', trust, `${slug}.import.md`);
  const rel = (f: string) => relative(root, f);
  if (existsSync(mdxFile) && !options.update) {
    throw new ImportRefusal(`${rel(mdxFile)} is already on the site. To import a newer version of it, add --update: its <Duty> marks and checked frontmatter are kept where the words are unchanged, and the report lists what changed. To import another document, give it another --slug.`);
  }
  if (!existsSync(mdxFile) && options.update) throw new ImportRefusal(`--update imports a newer version of a page on the site, but there is no ${rel(mdxFile)}. Leave out --update.`);

  const input = await readInput(options.file);
  const trustData = parse(readFileSync(trustFile, 'utf8')) as { name?: string };
  const glossaryFile = join(root, 'content/glossary/terms.yaml');
  const glossary = existsSync(glossaryFile) ? ((parse(readFileSync(glossaryFile, 'utf8')) as { term: string }[] | null) ?? []).map((t) => t.term) : [];
  if (existsSync(sourceFile) && !options.update && readFileSync(sourceFile, 'utf8') !== input.text) {
    throw new ImportRefusal(`${rel(sourceFile)} already holds another text. Give this document its own --source-name, or add --update if it is a newer version of that document.`);
  }
  const result = importText({
    ...input,
    trust,
    ...(trustData.name && !trustData.name.startsWith('REPLACE') ? { trustName: trustData.name } : {}),
    slug,
    sourceName,
    ...(options.title ? { title: options.title } : {}),
    ...(options.type ? { documentType: options.type } : {}),
    ...(options.part ? { part: options.part } : {}),
    ...(options.paragraphs ? { paragraphs: options.paragraphs } : {}),
    documentTypes,
    glossary,
    ...(options.update ? { existing: readFileSync(mdxFile, 'utf8') } : {}),
  });
  // On --update, furniture an editor declared that the importer does not find is kept while it still matches.
  const kept: string[] = [];
  if (options.update && existsSync(declarationFile)) {
    const before = sourceSchema.safeParse(parse(readFileSync(declarationFile, 'utf8')) ?? {});
    for (const rule of before.success ? before.data.furniture : []) {
      if (rule.line === undefined || result.declaration.furniture.some((f) => f.line === rule.line)) continue;
      const pattern = new RegExp(rule.line, 'u');
      if (!input.text.split(/\r?\n/).some((l) => pattern.test(l.trim()))) continue;
      result.declaration.furniture.push(rule);
      kept.push(`- kept from the earlier declaration: \`${rule.line}\` (${rule.why})`);
    }
  }
  const report = formatReport(result.report, { mdx: rel(mdxFile), source: rel(sourceFile), declaration: rel(declarationFile) }).replace(
    '\nEach kind is declared',
    `${kept.length > 0 ? `${kept.join('\n')}\n` : ''}\nEach kind is declared`,
  );
  const notes = input.notes.length > 0 ? `\n## What the reader said\n\n${input.notes.map((n) => `- ${n}`).join('\n')}\n` : '';
  mkdirSync(join(root, 'content/docs', trust), { recursive: true });
  mkdirSync(join(root, 'content/sources', trust), { recursive: true });
  writeFileSync(sourceFile, input.text);
  writeFileSync(declarationFile, declarationYaml(sourceName, result.declaration));
  writeFileSync(mdxFile, result.mdx);
  writeFileSync(reportFile, report + notes);
  return { report: report + notes, files: [sourceFile, declarationFile, mdxFile, reportFile].map(rel) };
}

if (import.meta.main) {
  try {
    const written = await runImport(parseArgs(process.argv.slice(2)));
    console.log(written.report);
    console.log(`Wrote ${written.files.join(', ')}.`);
  } catch (error) {
    if (!(error instanceof ImportRefusal) && !(error instanceof NoTextLayer)) throw error;
    console.error(`import: ${error.message}`);
    process.exitCode = 1;
  }
}
