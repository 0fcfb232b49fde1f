/**
 * Inline text of an imported document: the export markup a source may carry (Markdown bold and
 * italics, links, backslash escapes, HTML tags and entities) read into plain words with emphasis
 * kept, and written back as MDX that shows exactly those words.
 *
 * Emphasis travels as sentinel characters between the two steps, so that everything else can be
 * escaped for MDX without touching it.
 */
import { decodeEntities } from '../fidelity.ts';

/** Sentinels for emphasis inside plain text (never in a source: C0 control characters). */
export const BOLD = '\u0001';
export const ITALIC = '\u0002';

/**
 * Reads one stretch of source text (it may span lines) into plain words with emphasis sentinels:
 * `**x**`, `<b>x</b>`, `<strong>` → bold; `*x*`, `<i>`, `<em>` → italic; other tags dropped with
 * their words kept; Markdown links shown as their visible text; backslash escapes and HTML
 * entities resolved.
 */
export function readInline(text: string, markup: boolean): string {
  if (!markup) return text;
  let out = text;
  out = out.replace(/<\/?(?:b|strong)\b[^>]*>/gi, BOLD).replace(/<\/?(?:i|em)\b[^>]*>/gi, ITALIC);
  out = out.replace(/<br\s*\/?>/gi, '\n').replace(/<\/?[a-z][^>]*>/gi, '');
  // Links: [visible](target) keeps the visible text; <http://…> autolinks keep the address.
  out = out.replace(/\[((?:[^\]\\]|\\.)*)\]\((?:[^()]|\([^)]*\))*\)/g, '$1');
  out = out.replace(/<((?:https?:\/\/|mailto:)[^>]+)>/g, '$1');
  out = out.replace(/\*\*/g, BOLD);
  out = out.replace(/(^|[\s('"‘])\*(\S[^*\n]*?)\*(?=[\s).,;:'"’]|$)/g, `$1${ITALIC}$2${ITALIC}`);
  out = out.replace(/\\+([_()[\]*#.\-!\\])/g, '$1');
  return balance(decodeEntities(out));
}

/** Drops an emphasis sentinel that has no partner, so no emphasis runs on to the end. */
function balance(text: string): string {
  let out = text;
  for (const mark of [BOLD, ITALIC]) {
    const count = out.split(mark).length - 1;
    if (count % 2 === 1) {
      const last = out.lastIndexOf(mark);
      out = out.slice(0, last) + out.slice(last + 1);
    }
    // Emphasis around nothing but spaces shows nothing: drop the pair.
    out = out.replace(new RegExp(`${mark}(\\s*)${mark}`, 'g'), '$1');
  }
  return out;
}

/** The plain words: sentinels removed. */
export function plain(text: string): string {
  return text.replace(/[\u0001\u0002]/g, '');
}

/**
 * Escapes plain words for MDX so they show as written: braces and angle brackets (JSX), Markdown
 * punctuation that would start emphasis or a link, and, at the start of a line, the marks that
 * would begin a heading, list, quote or numbered list. Emphasis sentinels become `**` and `*`.
 */
export function toMdx(text: string, options: { lineStart?: boolean } = {}): string {
  const lineStart = options.lineStart ?? true;
  const lines = text.split('\n').map((line) => {
    // Web and e-mail addresses keep their characters: an escape inside one would show as a backslash.
    let out = line
      .split(/((?:https?:\/\/|www\.)[^\s<>{}]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)/)
      .map((piece, k) => (k % 2 === 1 ? piece : piece.replace(/([\\`*_[\]{}<>|~])/g, '\\$1')))
      .join('');
    if (lineStart) out = out.replace(/^(\s*)([#>+-])(?=\s|$)/, '$1\\$2').replace(/^(\s*)(\d+)([.)])(?=\s|$)/, '$1$2\\$3');
    out = out.replace(/&(?=#?\w+;)/g, '&amp;');
    return emphasis(out);
  });
  return lines.join('\\\n');
}

/** Emphasis sentinels as Markdown, with the spaces just inside moved outside (`** x**` does not work). */
function emphasis(text: string): string {
  let out = text;
  for (const [mark, md] of [
    [BOLD, '**'],
    [ITALIC, '*'],
  ] as const) {
    out = out.replace(new RegExp(`${mark}([^${mark}]*)${mark}`, 'g'), (_, inner: string) => {
      const lead = /^\s*/.exec(inner)![0];
      const trail = /\s*$/.exec(inner)![0];
      const core = inner.trim();
      return core ? `${lead}${md}${core}${md}${trail}` : inner;
    });
  }
  return out.replace(/[\u0001\u0002]/g, '');
}

/** A web address or e-mail address on its own: shown as printed. */
export const ADDRESS = /^(?:https?:\/\/|www\.)\S+$|^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/i;
