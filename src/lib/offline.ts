/**
 * The offline cache, which asks first. Pure: takes the list of built files, returns what to cache
 * and the service worker's source.
 *
 * - On a first visit the worker caches only the shell: the styles and scripts the home page loads
 *   and the favicon. The worker itself is small: the list of files to save is a separate file
 *   (`/offline-files.json`), read only when the reader saves the site.
 * - Then each page, and each file it loads, is kept as it is read, so a page read once can be read
 *   again without a connection. With the second page read (the first the worker serves), the page
 *   shown for a page not kept offline is fetched too: a reader who opens one clause from an email
 *   and leaves downloads nothing for later.
 * - Everything else (every page, tool and the search index) is downloaded only when the reader asks,
 *   with the "Save this site for offline use" control (src/components/OfflineSave.astro), which says
 *   how much it will download, shows progress and can be undone.
 *
 * Caches are named after a hash of the site's files, so a new build replaces them and old ones are
 * deleted; a reader who had saved the site gets the new version saved again.
 */

/** Built files worth keeping offline: pages, the site's assets, the search index, the icon. */
export function offlineFiles(files: readonly string[]): string[] {
  return files
    .filter((f) => /\.(html|js|css|svg|json|wasm|pf_meta|pf_index|pf_filter|pf_fragment|pagefind)$/.test(f) || f.includes('/pagefind/'))
    .filter((f) => f !== '/sw.js' && f !== OFFLINE_LIST && !f.endsWith('.map') && !f.includes('pagefind-component-ui') && !f.includes('pagefind-highlight') && !f.includes('pagefind-ui') && !f.includes('pagefind-modular-ui'))
    .map((f) => f.replace(/index\.html$/, ''))
    .sort();
}

/** The shell: the same-origin styles and scripts a page loads (read from its HTML) and the favicon. */
export function shellFiles(pageHtml: string, files: readonly string[]): string[] {
  const referenced = [...pageHtml.matchAll(/\b(?:href|src)="(\/_astro\/[^"?#]+\.(?:css|js))"/g)].map((m) => m[1]!);
  const wanted = new Set([...referenced, '/favicon.svg']);
  return offlineFiles(files).filter((f) => wanted.has(f));
}

/** "1.3 MB", "840 KB": what the save control says it will download. */
export function sizeLabel(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1000))} KB`;
}

/** The page shown for a page that is not kept offline (src/pages/offline.astro). */
export const OFFLINE_FALLBACK = '/offline/';
/** The list of every file the reader may save, with the build's version (OfflineList). */
export const OFFLINE_LIST = '/offline-files.json';

/** What `/offline-files.json` holds. */
export interface OfflineList {
  version: string;
  files: string[];
}
/** The entry that marks a saved copy complete, in the saved cache. */
export const OFFLINE_COMPLETE = '/.offline-complete';
/** Cache names: the saved copy's starts with this. */
export const SAVED_CACHE_PREFIX = 'governance-saved-';

/** The messages between the save control and the worker. */
export const OFFLINE_MESSAGES = { save: 'offline-save', remove: 'offline-remove', progress: 'offline-progress', saved: 'offline-saved', removed: 'offline-removed', failed: 'offline-failed' } as const;

/**
 * The service worker's source for a version and its shell. Every file the reader may save is in
 * `OFFLINE_LIST`, which the worker reads when it saves.
 */
export function serviceWorker(version: string, shell: readonly string[]): string {
  return `// Generated at build by src/plugins/offline.ts (see src/lib/offline.ts): caches the shell on a
// first visit, then each page as it is read; the whole site only when the reader asks.
const VERSION = '${version}';
const SHELL = 'governance-shell-' + VERSION;
const READ = 'governance-read-' + VERSION;
const SAVED = '${SAVED_CACHE_PREFIX}' + VERSION;
const SHELL_FILES = ${JSON.stringify(shell)};
const LIST = '${OFFLINE_LIST}';
const FALLBACK = '${OFFLINE_FALLBACK}';
const M = ${JSON.stringify(OFFLINE_MESSAGES)};
const COMPLETE = '${OFFLINE_COMPLETE}';

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(SHELL_FILES)).then(() => self.skipWaiting()));
});

// Old versions' caches go; a reader who had saved the site gets this version saved instead.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then(async (keys) => {
      const old = keys.filter((key) => key.startsWith('governance-') && !key.endsWith('-' + VERSION));
      const hadSaved = old.some((key) => key.startsWith('governance-saved-'));
      await Promise.all(old.map((key) => caches.delete(key)));
      await self.clients.claim();
      if (hadSaved) await saveAll(() => {});
    }),
  );
});

/** Downloads every file into the saved cache, reporting progress; resolves when all are in. */
async function saveAll(report) {
  const list = await (await fetch(LIST, { cache: 'no-cache' })).json();
  // A newer build is on the server: its worker will save its own files.
  if (list.version !== VERSION) throw new Error('The site has been updated. Reload the page and save it again.');
  const FILES = list.files;
  const cache = await caches.open(SAVED);
  let done = 0;
  for (const file of FILES) {
    if (!(await cache.match(file))) {
      const response = await fetch(file, { cache: 'no-cache' });
      if (!response.ok) throw new Error(file + ': ' + response.status);
      await cache.put(file, response);
    }
    done += 1;
    if (done % 10 === 0 || done === FILES.length) report(done, FILES.length);
  }
  // Marks the copy complete: the control says "saved" only when every file is in.
  await cache.put(COMPLETE, new Response(VERSION));
}

self.addEventListener('message', (event) => {
  const reply = (message) => event.source && event.source.postMessage(message);
  if (event.data?.type === M.save) {
    event.waitUntil(
      saveAll((done, total) => reply({ type: M.progress, done, total }))
        .then(() => reply({ type: M.saved }))
        .catch((error) => reply({ type: M.failed, reason: String(error) })),
    );
  } else if (event.data?.type === M.remove) {
    event.waitUntil(caches.delete(SAVED).then(() => reply({ type: M.removed })));
  }
});

/** Keeps the page shown for a page not kept offline, fetched once the reader reads a second page. */
async function keepFallback() {
  if (await caches.match(FALLBACK)) return;
  const response = await fetch(FALLBACK);
  if (response.ok) await (await caches.open(SHELL)).put(FALLBACK, response);
}

/** A page's key in the cache: its address without the query, which holds a tool's answers. */
function pageKey(url) {
  return url.origin + url.pathname;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== location.origin) return;
  const navigation = request.mode === 'navigate';
  // Pagefind adds a cache-busting query to its entry file: the cached file is the same whatever the query.
  const ignoreSearch = navigation || url.pathname.startsWith('/pagefind/');
  event.respondWith(
    caches.match(request, { ignoreSearch }).then(
      (cached) =>
        cached ??
        fetch(request)
          .then((response) => {
            // Keep what was read, so that it can be read again without a connection.
            if (response.ok && response.type === 'basic') {
              const copy = response.clone();
              event.waitUntil(caches.open(READ).then((cache) => cache.put(navigation ? pageKey(url) : request, copy)));
              if (navigation) event.waitUntil(keepFallback().catch(() => {}));
            }
            return response;
          })
          .catch(async () => (navigation && (await caches.match(FALLBACK))) || Response.error()),
    ),
  );
});
`;
}
