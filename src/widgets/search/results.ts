/**
 * What the search page (<gov-search>, search-element.ts) and the header's search field
 * (src/components/header-search/) share: Pagefind, loaded once a page, and a result drawn from a
 * template in the page with DOM text nodes only, so nothing from the index or the address is ever
 * parsed as markup.
 */
import { clauseLabel, nearestTarget, DUTY_RECORD, type Anchor } from '../../lib/search-state';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors?: Anchor[];
  locations?: number[];
}
export type Filters = Record<string, { any: string[] }>;
export interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
export interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(q: string, o: { filters: Filters }): Promise<void>;
  search(q: string | null, o: { filters: Filters }): Promise<{ results: PagefindResult[] }>;
}

let pagefind: Promise<Pagefind> | undefined;

/**
 * Pagefind, loading from the first call on the page; the first caller's choice of thread holds for
 * the page. `tag` (the index's hash, written into the page at build time) lets a cache keep
 * Pagefind's entry file, which it would otherwise ask for with the time in its address.
 *
 * By default its work runs in its own worker, off the page's thread (the search page, which
 * searches as it loads). With `mainThread` it runs on the page's thread, and fetches its files from
 * the page, so that files the page has preloaded are used as they are: a worker's requests cannot
 * use the page's preloads, and would wait a round trip each to check them (the header's live
 * results, whose work happens only while the reader types).
 */
export function loadPagefind(tag: string | undefined, { mainThread = false } = {}): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ `${'/pagefind/pagefind.js'}`).then(async (pf: Pagefind) => {
    await pf.options({ excerptLength: 24, ...(tag ? { metaCacheTag: tag } : {}), ...(mainThread ? { noWorker: true } : {}) });
    void pf.init();
    return pf;
  });
  return pagefind;
}

/** Pagefind excerpts mark matches with <mark>; rebuild them as text nodes and <mark> elements. */
function excerptNodes(excerpt: string): Node[] {
  const decode = (s: string) => {
    const el = document.createElement('textarea');
    el.innerHTML = s; // a <textarea> never parses markup: this only decodes entities.
    return el.value;
  };
  return excerpt.split(/(<mark>[^<]*<\/mark>)/).map((part) => {
    const inner = /^<mark>([^<]*)<\/mark>$/.exec(part);
    if (!inner) return document.createTextNode(decode(part.replace(/<[^>]*>/g, '')));
    const mark = document.createElement('mark');
    mark.textContent = decode(inner[1] ?? '');
    return mark;
  });
}

/** Fills the element marked `data-<name>` inside `root` (and drops the mark, which only finds it). */
function fill(root: Element, name: string, nodes: string | Node[]): HTMLElement {
  const el = root.querySelector<HTMLElement>(`[data-${name}]`)!;
  el.removeAttribute(`data-${name}`);
  if (typeof nodes === 'string') el.textContent = nodes;
  else el.replaceChildren(...nodes);
  return el;
}

/**
 * One result, cloned from the first `<li>` of `template` (it holds elements marked
 * `data-result-link`, `data-result-meta` and `data-result-excerpt`), so that the CSS inlined into the
 * page, which reads template contents, styles it without the full stylesheets.
 */
export function resultItem(template: HTMLTemplateElement, d: PagefindResultData): HTMLLIElement {
  const li = template.content.querySelector('li')!.cloneNode(true) as HTMLLIElement;
  // A duty record already points at its clause; a page points at the clause nearest the match.
  const target = d.meta.anchor ? { id: d.meta.anchor, label: clauseLabel(d.meta.anchor) } : nearestTarget(d.anchors ?? [], d.locations ?? []);
  const link = fill(li, 'result-link', d.meta.title ?? d.url) as HTMLAnchorElement;
  link.href = target ? `${d.url.replace(/#.*$/, '')}#${target.id}` : d.url;
  if (d.filters.record?.includes(DUTY_RECORD)) li.dataset.duty = '';
  fill(li, 'result-meta', [d.meta.bearers ?? target?.label, ...(d.filters.trust ?? []), ...(d.filters.type ?? [])].filter(Boolean).join(' · '));
  fill(li, 'result-excerpt', excerptNodes(d.excerpt));
  return li;
}

/**
 * Asks for the data of `results` so that the first arrives first: alone on the link, then the rest
 * together. Each promise is kept on its entry, so a result is never fetched twice.
 */
export function dataInOrder(results: { result: PagefindResult; data?: Promise<PagefindResultData> }[]): Promise<PagefindResultData>[] {
  const [first, ...rest] = results;
  if (!first) return [];
  const head = (first.data ??= first.result.data());
  // The others wait for the first (or its failure), then go together.
  const after = head.then(
    () => undefined,
    () => undefined,
  );
  return [head, ...rest.map((r) => (r.data ??= after.then(() => r.result.data())))];
}
