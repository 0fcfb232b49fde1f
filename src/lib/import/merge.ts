/**
 * Re-import: a newer version of a document that is already on the site. The new import is the
 * base; from the page on the site it keeps, wherever the words are unchanged:
 * - each clause's inside as the editor left it (its `<Duty>` marks, `<OldUrl>`s, formatting);
 * - clauses the editor made of unnumbered paragraphs (`voting-1`) and block-level `<Duty>` marks;
 * - components the editor added between blocks (`<Gap>`, `<ActionTable>`…), after the same block;
 * - the frontmatter the editor checked (a field no longer under `review`), unless the new text
 *   changes it: then the editor's value stays and a review note gives the new one.
 * It lists the clauses whose words changed, appeared or disappeared.
 */
import { parseDocument } from 'yaml';
import { normalizeSpace } from '../fidelity.ts';
import { pageWords } from './mdx.ts';
import type { ImportedDocument } from './types.ts';

export interface MergeReport {
  /** Clauses whose words are unchanged: the editor's marks kept. */
  kept: string[];
  /** Clauses whose words changed: the new words, marks to be done again. */
  changed: { id: string; marks: boolean }[];
  appeared: string[];
  disappeared: string[];
  /** Other things the merge did or could not do, in sentences. */
  notes: string[];
}

type Chunk =
  | { kind: 'clause'; id: string; text: string; inner: string }
  | { kind: 'component'; name: string; text: string }
  | { kind: 'duty'; text: string; inner: string }
  | { kind: 'import'; text: string }
  | { kind: 'block'; text: string };

/** The body of an MDX file, after its frontmatter, as chunks: clauses, components, blocks. */
export function chunks(body: string): Chunk[] {
  const lines = body.split('\n');
  const out: Chunk[] = [];
  let block: string[] = [];
  const flush = () => {
    if (block.some((l) => l.trim() !== '')) out.push({ kind: 'block', text: block.join('\n').trim() });
    block = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^import\s/.test(line)) {
      flush();
      out.push({ kind: 'import', text: line });
      continue;
    }
    const clause = /^<Clause\b[^>]*?\bn="([^"]*)"[^>]*>\s*$/.exec(line);
    const component = /^<([A-Z][A-Za-z]*)\b[^>]*>\s*$/.exec(line);
    if (clause || (component && !/^<Clause\b/.test(line))) {
      flush();
      const name = clause ? 'Clause' : component![1]!;
      const selfClosing = /\/>\s*$/.test(line);
      let j = i;
      if (!selfClosing && !new RegExp(`</${name}>\\s*$`).test(line)) {
        let depth = 0;
        for (j = i; j < lines.length; j++) {
          depth += (lines[j]!.match(new RegExp(`<${name}\\b(?![^>]*/>)`, 'g')) ?? []).length;
          depth -= (lines[j]!.match(new RegExp(`</${name}>`, 'g')) ?? []).length;
          if (depth <= 0) break;
        }
      }
      const text = lines.slice(i, j + 1).join('\n');
      const inner = lines.slice(i + 1, j).join('\n').trim();
      if (clause) out.push({ kind: 'clause', id: clause[1]!, text, inner });
      else if (name === 'Duty') out.push({ kind: 'duty', text, inner });
      else out.push({ kind: 'component', name, text });
      i = j;
      continue;
    }
    if (line.trim() === '') flush();
    else block.push(line);
  }
  flush();
  return out;
}

const words = (mdx: string) => normalizeSpace(pageWords(mdx));
const split = (mdx: string) => {
  const match = /^---\r?\n[\s\S]*?\r?\n---\r?\n?/.exec(mdx);
  return { front: match ? match[0] : '', body: match ? mdx.slice(match[0].length) : mdx };
};

/** Fields the importer fills from the text. */
const DERIVED = ['title', 'documentType', 'issued', 'issuedPrecision', 'authors', 'to', 'meeting', 'classification', 'version'] as const;

