/**
 * Page furniture in an extracted text, recognised and declared as data (src/schemas/source.ts)
 * with the reason, so that the fidelity check applies exactly what the importer removed:
 * running heads and footers (a line repeated on page after page, often with a page number),
 * lone page numbers, contents-page lines (the entry kept, its page number dropped), horizontal
 * rules of a text export, and the export's Markdown and HTML markup.
 */
import type { Furniture } from '../../schemas/source.ts';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Lines that look like export markup: Markdown headings, bold, links, escapes, HTML tags, entities. */
const MARKUP = /^#{1,6}\s|\*\*\S|<\/?(?:b|p|u|i|em|strong|li|ul|ol|br|div|span|table|tr|td)\b[^>]*>|\]\([^)]*\)|\\[_()*#]|&(?:amp|nbsp|lt|gt|quot|#\d+);/i;

/** Marks no plain text has: one line with them is enough. */
const SURE = /^#{1,6}\s+\S|\*\*\S[^*]*\*\*|<\/(?:b|p|li|ul|strong)>|<(?:https?:\/\/|mailto:)[^>\s]+>|\]\((?:https?:|mailto:|#)/i;

export function hasExportMarkup(text: string): boolean {
  const lines = text.split(/\r?\n/);
  return lines.some((line) => SURE.test(line)) || lines.filter((line) => MARKUP.test(line)).length >= 2;
}

export interface Detected {
  furniture: Furniture[];
  /** What each declaration covers, for the report: the lines it matched. */
  matched: { why: string; lines: number[] }[];
}

/** Whether the line after `index` (skipping blanks) is a page break or the end of the text. */
function beforeBreak(lines: readonly string[], index: number): boolean {
  let blanks = 0;
  for (let i = index + 1; i < lines.length; i++) {
    const t = lines[i]!.trim();
    if (t === '\f' || lines[i]!.includes('\f')) return true;
    if (t !== '') return blanks >= 2;
    blanks++;
  }
  return true;
}

function afterBreak(lines: readonly string[], index: number): boolean {
  let blanks = 0;
  for (let i = index - 1; i >= 0; i--) {
    const t = lines[i]!.trim();
    if (t === '\f' || lines[i]!.includes('\f')) return true;
    if (t !== '') return blanks >= 2;
    blanks++;
  }
  return true;
}

/**
 * Finds the furniture of a text. `markup` says whether it carries export markup, and `markupWhy`
 * how to explain it (a reader that marks headings with "#" says so).
 */
