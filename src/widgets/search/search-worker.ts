/**
 * The search page's worker: Pagefind's script loads and runs here, off the page's thread, which
 * only sends the words and filters and receives each result's data (results.ts, `loadPagefind`).
 * Pagefind run this way needs no worker of its own. The messages are `WorkerRequest` and
 * `WorkerReply`; a search's results stay here, under the id of the request that found them, until
 * the page asks for their data, and only the last few searches are kept.
 */
import type { PagefindModule, PagefindResult, WorkerReply, WorkerRequest } from './results';

/** Searches whose results the page may still ask for: the one shown, and the few before it. */
const KEPT_SEARCHES = 4;

const scope = self as unknown as { postMessage(reply: WorkerReply): void; onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null };
let pagefind: Promise<PagefindModule> | undefined;
const searches = new Map<number, PagefindResult[]>();

/**
 * Pagefind chooses its index by the language of the page's `<html>`; a worker has no page, so it is
 * given one that answers that question, and nothing else, with the page's language.
 */
function start(lang: string, tag: string | undefined): Promise<PagefindModule> {
  const page = globalThis as { document?: unknown };
  page.document ??= { currentScript: null, querySelector: (selector: string) => (selector === 'html' ? { getAttribute: (name: string) => (name === 'lang' ? lang : null) } : null) };
  return import(/* @vite-ignore */ `${'/pagefind/pagefind.js'}`).then(async (pf: PagefindModule) => {
    // Result addresses from the site's root, as on the page's thread (here Pagefind would write them in full).
    await pf.options({ excerptLength: 24, baseUrl: '/', ...(tag ? { metaCacheTag: tag } : {}) });
    await pf.init();
    return pf;
  });
}

async function answer(request: WorkerRequest): Promise<unknown> {
  if (request.call === 'start') {
    pagefind ??= start(request.lang, request.tag);
    await pagefind;
    return null;
  }
  if (!pagefind) throw new Error('Search was asked for before Pagefind was started.');
  const pf = await pagefind;
  switch (request.call) {
    case 'preload':
      return pf.preload(request.words, { filters: request.filters });
    case 'search': {
      const { results } = await pf.search(request.q, { filters: request.filters });
      searches.set(request.id, results);
      for (const id of [...searches.keys()].slice(0, -KEPT_SEARCHES)) searches.delete(id);
      return results.length;
    }
    case 'data': {
      const results = searches.get(request.search);
      if (!results) throw new Error(`The results of search ${request.search} are no longer kept.`);
      return Promise.all(
        request.indexes.map((index) => {
          const result = results[index];
          if (!result) throw new Error(`Search ${request.search} has no result ${index}.`);
          return result.data();
        }),
      );
    }
  }
}

scope.onmessage = ({ data: request }) => {
  answer(request).then(
    (value) => scope.postMessage({ id: request.id, value }),
    (error: unknown) => scope.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) }),
  );
};
