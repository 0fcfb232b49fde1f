/**
 * The offline cache: which built files a reader's browser keeps after the first visit, and the
 * service worker that serves them. Pure: takes the list of built files and their contents' hashes,
 * returns the worker's source.
 *
 * Everything a reader needs to read the documents, use the tools and search is cached when the
 * worker installs: every page, the site's scripts and styles, and Pagefind's index. The cache is
 * named after a hash of all those files, so a new build replaces it and old caches are deleted.
 */

/** Built files worth keeping offline: pages, the site's assets, the search index, the icon. */
export function offlineFiles(files: readonly string[]): string[] {
  return files
    .filter((f) => /\.(html|js|css|svg|json|wasm|pf_meta|pf_index|pf_filter|pf_fragment|pagefind)$/.test(f) || f.includes('/pagefind/'))
    .filter((f) => f !== '/sw.js' && !f.endsWith('.map') && !f.includes('pagefind-component-ui') && !f.includes('pagefind-highlight') && !f.includes('pagefind-ui') && !f.includes('pagefind-modular-ui'))
    .map((f) => f.replace(/index\.html$/, ''))
    .sort();
}

/** The service worker's source for a version and a list of site paths. */
export function serviceWorker(version: string, paths: readonly string[]): string {
  return `// Generated at build by src/plugins/offline.ts: keeps the site readable offline after a first visit.
const CACHE = 'governance-${version}';
const FILES = ${JSON.stringify(paths)};

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('governance-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== location.origin) return;
  // A tool's answers live in the address, and Pagefind adds a cache-busting query to its entry
  // file: the cached file is the same whatever the query.
  const navigation = request.mode === 'navigate';
  const ignoreSearch = navigation || new URL(request.url).pathname.startsWith('/pagefind/');
  event.respondWith(
    caches.match(request, { ignoreSearch }).then(
      (cached) =>
        cached ??
        fetch(request).catch(() => (navigation ? caches.match('/404.html') : Response.error())),
    ),
  );
});
`;
}