export function detectFurniture(text: string, markup: { present: boolean; why?: string }): Detected {
  const lines = text.split(/\r?\n/);
  const furniture: Furniture[] = [];
  const matched: Detected['matched'] = [];
  if (markup.present) {
    furniture.push({
      markup: 'markdown-html',
      why: markup.why ?? 'the text export carries Markdown and HTML markup (headings, bold, links, tags, escapes), which the site shows as formatting',
    });
  }

  // Running heads and footers: the same line, numbers aside, on three or more pages.
  const byShape = new Map<string, number[]>();
  lines.forEach((raw, i) => {
    const t = raw.trim();
    if (t.length === 0 || t.length > 120 || /^[-*•]\s/.test(t) || t.includes('\t')) return;
    const shape = t.replace(/\d+/g, '#');
    byShape.set(shape, [...(byShape.get(shape) ?? []), i]);
  });
  for (const [shape, at] of byShape) {
    if (at.length < 2 || (!/\p{L}/u.test(shape) && !/#/.test(shape))) continue;
    const texts = at.map((i) => lines[i]!.trim());
    const runs = texts.map((t) => t.match(/\d+/g) ?? []);
    const varies = runs[0]!.map((_, k) => new Set(runs.map((r) => r[k])).size > 1);
    const atBreaks = at.filter((i) => beforeBreak(lines, i) || afterBreak(lines, i)).length;
    // Twice is enough for a line with a page number at both page breaks of a two-page text.
    if (at.length < 3 && !(varies.some(Boolean) && atBreaks === at.length && lines.some((l) => l.includes('\f')))) continue;
    if (!varies.some(Boolean) && atBreaks < Math.ceil((at.length * 2) / 3)) continue;
    if (/^[.,;:]|[.;:]$/.test(shape) && !varies.some(Boolean)) continue;
    let k = 0;
    const pattern = `^${escapeRegExp(texts[0]!).replace(/\d+/g, (digits) => (varies[k++] ? '\\d+' : digits))}$`;
    if (pattern === '^\\d+$') continue;
    const foot = at.filter((i) => beforeBreak(lines, i)).length >= at.filter((i) => afterBreak(lines, i)).length;
    const why = `running ${foot ? 'footer' : 'head'}${varies.some(Boolean) ? ' with a page number' : ''}`;
    furniture.push({ line: pattern, why });
    matched.push({ why, lines: at.map((i) => i + 1) });
  }

  // Lone page numbers ("3", "Page 3", "Page 3 of 8", "- 3 -").
  const pageNumber = /^(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?$|^-\s*\d{1,3}\s*-$/i;
  const numbers = lines.map((l, i) => (pageNumber.test(l.trim()) && (beforeBreak(lines, i) || afterBreak(lines, i)) ? i : -1)).filter((i) => i >= 0);
  if (numbers.length >= 2) {
    const forms = new Set(numbers.map((i) => lines[i]!.trim().replace(/\d+/g, '#').toLowerCase()));
    for (const form of forms) {
      const at = numbers.filter((i) => lines[i]!.trim().replace(/\d+/g, '#').toLowerCase() === form);
      const pattern = `^${escapeRegExp(lines[at[0]!]!.trim()).replace(/\d+/g, '\\d+')}$`;
      if (furniture.some((f) => f.line === pattern)) continue;
      furniture.push({ line: pattern, why: 'page number' });
      matched.push({ why: 'page number', lines: at.map((i) => i + 1) });
    }
  }

  // A contents page: three or more lines of an entry and a page number.
  const entry = /^(.+?)(?:\t+|\s*\.{3,}\s*)(\d{1,3})$/;
  let run: number[] = [];
  const runs: number[][] = [];
  lines.forEach((l, i) => {
    const m = entry.exec(l.trim());
    if (m && /\p{L}/u.test(m[1]!)) run.push(i);
    else if (l.trim() !== '' || run.length === 0) {
      if (run.length >= 3) runs.push(run);
      if (l.trim() !== '') run = [];
    }
  });
  if (run.length >= 3) runs.push(run);
  for (const contents of runs) {
    const entries = contents.map((i) => entry.exec(lines[i]!.trim())!);
    const pages = entries.map((m) => Number(m[2]));
    if (pages.some((p, k) => k > 0 && p < pages[k - 1]!)) continue;
    const numbered = entries.every((m) => /^\d+\.\s/.test(m[1]!));
    const leader = entries.every((m) => /\t/.test(m[0]));
    const pattern = `^(${numbered ? '\\d+\\.\\s.+?' : '.+?'})${leader ? '\\t' : '\\s*\\.{3,}\\s*'}\\d+$`;
    const re = new RegExp(pattern, 'u');
    const elsewhere = lines.some((l, i) => !contents.includes(i) && re.test(l.trim()));
    if (elsewhere) continue;
    const why = 'contents-page line; the entry is kept and its page number dropped';
    furniture.push({ line: pattern, keep: '$1', why });
    matched.push({ why, lines: contents.map((i) => i + 1) });
  }

  // Horizontal rules of a text export.
  if (markup.present) {
    const rules = lines.map((l, i) => (/^(?:-{3,}|\*{3,}|_{3,})$/.test(l.trim()) ? i : -1)).filter((i) => i >= 0);
    if (rules.length > 0) {
      const why = 'horizontal rule from the text export';
      furniture.push({ line: '^(?:-{3,}|\\*{3,}|_{3,})$', why });
      matched.push({ why, lines: rules.map((i) => i + 1) });
    }
  }
  return { furniture, matched };
}
