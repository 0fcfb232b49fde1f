/**
 * The CSS a page needs, inlined so that it paints from its first round trip. Pure: HTML and CSS
 * text in, text out; src/plugins/inline-css.ts applies it to every built page.
 *
 * A page's stylesheets are cut down to the rules that can apply to an element the page has, at
 * any time: a rule is kept when its selector, with every condition that can change removed
 * (hover, focus, `:target`, `:not()`, `:has()`, attributes such as `[data-theme='light']`,
 * `[open]` or `[aria-current]`, pseudo-elements), matches an element of the page. So both themes,
 * every state and every media query (print, narrow screens) stay, and only rules for elements the
 * page does not have go. What is kept keeps its order, its `@media`/`@supports` and its cascade
 * layer; the layer order of the whole sheets is declared first, so that a later full stylesheet
 * cannot reorder it.
 */
import postcss, { type AtRule, type ChildNode, type Container, type Root } from 'postcss';
import selectorParser from 'postcss-selector-parser';
import { fromHtml } from 'hast-util-from-html';
import type { Element, RootContent } from 'hast';

/** Pseudo-classes that group other selectors; `:where()` is `:is()` without specificity, which matching ignores. */
const GROUPING = new Set([':is', ':where', ':matches', ':-webkit-any', ':-moz-any']);

/** One compound selector with every changeable condition removed: `a.x#y:is(…)`. */
interface Compound {
  /** Element name in lower case; undefined for any element. */
  tag?: string;
  classes: string[];
  ids: string[];
  /** `:root`: the document element. */
  root: boolean;
  /** Each `:is()`: the element matches one of its alternatives. */
  is: Complex[][];
}

/** A complex selector, read right to left: `compounds[i]` and `compounds[i + 1]` joined by `combinators[i]`. */
interface Complex {
  compounds: Compound[];
  /** '' (descendant), '>', '+' or '~'. */
  combinators: string[];
}

/**
 * A complex selector made as broad as any state of the page could make it, or `unknown` when it
 * uses syntax this does not read (such a rule is kept). `a:hover` → `a`; `:root[data-theme='light'] .x`
 * → `:root .x`; `.x::before` → `.x`; `li:not(:last-child)` → `li`; `[hidden]` → `*`. What it
 * matches is a superset of what the original could ever match.
 */
export type Broadened = { unknown: true } | ({ unknown: false } & Complex);

function readComplex(selector: selectorParser.Selector): Complex | undefined {
  const compounds: Compound[] = [];
  const combinators: string[] = [];
  let current: Compound = { classes: [], ids: [], root: false, is: [] };
  for (const node of selector.nodes) {
    switch (node.type) {
      case 'comment':
        break;
      case 'combinator': {
        const value = node.value.trim();
        if (!['', '>', '+', '~'].includes(value)) return undefined;
        // A compound left empty (all of it was a changeable condition) stands for any element.
        compounds.push(current);
        combinators.push(value);
        current = { classes: [], ids: [], root: false, is: [] };
        break;
      }
      case 'tag':
        current.tag = node.value.toLowerCase();
        break;
      case 'universal':
        break;
      case 'class':
        current.classes.push(node.value);
        break;
      case 'id':
        current.ids.push(node.value);
        break;
      case 'attribute':
      case 'nesting':
        // Attributes change (data-theme, open, hidden, aria-current): any value may come.
        break;
      case 'pseudo': {
        const name = node.value.toLowerCase();
        if (name === ':root') current.root = true;
        else if (GROUPING.has(name)) {
          const alternatives = node.nodes.map(readComplex);
          if (alternatives.some((a) => a === undefined)) return undefined;
          // One simple alternative, `:where(.astro-x)`, is the same as writing it in the compound.
          const only = alternatives.length === 1 && alternatives[0]!.compounds.length === 1 ? alternatives[0]!.compounds[0]! : undefined;
          if (only && only.is.length === 0 && !only.root) {
            if (only.tag) current.tag = only.tag;
            current.classes.push(...only.classes);
            current.ids.push(...only.ids);
          } else current.is.push(alternatives as Complex[]);
        }
        // Anything else can change (hover, focus, target, checked, not, has, empty, nth-child as
        // scripts add elements, lang) or is a pseudo-element: the element itself is what matters.
        break;
      }
      default:
        return undefined;
    }
  }
  compounds.push(current);
  return { compounds, combinators };
}

const broadenedCache = new Map<string, Broadened>();

