/**
 * The Content Security Policy of a built page: finds its inline `<script>` and `<style>` elements,
 * hashes them, and writes the policy that allows exactly those and the site's own files. Plain
 * functions on strings; src/plugins/csp.ts applies them to every page after the build.
 */
import { createHash } from 'node:crypto';

/** One inline element whose text the browser checks against the policy's hashes. */
export interface InlineBlock {
  /** `script` or `style`. */
  kind: 'script' | 'style';
  /** The element's text exactly as the browser hashes it (after the HTML parser has read it). */
  text: string;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

/** Decodes the character references the HTML parser decodes in text inside `<svg>` and `<math>`. */
function decodeForeignText(text: string): string {
  return text
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, data: string) => data.replace(/&/g, '\u0000amp;'))
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
      if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return String.fromCodePoint(code);
    })
    .replace(/\u0000amp;/g, '&');
}

/**
 * Whether the browser runs (and so checks against the policy) a script with these attributes:
 * no type, a JavaScript type, a module, an import map or speculation rules. A data block such as
 * `type="application/json"` is never run, so it needs no hash.
 */
export function runsAsScript(attributes: string): boolean {
  const type = /(?:^|\s)type\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes);
  if (!type) return true;
  const value = (type[1] ?? type[2] ?? type[3] ?? '').trim().toLowerCase();
  return value === '' || value === 'module' || value === 'importmap' || value === 'speculationrules' || /^(?:text|application)\/(?:x-)?(?:java|ecma)script$/.test(value);
}

/**
 * Every inline script and style element of an HTML page, in document order. A script with a `src`
 * attribute is not inline, and a data block (`type="application/json"`) is left out. Comments are
 * skipped. In HTML, script and style are raw text, hashed as
 * written; inside inline SVG or MathML (Mermaid diagrams) the parser decodes character references and
 * CDATA first, so the text is decoded the same way. Line endings are normalised to `\n`, as the
 * parser does.
 */
export function findInlineBlocks(html: string): InlineBlock[] {
  const source = html.replace(/\r\n?/g, '\n').replace(/<!--[\s\S]*?-->/g, '');
  const blocks: InlineBlock[] = [];
  const tags = /<(script|style)\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/\1\s*>|<(\/?)(svg|math)\b[^>]*>/gi;
  let foreignDepth = 0;
  for (const match of source.matchAll(tags)) {
    if (match[5]) {
      foreignDepth = Math.max(0, foreignDepth + (match[4] ? -1 : match[0].endsWith('/>') ? 0 : 1));
      continue;
    }
    const [, tag = '', attributes = '', text = ''] = match;
    const kind = tag.toLowerCase() as InlineBlock['kind'];
    if (kind === 'script' && (/(?:^|\s)src\s*=/i.test(attributes) || !runsAsScript(attributes))) continue;
    blocks.push({ kind, text: foreignDepth > 0 ? decodeForeignText(text) : text });
  }
  return blocks;
}

/** The CSP source expression for a text: `'sha256-<base64>'` of its UTF-8 bytes. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The distinct hash sources of the scripts and of the styles, in first-seen order. */
export function hashBlocks(blocks: InlineBlock[]): { scripts: string[]; styles: string[] } {
  const of = (kind: InlineBlock['kind']) => [...new Set(blocks.filter((b) => b.kind === kind).map((b) => hashSource(b.text)))];
  return { scripts: of('script'), styles: of('style') };
}

/**
 * The page's policy. Scripts and style elements must be the site's own files or match a hash; no
 * `'unsafe-inline'` for either. `'wasm-unsafe-eval'` lets Pagefind compile its WebAssembly, and
 * `blob:` lets it (and the downloads) use object URLs for workers and images.
 */
export function buildPolicy(hashes: { scripts: string[]; styles: string[] }): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...hashes.scripts],
    ['style-src', "'self'", ...hashes.styles],
    // Inline style attributes stay allowed: Mermaid's SVGs and a few components (the structure
    // diagrams, the timeline bars) set `style="…"`. Attributes cannot run script.
    ['style-src-attr', "'unsafe-inline'"],
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['worker-src', "'self'", 'blob:'],
    ['frame-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'self'"],
  ];
  return directives.map((parts) => parts.join(' ')).join('; ');
}

/** The `<meta>` element carrying a policy; the policy has no characters that need escaping. */
export function policyMeta(policy: string): string {
  if (/["<>&]/.test(policy)) throw new Error(`The Content Security Policy contains a character that would break its meta tag: ${policy}`);
  return `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
}

/**
 * The page with its policy at the top of `<head>`, so that it governs every element after it: the
 * first child, or the second when the first is `<meta charset>`, which HTML wants within the
 * page's first 1,024 bytes (a policy with many hashes would push it out). A page that already has a
 * policy meta tag, or has no `<head>`, is an error: say which.
 */
export function addPolicy(html: string, where = 'page'): { html: string; scripts: number; styles: number } {
  if (/<meta\s+http-equiv=["']?Content-Security-Policy/i.test(html)) throw new Error(`${where} already has a Content Security Policy meta tag; remove it so that the build step writes the only one.`);
  const head = /<head\b[^>]*>/i.exec(html);
  if (!head) throw new Error(`${where} has no <head> element, so its Content Security Policy has nowhere to go.`);
  const hashes = hashBlocks(findInlineBlocks(html));
  const afterHead = head.index + head[0].length;
  const charset = /^\s*<meta\s+charset=["']?[\w-]+["']?\s*\/?>/i.exec(html.slice(afterHead));
  const at = afterHead + (charset ? charset[0].length : 0);
  return {
    html: html.slice(0, at) + policyMeta(buildPolicy(hashes)) + html.slice(at),
    scripts: hashes.scripts.length,
    styles: hashes.styles.length,
  };
}
