/**
 * One static server for the side-by-side bench: it serves our build and plain Starlight's, each on
 * its own loopback port (so each is its own origin, with its own cache and service worker), with
 * the same rules for both, as a static host would: text compressed with gzip when the browser
 * accepts it, an ETag on every file (a matching If-None-Match gets 304), hashed build assets
 * (`/_astro/`) cached for a year and everything else revalidated (`no-cache`). It counts the bytes
 * it writes to each site's sockets, headers included, so that a first visit can be weighed
 * whoever fetched what (the page, its service worker, the worker's cache).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Types a host compresses. Pagefind's index files (.pf_*) are gzipped already and go as they are. */
export const compressible = (type: string) => /^(text\/|application\/(json|manifest\+json|xml|wasm)|image\/svg\+xml)/.test(type);

/** Hashed build assets never change under their name; everything else is revalidated. */
export const cacheControl = (path: string) => (path.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache');

interface File {
  body: Buffer;
  gzip: Buffer | null;
  type: string;
  etag: string;
}

export interface Site {
  url: string;
  /** Bytes written to this site's sockets since it started (headers and bodies, as sent). */
  bytes(): number;
}

/** Serves files under `root` by site path, compressing and caching them in memory once read. */
function handler(root: string): (req: IncomingMessage, res: ServerResponse) => void {
  const files = new Map<string, File | null>();
  const read = (path: string): File | null => {
    if (files.has(path)) return files.get(path)!;
    let file = resolve(join(root, path));
    let found: File | null = null;
    if (file === root || file.startsWith(root + sep)) {
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (existsSync(file) && statSync(file).isFile()) {
        const body = readFileSync(file);
        const type = TYPES[extname(file)] ?? 'application/octet-stream';
        const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 16)}"`;
        found = { body, type, etag, gzip: compressible(type) ? gzipSync(body) : null };
      }
    }
    files.set(path, found);
    return found;
  };
  return (req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://site').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const file = read(path);
    const status = file ? 200 : 404;
    const served = file ?? read('/404.html');
    if (!served) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const headers: Record<string, string> = { 'content-type': served.type, 'cache-control': cacheControl(path), vary: 'accept-encoding' };
    if (file) headers.etag = file.etag;
    if (file && req.headers['if-none-match'] === file.etag) {
      res.writeHead(304, headers).end();
      return;
    }
    const gzip = served.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) ? served.gzip : null;
    if (gzip) headers['content-encoding'] = 'gzip';
    const body = gzip ?? served.body;
    headers['content-length'] = String(body.length);
    res.writeHead(status, headers).end(req.method === 'HEAD' ? undefined : body);
  };
}

async function listen(root: string): Promise<{ site: Site; server: Server }> {
  const server = createServer(handler(resolve(root)));
  const open = new Set<Socket>();
  let closed = 0;
  server.on('connection', (socket) => {
    open.add(socket);
    socket.on('close', () => {
      open.delete(socket);
      closed += socket.bytesWritten;
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const bytes = () => closed + [...open].reduce((n, s) => n + s.bytesWritten, 0);
  return { site: { url: `http://127.0.0.1:${port}`, bytes }, server };
}

/** Serves each named build folder on its own port; `close` stops them all. */
export async function serveSites<K extends string>(roots: Record<K, string>): Promise<{ sites: Record<K, Site>; close: () => Promise<void> }> {
  const entries = await Promise.all(Object.entries<string>(roots).map(async ([name, root]) => [name, await listen(root)] as const));
  const sites = Object.fromEntries(entries.map(([name, { site }]) => [name, site])) as Record<K, Site>;
  const close = async () => {
    await Promise.all(
      entries.map(
        ([, { server }]) =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      ),
    );
  };
  return { sites, close };
}
