/** The bench's static server (tests/bench/server.ts): gzip, caching rules and byte counts, on a loopback port. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheControl, compressible, serveSites, type Site } from '../bench/server';

const base = mkdtempSync(join(tmpdir(), 'bench-server-'));
const root = join(base, 'site');
const other = join(base, 'other');
mkdirSync(root);
mkdirSync(other);
const page = '<!doctype html><title>A page</title>' + '<p>Words words words.</p>'.repeat(200);
mkdirSync(join(root, 'doc'));
mkdirSync(join(root, '_astro'));
writeFileSync(join(root, 'doc/index.html'), page);
writeFileSync(join(root, '_astro/app.abc123.js'), 'console.log("hi");'.repeat(50));
writeFileSync(join(root, 'index.pf_fragment'), Buffer.from([0x1f, 0x8b, 1, 2, 3]));
writeFileSync(join(root, '404.html'), '<title>Not found</title>');
writeFileSync(join(other, 'index.html'), '<title>The other site</title>');
writeFileSync(join(base, 'secret-beside-root.txt'), 'not served');

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}
const get = (site: Site, path: string, headers: Record<string, string> = {}) =>
  new Promise<Reply>((done, fail) => {
    const req = request(`${site.url}${path}`, { headers: { connection: 'close', ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });

let server: Awaited<ReturnType<typeof serveSites<'ours' | 'plain'>>>;
beforeAll(async () => {
  server = await serveSites({ ours: root, plain: other });
});
afterAll(async () => {
  await server.close();
  rmSync(base, { recursive: true, force: true });
});

describe('serveSites', () => {
  it('serves each build on its own origin', async () => {
    expect(server.sites.ours.url).not.toBe(server.sites.plain.url);
    expect((await get(server.sites.plain, '/')).body.toString()).toBe('<title>The other site</title>');
  });

  it('gzips text for a browser that accepts it, and sends it plain otherwise', async () => {
    const zipped = await get(server.sites.ours, '/doc/', { 'accept-encoding': 'gzip, br' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.body).toString()).toBe(page);
    expect(zipped.body.length).toBeLessThan(page.length / 5);
    const plain = await get(server.sites.ours, '/doc/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(page);
  });

  it('sends Pagefind’s already-compressed files as they are', async () => {
    const reply = await get(server.sites.ours, '/index.pf_fragment', { 'accept-encoding': 'gzip' });
    expect(reply.headers['content-encoding']).toBeUndefined();
    expect([...reply.body]).toEqual([0x1f, 0x8b, 1, 2, 3]);
  });

  it('answers a matching ETag with 304 and no body', async () => {
    const first = await get(server.sites.ours, '/doc/');
    const again = await get(server.sites.ours, '/doc/', { 'if-none-match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('caches hashed build assets for a year and revalidates the rest', async () => {
    expect((await get(server.sites.ours, '/_astro/app.abc123.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get(server.sites.ours, '/doc/')).headers['cache-control']).toBe('no-cache');
  });

  it('serves the 404 page for a missing file, and nothing outside the build', async () => {
    const missing = await get(server.sites.ours, '/nowhere/');
    expect([missing.status, missing.body.toString()]).toEqual([404, '<title>Not found</title>']);
    const outside = await get(server.sites.ours, '/..%2Fsecret-beside-root.txt');
    expect(outside.status).toBe(404);
    expect(outside.body.toString()).not.toContain('not served');
  });

  it('counts the bytes written to each site, headers included', async () => {
    const before = { ours: server.sites.ours.bytes(), plain: server.sites.plain.bytes() };
    const reply = await get(server.sites.ours, '/doc/', { 'accept-encoding': 'gzip' });
    await new Promise((done) => setTimeout(done, 50));
    const written = server.sites.ours.bytes() - before.ours;
    expect(written).toBeGreaterThan(reply.body.length);
    expect(written).toBeLessThan(reply.body.length + 1000);
    expect(server.sites.plain.bytes()).toBe(before.plain);
  });
});

describe('the rules a static host would follow', () => {
  it('compresses text, scripts, JSON, SVG and WebAssembly but not images or Pagefind’s index', () => {
    for (const type of ['text/html; charset=utf-8', 'text/css', 'text/javascript', 'application/json', 'image/svg+xml', 'application/wasm']) expect(compressible(type), type).toBe(true);
    for (const type of ['image/png', 'application/octet-stream', 'font/woff2']) expect(compressible(type), type).toBe(false);
  });
  it('caches only /_astro/ for long', () => {
    expect(cacheControl('/_astro/x.css')).toContain('immutable');
    expect(cacheControl('/pagefind/pagefind.js')).toBe('no-cache');
    expect(cacheControl('/sw.js')).toBe('no-cache');
  });
});