/** See {@link Broadened}; one complex selector, without commas at its top level. */
export function broaden(selector: string): Broadened {
  const known = broadenedCache.get(selector);
  if (known) return known;
  let result: Broadened = { unknown: true };
  try {
    selectorParser((root) => {
      const only = root.nodes.length === 1 ? readComplex(root.nodes[0]!) : undefined;
      if (only) result = { unknown: false, ...only };
    }).processSync(selector);
  } catch {
    result = { unknown: true };
  }
  broadenedCache.set(selector, result);
  return result;
}

/** An element of a page, for matching. */
interface El {
  tag: string;
  classes: Set<string>;
  id: string | undefined;
  parent: El | undefined;
  previous: El | undefined;
}

/** A parsed page to match selectors against, indexed by class, id and element name. */
export interface PageTree {
  elements: El[];
  byClass: Map<string, El[]>;
  byId: Map<string, El[]>;
  byTag: Map<string, El[]>;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/**
 * Parses a page; the contents of `<template>` elements count as elements of the page, standing where
 * the template stands (children of its parent), since scripts copy them into the page: a widget's
 * template holds what it makes, inside the same containers (src/widgets/common/templates.ts).
 */
export function pageTree(html: string): PageTree {
  const page: PageTree = { elements: [], byClass: new Map(), byId: new Map(), byTag: new Map() };
  const visit = (nodes: RootContent[], parent: El | undefined) => {
    let previous: El | undefined;
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      const className = node.properties.className;
      const el: El = {
        tag: node.tagName.toLowerCase(),
        classes: new Set(Array.isArray(className) ? className.map(String) : []),
        id: typeof node.properties.id === 'string' ? node.properties.id : undefined,
        parent,
        previous,
      };
      page.elements.push(el);
      push(page.byTag, el.tag, el);
      for (const c of el.classes) push(page.byClass, c, el);
      if (el.id !== undefined) push(page.byId, el.id, el);
      if (node.tagName === 'template') visit([...(node.content?.children ?? []), ...node.children], parent);
      else visit(node.children, el);
      previous = el;
    }
  };
  visit(fromHtml(html).children, undefined);
  return page;
}

function compoundMatches(c: Compound, el: El): boolean {
  if (c.tag !== undefined && c.tag !== el.tag) return false;
  if (c.root && (el.parent !== undefined || el.tag !== 'html')) return false;
  for (const name of c.classes) if (!el.classes.has(name)) return false;
  for (const id of c.ids) if (el.id !== id) return false;
  return c.is.every((alternatives) => alternatives.some((a) => matchesAt(a, a.compounds.length - 1, el)));
}

/** Whether `el` matches the selector's compounds up to `i`, with compound `i` on `el`. */
function matchesAt(s: Complex, i: number, el: El): boolean {
  if (!compoundMatches(s.compounds[i]!, el)) return false;
  if (i === 0) return true;
  switch (s.combinators[i - 1]) {
    case '>':
      return el.parent !== undefined && matchesAt(s, i - 1, el.parent);
    case '+':
      return el.previous !== undefined && matchesAt(s, i - 1, el.previous);
    case '~':
      for (let p = el.previous; p; p = p.previous) if (matchesAt(s, i - 1, p)) return true;
      return false;
    default:
      for (let p = el.parent; p; p = p.parent) if (matchesAt(s, i - 1, p)) return true;
      return false;
  }
}

/** The elements worth trying as the selector's subject: the fewest that the last compound allows. */
function candidates(c: Compound, page: PageTree): El[] {
  const lists: El[][] = [];
  for (const id of c.ids) lists.push(page.byId.get(id) ?? []);
  for (const name of c.classes) lists.push(page.byClass.get(name) ?? []);
  if (c.tag !== undefined) lists.push(page.byTag.get(c.tag) ?? []);
  if (lists.length === 0) return page.elements;
  return lists.reduce((a, b) => (b.length < a.length ? b : a));
}

/** Whether the page has every class, id and element name the compounds outside `:is()` need. */
function hasAllNeeded(s: Complex, page: PageTree): boolean {
  return s.compounds.every(
    (c) => (c.tag === undefined || page.byTag.has(c.tag)) && c.classes.every((n) => page.byClass.has(n)) && c.ids.every((id) => page.byId.has(id)),
  );
}

/** Whether a complex selector can ever apply to an element of the page. */
export function canApply(selector: string, page: PageTree, memo?: Map<string, boolean>): boolean {
  const known = memo?.get(selector);
  if (known !== undefined) return known;
  const s = broaden(selector);
  // A selector this cannot read is kept: keeping a rule is always safe.
  const result = s.unknown || (hasAllNeeded(s, page) && candidates(s.compounds.at(-1)!, page).some((el) => matchesAt(s, s.compounds.length - 1, el)));
  memo?.set(selector, result);
  return result;
}

