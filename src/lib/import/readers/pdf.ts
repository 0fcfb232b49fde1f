/**
 * A PDF with a text layer to the importer's text, through pdf.js: each page's text items are put
 * into lines by their position, lines into paragraphs by the space between them, and pages are
 * separated by a form feed ("\f"). Running heads and footers stay in the text, where the
 * importer recognises them and declares them as furniture. A PDF without a text layer (a scan)
 * is refused: there are no words to import.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export class NoTextLayer extends Error {}

interface Piece {
  x: number;
  y: number;
  width: number;
  height: number;
  text: string;
}

interface Line {
  x: number;
  y: number;
  height: number;
  text: string;
}

/** Text items into lines: the same baseline (within a third of the text height), left to right. */
function toLines(pieces: Piece[]): Line[] {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; height: number; pieces: Piece[] }[] = [];
  for (const piece of sorted) {
    const line = lines.find((l) => Math.abs(l.y - piece.y) <= Math.max(2, l.height / 3));
    if (line) line.pieces.push(piece);
    else lines.push({ y: piece.y, height: piece.height, pieces: [piece] });
  }
  return lines.map((l) => {
    const row = l.pieces.sort((a, b) => a.x - b.x);
    let text = '';
    let right = -Infinity;
    for (const p of row) {
      if (text && p.x - right > l.height * 1.5) text += '\t';
      else if (text && p.x - right > l.height * 0.15 && !/\s$/.test(text) && !/^\s/.test(p.text)) text += ' ';
      text += p.text;
      right = p.x + p.width;
    }
    return { x: row[0]!.x, y: l.y, height: l.height, text: text.replace(/ {2,}/g, ' ').trim() };
  });
}

const opensItem = /^(?:\(?[a-z0-9]{1,3}[.)]|\d+(?:\.\d+)+|[•●▪◦-])\s/i;

/** Lines into paragraphs: a wider gap than between lines of one paragraph, or a numbered line, starts a new one. */
function toParagraphs(lines: Line[]): string[] {
  const out: string[] = [];
  let current: Line | undefined;
  let lastY = 0;
  let lastGap = 0;
  for (const line of lines) {
    if (!line.text) continue;
    const gap = current ? lastY - line.y : 0;
    const sameParagraph =
      current !== undefined &&
      !line.text.includes('\t') &&
      !current.text.includes('\t') &&
      gap <= line.height * 1.6 &&
      (lastGap === 0 || gap <= lastGap * 1.25) &&
      !opensItem.test(line.text) &&
      Math.abs(line.height - current.height) < 1;
    if (sameParagraph) {
      current!.text = current!.text.endsWith('-') && /^[a-z]/.test(line.text) ? `${current!.text.slice(0, -1)}${line.text}` : `${current!.text} ${line.text}`;
      lastGap = gap;
    } else {
      if (current) out.push(current.text);
      current = { ...line };
      lastGap = 0;
    }
    lastY = line.y;
  }
  if (current) out.push(current.text);
  return out;
}

export async function pdfText(bytes: Uint8Array): Promise<{ text: string; pages: number }> {
  const task = getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, disableFontFace: true, verbosity: 0 });
  const pdf = await task.promise;
  const pages: string[][] = [];
  let characters = 0;
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    const pieces: Piece[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str === '') continue;
      pieces.push({ x: item.transform[4], y: item.transform[5], width: item.width, height: item.height || Math.abs(item.transform[3]), text: item.str });
      characters += item.str.replace(/\s/g, '').length;
    }
    pages.push(toParagraphs(toLines(pieces)));
  }
  await task.destroy();
  if (characters === 0) {
    throw new NoTextLayer(
      `This PDF has no text layer: its ${pdf.numPages === 1 ? 'page is an image' : `${pdf.numPages} pages are images`}, as in a scan, so there are no words to import. ` +
        'Ask the council for the Word file or a PDF saved from it, or run the scan through text recognition (OCR) and check every word before importing it.',
    );
  }
  return { text: `${pages.map((p) => p.join('\n\n')).join('\n\f\n')}\n`, pages: pdf.numPages };
}