export function mergeReimport(oldMdx: string, newMdx: string, _doc: ImportedDocument): { mdx: string; report: MergeReport } {
  const report: MergeReport = { kept: [], changed: [], appeared: [], disappeared: [], notes: [] };
  const before = split(oldMdx);
  const after = split(newMdx);
  const old = chunks(before.body);
  const fresh = chunks(after.body);
  const used = new Set<number>();
  const oldWords = old.map((c) => (c.kind === 'import' ? '' : words(c.kind === 'clause' || c.kind === 'duty' ? c.inner : c.text)));
  const findOld = (test: (c: Chunk, k: number) => boolean) => old.findIndex((c, k) => !used.has(k) && test(c, k));

  const merged: Chunk[] = [];
  /** Where each old chunk went in the merged list, for putting components back after it. */
  const placed = new Map<number, number>();
  for (const chunk of fresh) {
    if (chunk.kind === 'import') continue;
    if (chunk.kind === 'clause') {
      const mine = words(chunk.inner);
      const sameId = findOld((c) => c.kind === 'clause' && c.id === chunk.id);
      if (sameId >= 0 && oldWords[sameId] === mine) {
        used.add(sameId);
        placed.set(sameId, merged.length);
        merged.push(old[sameId]!);
        report.kept.push(chunk.id);
        continue;
      }
      const sameWords = findOld((c, k) => c.kind === 'clause' && oldWords[k] === mine);
      if (sameWords >= 0) {
        const was = old[sameWords] as Extract<Chunk, { kind: 'clause' }>;
        used.add(sameWords);
        placed.set(sameWords, merged.length);
        const tag = chunk.text.split('\n')[0]!;
        merged.push({ ...was, id: chunk.id, text: [tag, '', was.inner, '', '</Clause>'].join('\n') });
        report.kept.push(chunk.id);
        report.notes.push(`The words of clause ${was.id} are now numbered ${chunk.id}: its marks moved with them.`);
        continue;
      }
      if (sameId >= 0) {
        used.add(sameId);
        placed.set(sameId, merged.length);
        const was = old[sameId] as Extract<Chunk, { kind: 'clause' }>;
        report.changed.push({ id: chunk.id, marks: /<Duty\b/.test(was.inner) });
      } else report.appeared.push(chunk.id);
      merged.push(chunk);
      continue;
    }
    // A block: the editor may have made it a clause, wrapped it in a <Duty>, or formatted it.
    const mine = words(chunk.text);
    const same = findOld((c, k) => c.kind !== 'component' && oldWords[k] === mine && mine !== '');
    if (same >= 0) {
      used.add(same);
      placed.set(same, merged.length);
      merged.push(old[same]!);
      continue;
    }
    merged.push(chunk);
  }
  old.forEach((c, k) => {
    if (c.kind === 'clause' && !used.has(k)) report.disappeared.push(c.id);
  });

  // Components the editor added: after the chunk they followed, where it is still there.
  const inserts = new Map<number, Chunk[]>();
  old.forEach((c, k) => {
    if (c.kind !== 'component') return;
    let anchor = k - 1;
    while (anchor >= 0 && (old[anchor]!.kind === 'component' || old[anchor]!.kind === 'import')) anchor--;
    const at = anchor < 0 ? -1 : placed.get(anchor);
    if (anchor >= 0 && at === undefined) {
      const was = old[anchor]!;
      const after = was.kind === 'clause' ? `clause ${was.id}` : `"${oldWords[anchor]!.slice(0, 60)}…"`;
      report.notes.push(`<${c.name}> after ${after} is not carried over: what it followed is no longer in the text. Add it again where it belongs.`);
      return;
    }
    inserts.set(at ?? -1, [...(inserts.get(at ?? -1) ?? []), c]);
  });
  const body: string[] = [];
  for (const c of inserts.get(-1) ?? []) body.push(c.text);
  merged.forEach((c, k) => {
    body.push(c.text);
    for (const extra of inserts.get(k) ?? []) body.push(extra.text);
  });
  const imports = [...new Set([...fresh, ...old].filter((c) => c.kind === 'import').map((c) => c.text))];
  const front = mergeFrontmatter(before.front, after.front, report);
  const mdx = [front.trimEnd(), ...imports, '', body.join('\n\n'), ''].join('\n');
  return { mdx, report };
}

/** The editor's frontmatter, with what the new text changes put under review. */
function mergeFrontmatter(oldFront: string, newFront: string, report: MergeReport): string {
  const inner = (front: string) => front.replace(/^---\r?\n/, '').replace(/\r?\n---\r?\n?$/, '');
  const oldDoc = parseDocument(inner(oldFront));
  const newDoc = parseDocument(inner(newFront));
  const oldData = (oldDoc.toJS() ?? {}) as Record<string, unknown>;
  const newData = (newDoc.toJS() ?? {}) as Record<string, unknown>;
  const oldReview = (oldData.review as { field: string; note: string }[] | undefined) ?? [];
  const newReview = (newData.review as { field: string; note: string }[] | undefined) ?? [];
  const stillToReview = new Set(oldReview.map((r) => r.field));
  const review: { field: string; note: string }[] = [];
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  for (const field of DERIVED) {
    const was = oldData[field];
    const now = newData[field];
    const note = newReview.find((r) => r.field === field);
    if (same(was, now)) {
      if (stillToReview.has(field) && note) review.push(note);
      continue;
    }
    if (stillToReview.has(field) || was === undefined) {
      if (now === undefined) oldDoc.delete(field);
      else oldDoc.set(field, now);
      if (note) review.push(note);
      continue;
    }
    review.push({ field, note: `the new version's text gives ${JSON.stringify(now ?? null)}${note ? ` (${note.note})` : ''}; the page keeps the checked value ${JSON.stringify(was)}` });
  }
  if (stillToReview.has('status')) {
    const note = newReview.find((r) => r.field === 'status');
    if (note) review.push(note);
  }
  if (!same(oldData.header, newData.header)) {
    oldDoc.set('header', newData.header);
    report.notes.push('The printed header block changed: the page shows the new one.');
  }
  const source = newData.source as { title?: string } | undefined;
  if (source) oldDoc.setIn(['source', 'file'], (newData.source as { file: string }).file);
  if (review.length > 0) oldDoc.set('review', review);
  else oldDoc.delete('review');
  return `---\n${oldDoc.toString({ lineWidth: 0 }).trimEnd()}\n---\n`;
}