/** At-rules whose contents are rules to filter; anything else (`@font-face`, `@keyframes`, `@property`…) is kept whole. */
const GROUP_RULES = new Set(['media', 'supports', 'layer', 'container', 'scope', 'starting-style', 'document']);

/** The layer names a stylesheet declares, in the order it first names them (`starlight.base`). */
export function layerOrder(sheets: readonly string[]): string[] {
  const names: string[] = [];
  const add = (name: string) => {
    if (name && !names.includes(name)) names.push(name);
  };
  const prefix = (node: ChildNode) => {
    const parts: string[] = [];
    for (let p = node.parent as AtRule | Root | undefined; p?.type === 'atrule'; p = p.parent as AtRule | Root | undefined) {
      if (p.name.toLowerCase() === 'layer') parts.unshift(p.params.trim());
    }
    return parts.length > 0 ? `${parts.join('.')}.` : '';
  };
  for (const css of sheets) {
    postcss.parse(css).walkAtRules('layer', (rule) => {
      if (!rule.params.trim()) throw new Error('An anonymous @layer cannot be kept in order when the CSS is inlined; give the layer a name.');
      const at = prefix(rule);
      for (const name of rule.params.split(',')) add(`${at}${name.trim()}`);
    });
  }
  return names;
}

/** Removes empty grouping at-rules, innermost first. */
function pruneEmpty(container: Container): void {
  container.each((node) => {
    if (node.type !== 'atrule' || !node.nodes) return;
    pruneEmpty(node);
    if (GROUP_RULES.has(node.name.toLowerCase()) && node.nodes.length === 0) node.remove();
  });
}

/** The rules of `css` that can apply to the page, everything else as written. */
export function usedRules(css: string, page: PageTree, memo = new Map<string, boolean>()): string {
  const root: Root = postcss.parse(css);
  root.walkRules((rule) => {
    // Keyframe selectors (from, 50%) are not element selectors.
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as AtRule).name)) return;
    const kept = rule.selectors.filter((s) => canApply(s, page, memo));
    if (kept.length === 0) rule.remove();
    else if (kept.length < rule.selectors.length) rule.selectors = kept;
  });
  root.walkAtRules('charset', (rule) => void rule.remove());
  pruneEmpty(root);
  return root.toString();
}

/** A stylesheet `<link>` of a page's `<head>`. */
export interface SheetLink {
  /** The whole tag as written. */
  tag: string;
  href: string;
  /** Its `media`, or '' for all media. */
  media: string;
}

