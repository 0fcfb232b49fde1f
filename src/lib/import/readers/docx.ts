/**
 * A Word file (.docx) to the importer's text, through mammoth: the body as HTML, then the HTML
 * reader's text. Word keeps running headers and footers in parts of their own
 * (word/header1.xml, word/footer1.xml), which mammoth leaves out of the body; they are read here
 * and recorded as furniture outside the text, so nothing is dropped unseen.
 */
import mammoth from 'mammoth';
import type { Outside } from '../index.ts';
import { treeText } from './html.ts';
import { fromHtml } from 'hast-util-from-html';
import { unzip } from './zip.ts';

export interface WordText {
  text: string;
  outside: Outside[];
  /** What mammoth said about the conversion (styles it did not know, images), for the report. */
  messages: string[];
}

/** The words of a WordprocessingML part: its paragraphs, one a line. */
function partWords(xml: string): string {
  return xml
    .replace(/<w:fldSimple[^>]*w:instr="\s*(\w+)[^"]*"[^>]*>[\s\S]*?<\/w:fldSimple>/g, '<w:t>{$1}</w:t>')
    .split(/<\/w:p>/)
    .map((p) =>
      [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)]
        .map((m) => (m[1] !== undefined ? m[1] : '\t'))
        .join('')
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .trim(),
    )
    .filter((t) => t !== '')
    .join(' / ');
}

export async function wordText(bytes: Uint8Array): Promise<WordText> {
  // Word's title styles are paragraphs of the title page, not headings of the document.
  const styleMap = ["p[style-name='Title'] => p:fresh", "p[style-name='Subtitle'] => p:fresh"];
  const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap });
  const text = treeText(fromHtml(result.value, { fragment: true }).children);
  const outside: Outside[] = [];
  const files = unzip(bytes);
  for (const [name, data] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    const part = /^word\/(header|footer)\d*\.xml$/.exec(name);
    if (!part) continue;
    const words = partWords(Buffer.from(data).toString('utf8'));
    if (words) {
      outside.push({
        where: name,
        text: words,
        why: `running ${part[1] === 'header' ? 'head' : 'footer'} of the Word file, printed on its pages; Word keeps it outside the body, so it is not in the text`,
      });
    }
  }
  return { text, outside, messages: result.messages.map((m) => `${m.type}: ${m.message}`) };
}
