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
/** What the pages ask of Pagefind, wherever it runs. */
export interface Pagefind {
  preload(q: string, o: { filters: Filters }): Promise<void>;
  search(q: string | null, o: { filters: Filters }): Promise<{ results: PagefindResult[] }>;
}
/** Pagefind's script, `/pagefind/pagefind.js`. */
export interface PagefindModule extends Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
}

type Call =
  | { call: 'start'; lang: string; tag: string | undefined }
  | { call: 'preload'; words: string; filters: Filters }
  | { call: 'search'; q: string | null; filters: Filters }
  /** The data of results `indexes` of the search asked for by request `search`, in that order. */
  | { call: 'data'; search: number; indexes: number[] };
/** A message to the search page's worker (search-worker.ts); `id` is the reply's. */
export type WorkerRequest = { id: number } & Call;
export type WorkerReply = { id: number; value?: unknown; error?: string };

let pagefind: Promise<Pagefind> | undefined;

/**
 * Pagefind, loading from the first call on the page; the first caller's choice of thread holds for
 * the page. `tag` (the index's hash, written into the page at build time) lets a cache keep
 * Pagefind's entry file, which it would otherwise ask for with the time in its address.
 *
 * By default its script loads and runs in a worker of the page's own (search-worker.ts), so that the
 * page's thread neither evaluates it nor relays its work (the search page, which searches as it
 * loads). With `mainThread` it runs on the page's thread, and fetches its files from the page, so
 * that files the page has preloaded are used as they are: a worker's requests cannot use the page's
 * preloads, and would wait a round trip each to check them (the header's live results, whose work
 * happens only while the reader types).
 */
export function loadPagefind(tag: string | undefined, { mainThread = false } = {}): Promise<Pagefind> {
  pagefind ??= mainThread
    ? import(/* @vite-ignore */ `${'/pagefind/pagefind.js'}`).then(async (pf: PagefindModule) => {
        await pf.options({ excerptLength: 24, ...(tag ? { metaCacheTag: tag } : {}), noWorker: true });
        void pf.init();
        return pf;
      })
    : inWorker(tag);
  return pagefind;
}

/** Pagefind in search-worker.ts, behind the same calls; a worker that does not load fails every call, saying so. */
function inWorker(tag: string | undefined): Promise<Pagefind> {
  const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module', name: 'search' });
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let next = 0;
  let failed: Error | undefined;
  worker.addEventListener('message', ({ data: reply }: MessageEvent<WorkerReply>) => {
    const call = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (reply.error === undefined) call?.resolve(reply.value);
    else call?.reject(new Error(reply.error));
  });
  worker.addEventListener('error', (event) => {
    failed = new Error(event.message || 'its worker did not load.');
    for (const call of waiting.values()) call.reject(failed);
    waiting.clear();
  });
  const send = (call: Call): { id: number; reply: Promise<unknown> } => {
    const id = ++next;
    const reply = failed
      ? Promise.reject(failed)
      : new Promise<unknown>((resolve, reject) => {
          waiting.set(id, { resolve, reject });
          worker.postMessage({ id, ...call } as WorkerRequest);
        });
    return { id, reply };
  };
  const api: Pagefind = {
    preload: async (words, { filters }) => void (await send({ call: 'preload', words, filters }).reply),
    async search(q, { filters }) {
      const { id, reply } = send({ call: 'search', q, filters });
      const total = (await reply) as number;
      // The data asked for together (dataInOrder asks for all but the first at once) goes in one
      // message and comes back in one, so that those results are drawn together.
      let batch: { index: number; resolve: (d: PagefindResultData) => void; reject: (e: Error) => void }[] = [];
      const flush = () => {
        const asked = batch;
        batch = [];
        send({ call: 'data', search: id, indexes: asked.map((a) => a.index) }).reply.then(
          (data) => asked.forEach((a, i) => a.resolve((data as PagefindResultData[])[i]!)),
          (error: Error) => asked.forEach((a) => a.reject(error)),
        );
      };
      const data = (index: number) =>
        new Promise<PagefindResultData>((resolve, reject) => {
          if (batch.length === 0) queueMicrotask(flush);
          batch.push({ index, resolve, reject });
        });
      return { results: Array.from({ length: total }, (_, index) => ({ data: () => data(index) })) };
    },
  };
  // The worker takes its messages in order: the first search need not wait for this reply, and a
  // Pagefind that does not start fails each call with its reason.
  send({ call: 'start', lang: document.documentElement.lang, tag }).reply.catch(() => undefined);
  return Promise.resolve(api);
}

/** Decodes the entities of an excerpt's text; one for the page. */
let decoder: HTMLTextAreaElement | undefined;

/** Pagefind excerpts mark matches with <mark>; rebuild them as text nodes and <mark> elements. */
function excerptNodes(excerpt: string): Node[] {
  const decode = (s: string) => {
    decoder ??= document.createElement('textarea');
    decoder.innerHTML = s; // a <textarea> never parses markup: this only decodes entities.
    return decoder.value;
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