/** The stylesheet links in the page's `<head>`, in order. */
export function headStylesheets(html: string): SheetLink[] {
  const head = /<head\b[^>]*>([\s\S]*?)<\/head>/i.exec(html)?.[1] ?? '';
  return [...head.matchAll(/<link\b[^>]*>/gi)]
    .map((m) => m[0])
    .filter((tag) => /\brel=["']?stylesheet["'\s/>]/i.test(tag))
    .map((tag) => ({
      tag,
      href: /\bhref=["']?([^"'\s>]+)/i.exec(tag)?.[1] ?? '',
      media: /\bmedia=["']?([^"'>]+)/i.exec(tag)?.[1]?.trim() ?? '',
    }));
}

/**
 * Stylesheets that hold back the first paint: those in `<head>` for the screen. One with
 * `media="print"` does not (the browser still loads it, without waiting).
 */
export function renderBlocking(html: string): SheetLink[] {
  return headStylesheets(html).filter((l) => !/^print$/i.test(l.media));
}

export interface Inlined {
  html: string;
  /** The stylesheets that were inlined, in order. */
  inlined: string[];
  /** Bytes of CSS written into the page. */
  bytes: number;
}

/**
 * The page with its screen stylesheets replaced by one `<style>` holding the rules it can use,
 * where the first of them stood (so the cascade order with any other sheet is unchanged). With
 * `keepSheets`, for pages whose scripts add elements (a tool's verdict, search results), the full
 * stylesheets still load, from the end of `<body>`, where they hold back nothing already shown.
 */
export function inlineStylesheets(html: string, read: (href: string) => string, keepSheets: boolean, where = 'page'): Inlined {
  const sheets = renderBlocking(html);
  if (sheets.length === 0) return { html, inlined: [], bytes: 0 };
  const page = pageTree(html);
  const texts = sheets.map((s) => read(s.href));
  const layers = layerOrder(headStylesheets(html).map((s) => (sheets.includes(s) ? texts[sheets.indexOf(s)]! : read(s.href))));
  const memo = new Map<string, boolean>();
  const css = (layers.length > 0 ? `@layer ${layers.join(',')};` : '') + texts.map((t) => usedRules(t, page, memo)).join('');
  // data-inlined names the sheets the rules came from (the first-paint test adds them back to compare).
  let out = html.replace(sheets[0]!.tag, `<style data-inlined="${sheets.map((s) => s.href).join(' ')}">${css}</style>`);
  for (const sheet of sheets.slice(1)) out = out.replace(sheet.tag, '');
  if (keepSheets) {
    const end = out.lastIndexOf('</body>');
    if (end < 0) throw new Error(`${where} has no </body>, so its stylesheets have nowhere to load from.`);
    out = `${out.slice(0, end)}${sheets.map((s) => `<link rel="stylesheet" href="${s.href}">`).join('')}${out.slice(end)}`;
  }
  return { html: out, inlined: sheets.map((s) => s.href), bytes: Buffer.byteLength(css) };
}

/** Whether an element is hidden from screen readers and eyes alike, or only printed. */
function unseen(node: Element): boolean {
  const className = node.properties.className;
  const classes = Array.isArray(className) ? className.map(String) : [];
  return node.properties.hidden === true || classes.includes('print-only') || classes.includes('sr-only');
}

/** The page's first paragraph: where its start tag begins, where it ends (just after `</p>`), and its id. */
export interface FirstParagraph {
  start: number;
  end: number;
  id: string | undefined;
}

/**
 * The first `<p>` inside `<main>` that is shown on screen (not hidden, not print-only, not for
 * screen readers only), or undefined when the page has none.
 */
export function firstParagraph(html: string): FirstParagraph | undefined {
  const tree = fromHtml(html);
  let found: FirstParagraph | undefined;
  const visit = (nodes: RootContent[], inMain: boolean): void => {
    for (const node of nodes) {
      if (found) return;
      if (node.type !== 'element' || unseen(node)) continue;
      const main = inMain || node.tagName === 'main';
      if (main && node.tagName === 'p' && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
        const id = node.properties.id;
        found = { start: node.position.start.offset, end: node.position.end.offset, id: typeof id === 'string' && id !== '' ? id : undefined };
        return;
      }
      visit(node.children, main);
    }
  };
  visit(tree.children, false);
  return found;
}

/** Where the page's first paragraph ends (the offset just after its `</p>`); a page without one: its end. */
export function firstParagraphEnd(html: string): number {
  return firstParagraph(html)?.end ?? html.length;
}

/** The id given to a first paragraph that has none (with a number after it if the page uses it already). */
export const FIRST_PARAGRAPH_ID = 'first-paragraph';

/**
 * Holds back the page's first rendering until its first paragraph has been read: a
 * `<link rel="expect" href="#…" blocking="render">` at the top of `<head>` (after `<meta charset>`), naming the paragraph
 * (given an id when it has none). A page whose stylesheets are all inlined could otherwise be
 * rendered as soon as the parser first pauses, often before `<body>`: a blank frame, laid out and
 * painted for nothing, and the page's real layout done again after it. With the link, the first
 * frame shows the header, the title and the first paragraph, which arrive in the first round trip
 * (the first-paint budget). A browser that does not know `rel="expect"` ignores it. A page with no
 * first paragraph is returned as it is.
 */
export function renderAfterFirstParagraph(html: string): string {
  const paragraph = firstParagraph(html);
  const head = /<head\b[^>]*>/i.exec(html);
  if (!paragraph || !head || head.index > paragraph.start) return html;
  let id = paragraph.id;
  let out = html;
  if (id === undefined) {
    const taken = new Set([...html.matchAll(/\sid=["']?([^"'\s>]+)/g)].map((m) => m[1]!));
    id = FIRST_PARAGRAPH_ID;
    for (let n = 2; taken.has(id); n++) id = `${FIRST_PARAGRAPH_ID}-${n}`;
    const afterName = paragraph.start + '<p'.length;
    out = `${out.slice(0, afterName)} id="${id}"${out.slice(afterName)}`;
  }
  // After `<meta charset>` when it opens <head>: the encoding stays the first thing said.
  let at = head.index + head[0].length;
  at += /^\s*<meta\s+charset=[^>]*>/i.exec(out.slice(at))?.[0].length ?? 0;
  return `${out.slice(0, at)}<link rel="expect" href="#${encodeURIComponent(id)}" blocking="render">${out.slice(at)}`;
}
