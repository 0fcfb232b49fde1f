/**
 * A document as MDX: frontmatter, then headings, `<Clause>` elements with a blank line inside
 * each tag, lists, tables and the contents list, the words escaped so that they show exactly as
 * read. `pageWords` is the other direction, loosely: the words a page made from some MDX shows,
 * for the report's check that every sentence of the source is on the page before a build.
 */
import { parse } from 'yaml';
import { decodeEntities, normalizeSpace } from '../fidelity.ts';
import type { DerivedFields, ReviewNote } from './frontmatter.ts';
import { plain, toMdx } from './inline.ts';
import type { Content, HeaderField, ImportedDocument, Node } from './types.ts';

export interface Frontmatter extends DerivedFields {
  trust: string;
  documentType: string;
  source: { file: string; title: string };
  header: { label: string; value: string }[];
  review: ReviewNote[];
}

const q = (text: string) => JSON.stringify(text);

/** The frontmatter block, fields in the order of src/schemas/document.ts. */
export function frontmatterYaml(front: Frontmatter): string {
  const out = ['---', `title: ${q(front.title ?? '')}`, `trust: ${front.trust}`, `documentType: ${front.documentType}`];
  if (front.issued) out.push(`issued: ${front.issued}`);
  if (front.issuedPrecision && front.issuedPrecision !== 'day') out.push(`issuedPrecision: ${front.issuedPrecision}`);
  if (front.authors && front.authors.length > 0) out.push(`authors: [${front.authors.map(q).join(', ')}]`);
  if (front.to) out.push(`to: ${q(front.to)}`);
  if (front.meeting) out.push(`meeting: ${q(front.meeting)}`);
  if (front.classification) out.push(`classification: ${q(front.classification)}`);
  if (front.version) out.push(`version: ${q(front.version)}`);
  out.push('source:', `  file: ${q(front.source.file)}`, `  title: ${q(front.source.title)}`);
  if (front.header.length === 0) out.push('header: []');
  else {
    out.push('header:');
    for (const field of front.header) out.push(`  - label: ${q(field.label)}`, `    value: ${q(field.value)}`);
  }
  if (front.review.length > 0) {
    out.push('# Filled from the text by `npm run import`: check each field, then delete its line here.', 'review:');
    for (const note of front.review) out.push(`  - { field: ${note.field}, note: ${q(note.note)} }`);
  }
  out.push('---');
  return out.join('\n');
}

function content(block: Content): string {
  switch (block.kind) {
    case 'paragraph':
      return toMdx(block.text);
    case 'quote':
      return `> ${toMdx(block.text, { lineStart: false })}`;
    case 'list':
      return block.items.map((item) => `${'  '.repeat(item.depth)}- ${toMdx(item.text).replace(/\\\n/g, '\\\n' + '  '.repeat(item.depth + 1))}`).join('\n');
    case 'table': {
      const width = Math.max(...block.rows.map((r) => r.length));
      const row = (cells: string[]) => `| ${Array.from({ length: width }, (_, k) => toMdx(cells[k] ?? '', { lineStart: false }).replace(/\\\n/g, ' ')).join(' | ')} |`;
      return [row(block.rows[0]!), `|${' --- |'.repeat(width)}`, ...block.rows.slice(1).map(row)].join('\n');
    }
    case 'contents':
      return block.entries.map((e) => (e.target ? `- [${toMdx(e.text, { lineStart: false })}](#${e.target})` : `- ${toMdx(e.text)}`)).join('\n');
  }
}

/** One node of the document as MDX. */
export function nodeMdx(node: Node): string {
  if (node.kind === 'heading') return `${'#'.repeat(node.level)} ${toMdx(plain(node.text).trim(), { lineStart: false })}`;
  if (node.kind === 'clause') {
    const label = node.label !== undefined ? ` label=${q(node.label)}` : '';
    return [`<Clause n=${q(node.id)}${label}>`, ...node.body.map(content), '</Clause>'].join('\n\n');
  }
  return content(node);
}

/** Links each contents entry to the heading it names, where there is one. */
export function linkContents(nodes: Node[]): void {
  const ids = new Set(nodes.flatMap((n) => (n.kind === 'heading' && n.id ? [n.id] : [])));
  for (const node of nodes) {
    if (node.kind !== 'contents') continue;
    for (const entry of node.entries) {
      const number = /^(\d+(?:\.\d+)*)\.?\s/.exec(plain(entry.text))?.[1];
      if (number && ids.has(number)) entry.target = number;
    }
  }
}

export const IMPORTS = "import Clause from '~/components/Clause.astro';";

/** The whole MDX file of an imported document. */
export function documentMdx(doc: ImportedDocument, front: Frontmatter): string {
  const body = doc.nodes.map(nodeMdx);
  const clauses = doc.nodes.some((n) => n.kind === 'clause');
  return [frontmatterYaml(front), ...(clauses ? [IMPORTS] : []), '', body.join('\n\n'), ''].join('\n');
}

/** The header block as frontmatter wants it. */
export const headerFields = (header: readonly HeaderField[]) => header.map(({ label, value }) => ({ label, value }));

/**
 * The words a page made from `mdx` shows, loosely: frontmatter title and header values, clause
 * labels, the text with MDX tags and Markdown marks taken out. Good enough to list sentences not
 * yet on the page before a build; `npm run verify` checks the built page itself.
 */
export function pageWords(mdx: string): string {
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(mdx);
  const data = (front ? parse(front[1]!) : {}) as { title?: string; header?: { label: string; value: string }[] } | null;
  const values = [data?.title ?? '', ...(data?.header ?? []).map((h) => `${h.label}: ${h.value}`)];
  const body = (front ? mdx.slice(front[0].length) : mdx)
    .replace(/^import .*$/gm, '')
    .replace(/^\s*[-*]\s+/gm, '')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/<Clause\b[^>]*?\blabel="([^"]*)"[^>]*>/g, ' $1 ')
    .replace(/<Clause\b[^>]*?\bn="([^"]*)"[^>]*>/g, ' $1 ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/^\|?\s*(?:-{3,}\s*\|\s*)+$/gm, ' ')
    .replace(/(?<!\\)\|/g, ' ')
    .replace(/\[((?:[^\]\\]|\\.)*)\]\([^)]*\)/g, '$1')
    .replace(/(?<!\\)\*\*?/g, '')
    .replace(/\\\n/g, '\n')
    .replace(/\\([\\`*_[\]{}<>|~#>+.\-!()])/g, '$1');
  return normalizeSpace(decodeEntities([...values, body].join('\n')));
}
