/**
 * The printed header block of a council report ("By:", "To:", "Subject:", "Classification:"…), and
 * the parts of a source that holds more than one document (each opening with its own block).
 */
import { plain, readInline } from './inline.ts';
import type { HeaderField, Part, SourceLine } from './types.ts';

/** Labels that open a header block. Any label may follow once a block has opened. */
const OPENING = /^(?:by|to|from|meeting|date|date of meeting|meeting date|subject|title|report of|report by|report to|report from|author|responsible officer)$/i;

/** "Label:" then a value, on one line; the label may be bold (`**Summary:**`, `<b>Date</b>:`). */
function labelled(text: string, markup: boolean): { label: string; value: string } | undefined {
  const line = plain(readInline(text, markup)).replace(/\s+$/, '');
  const match = /^([A-Z][A-Za-z']*(?: (?:[A-Za-z'()]+)){0,3}):[\t ]+(\S.*)$/.exec(line);
  if (!match || match[1]!.length > 30) return undefined;
  return { label: match[1]!, value: match[2]!.trim() };
}

/** True for a line that could open a header block. */
function opens(text: string, markup: boolean): boolean {
  const field = labelled(text, markup);
  return field !== undefined && OPENING.test(field.label);
}

/**
 * Reads the header block that starts at `lines[start]` (blank lines before it skipped): label
 * lines, each possibly continued on the next line, blank lines between them allowed. Returns the
 * fields and the index after the block; no fields when the lines there are not a header block
 * (at least two labelled lines, the first with an opening label).
 */
export function readHeader(lines: readonly SourceLine[], start: number, markup: boolean): { fields: HeaderField[]; end: number } {
  let i = start;
  while (i < lines.length && lines[i]!.text.trim() === '') i++;
  if (i >= lines.length || !opens(lines[i]!.text, markup)) return { fields: [], end: start };
  const fields: HeaderField[] = [];
  let end = i;
  while (i < lines.length) {
    const text = lines[i]!.text;
    if (text.trim() === '') {
      i++;
      continue;
    }
    const field = labelled(text, markup);
    if (field) {
      fields.push({ ...field, line: lines[i]!.line });
      i++;
      end = i;
      continue;
    }
    // A value continued on the next line, with no blank line between ("By: A, role  \nB, role").
    const previous = lines[i - 1];
    if (fields.length > 0 && previous && previous.text.trim() !== '' && !/^(?:#|[-*•]\s|\d+[.)]\s|<)/.test(text.trim())) {
      const last = fields[fields.length - 1]!;
      last.value = `${last.value} ${plain(readInline(text, markup)).trim()}`.trim();
      i++;
      end = i;
      continue;
    }
    break;
  }
  if (fields.length < 2) return { fields: [], end: start };
  return { fields, end };
}

/**
 * The documents a source holds: a new one starts where a header block opens after the first
 * document's text has begun. A source with one document has one part, all of it.
 */
export function findParts(lines: readonly SourceLine[], markup: boolean): Part[] {
  const starts: number[] = [];
  let seenText = false;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (text.trim() === '') continue;
    if ((i === 0 || lines[i - 1]!.text.trim() === '') && opens(text, markup)) {
      const { fields, end } = readHeader(lines, i, markup);
      if (fields.length >= 2) {
        if (seenText || starts.length === 0) starts.push(i);
        i = end - 1;
        seenText = false;
        continue;
      }
    }
    seenText = true;
  }
  if (starts.length <= 1) return [{ from: lines[0]?.line ?? 1, to: lines[lines.length - 1]?.line ?? 1, opening: openingOf(lines, starts[0], markup) }];
  const parts: Part[] = [];
  // Text before the first header block belongs to the first document.
  const bounds = [0, ...starts.slice(1)];
  bounds.forEach((from, k) => {
    const to = k + 1 < bounds.length ? bounds[k + 1]! - 1 : lines.length - 1;
    parts.push({ from: lines[from]!.line, to: lines[to]!.line, opening: openingOf(lines, k === 0 ? starts[0] : from, markup) });
  });
  return parts;
}

function openingOf(lines: readonly SourceLine[], at: number | undefined, markup: boolean): string {
  if (at === undefined) return '';
  const field = labelled(lines[at]!.text, markup);
  return field ? `${field.label}: ${field.value}` : '';
}
