/**
 * HTML to the importer's text: a saved committee-system or council web page (its main content
 * only; the site's header, navigation and footer are recorded as furniture outside the text), and
 * the HTML mammoth makes of a Word file. Headings become Markdown "#" lines, lists "- " lines,
 * table rows tab-separated cells, bold `**` and italics `*`; every other character is the page's
 * own, escaped where it would read as one of those marks.
 */
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { Outside } from '../index.ts';

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'iframe', 'button', 'form', 'input', 'select', 'textarea']);
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'blockquote', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'dl', 'dt', 'dd', 'figure', 'figcaption', 'address', 'pre', 'caption', 'body', 'html']);

/** The page's words, escaped so that none reads as a mark of the text convention. */
function escape(text: string): string {
  return text.replace(/[\\*_[\]]/g, '\\$&');
}

function inline(nodes: readonly ElementContent[] | readonly RootContent[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') out += escape(node.value.replace(/\s+/g, ' '));
    else if (node.type === 'element') {
      if (SKIP.has(node.tagName)) continue;
      if (node.tagName === 'br') out += '\n';
      else if (node.tagName === 'strong' || node.tagName === 'b') out += wrap(inline(node.children), '**');
      else if (node.tagName === 'em' || node.tagName === 'i') out += wrap(inline(node.children), '*');
      else if (node.tagName === 'img') out += typeof node.properties?.alt === 'string' && node.properties.alt ? `[image: ${escape(node.properties.alt)}]` : '';
      else if (BLOCK.has(node.tagName)) out += ` ${inline(node.children)} `;
      else out += inline(node.children);
    }
  }
  return out;
}

/** Emphasis around words, spaces kept outside (`** x**` is not emphasis). */
function wrap(text: string, mark: string): string {
  const core = text.trim();
  if (!core) return text;
  return `${/^\s*/.exec(text)![0]}${mark}${core}${mark}${/\s*$/.exec(text)![0]}`;
}

const tidy = (text: string) =>
  text
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .filter((l) => l !== '');

const hasBlocks = (node: Element) => node.children.some((c) => c.type === 'element' && BLOCK.has(c.tagName));

/** Lines of the text convention for a tree of block elements; paragraphs are separated by a blank line. */
function lines(nodes: readonly (ElementContent | RootContent)[], out: string[], depth = 0): void {
  let run: (ElementContent | RootContent)[] = [];
  const flushInline = () => {
    const text = tidy(inline(run));
    run = [];
    if (text.length === 0) return;
    out.push(...text.map((l, k) => (k === 0 && /^(?:#|[-+•]\s)/.test(l) ? `\\${l}` : l)), '');
  };
  for (const node of nodes) {
    if (node.type !== 'element' || !BLOCK.has(node.tagName)) {
      if (node.type === 'element' && SKIP.has(node.tagName)) continue;
      run.push(node);
      continue;
    }
    flushInline();
    const tag = node.tagName;
    if (/^h[1-6]$/.test(tag)) {
      const text = tidy(inline(node.children)).join(' ');
      if (text) out.push(`${'#'.repeat(Number(tag[1]))} ${text}`, '');
    } else if (tag === 'ul' || tag === 'ol') {
      list(node, out, depth);
      out.push('');
    } else if (tag === 'table') {
      for (const row of selectAll('tr', node)) {
        const cells = row.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'));
        out.push(cells.map((c) => tidy(inline(c.children)).join(' ')).join('\t'));
      }
      out.push('');
    } else if (tag === 'hr') {
      continue;
    } else if (hasBlocks(node)) lines(node.children, out, depth);
    else {
      const text = tidy(inline(node.children));
      if (text.length > 0) out.push(...text.map((l, k) => (k === 0 && /^(?:#|[-+•]\s)/.test(l) ? `\\${l}` : l)), '');
    }
  }
  flushInline();
}

function list(node: Element, out: string[], depth: number): void {
  let n = typeof node.properties?.start === 'number' ? node.properties.start : 1;
  for (const item of node.children) {
    if (item.type !== 'element' || item.tagName !== 'li') continue;
    const own = item.children.filter((c) => !(c.type === 'element' && (c.tagName === 'ul' || c.tagName === 'ol')));
    const text = tidy(inline(own)).join(' ');
    const marker = node.tagName === 'ol' && depth === 0 ? `${n}. ` : `${'  '.repeat(depth)}- `;
    out.push(`${marker}${text}`);
    n++;
    for (const sub of item.children) if (sub.type === 'element' && (sub.tagName === 'ul' || sub.tagName === 'ol')) list(sub, out, depth + 1);
  }
}

/** The text of a tree of HTML, in the importer's convention. */
export function treeText(nodes: readonly (ElementContent | RootContent)[]): string {
  const out: string[] = [];
  lines(nodes, out);
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

/** Elements that hold a page's main content, most specific first. */
const MAIN = ['main', '[role=main]', 'article', '#content', '#main-content', '#main', '.content', '.main-content'];
/** The site's own parts of a page, outside its content. */
const CHROME: [string, string][] = [
  ['header', "the site's header"],
  ['nav', "the site's navigation"],
  ['[role=navigation]', "the site's navigation"],
  ['aside', 'a side panel of the site'],
  ['footer', "the site's footer"],
  ['[role=contentinfo]', "the site's footer"],
];

export interface PageText {
  text: string;
  /** The main content's element ("main", "article"…), or "body" when the page marks none. */
  from: string;
  outside: Outside[];
}

/** A saved web page: the text of its main content, and what of the page was left outside it. */
export function webPageText(html: string): PageText {
  const tree: Root = fromHtml(html);
  const body = select('body', tree) ?? tree;
  const found = MAIN.map((s) => ({ s, el: select(s, body) })).find((m) => m.el);
  const outside: Outside[] = [];
  if (found) {
    const main = found.el!;
    // Everything in the body but the main content is the site's, not the document's.
    const seen = new Set<Element>();
    for (const [selector, why] of CHROME) {
      for (const el of selectAll(selector, body)) {
        if (seen.has(el) || select(selector, main) === el || containsNode(main, el) || containsNode(el, main)) continue;
        seen.add(el);
        const words = toText(el).replace(/\s+/g, ' ').trim();
        if (words) outside.push({ where: `<${el.tagName}>${typeof el.properties?.id === 'string' ? `#${el.properties.id}` : ''}`, text: words, why: `${why}, outside the page's main content (<${main.tagName}>)` });
      }
    }
    return { text: treeText(main.children), from: found.s, outside };
  }
  for (const [selector, why] of CHROME) {
    for (const el of selectAll(selector, body)) {
      const words = toText(el).replace(/\s+/g, ' ').trim();
      if (words) outside.push({ where: `<${el.tagName}>`, text: words, why: `${why} (the page marks no main content)` });
      el.children = [];
    }
  }
  return { text: treeText(body.type === 'root' ? body.children : body.children), from: 'body', outside };
}

function containsNode(parent: Element, child: Element): boolean {
  return parent.children.some((c) => c === child || (c.type === 'element' && containsNode(c, child)));
}
