/**
 * Navigation must not grow with the site. For N = 10, 100 and 1,000 synthetic documents, this
 * copies the project to a temporary folder, adds N documents (in a synthetic trust, with numbered
 * clauses like the real ones), builds, and prints the build time and the median and largest page
 * size, raw and gzipped. It exits non-zero if the median document page at the largest N is more
 * than 10% bigger than at the smallest.
 *
 * Usage: npm run bench:scale [-- 10 100 1000]
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { budgets } from './budgets.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** Its copies go in .bench/ beside the side-by-side bench's anchor (anchor.ts), which it leaves alone. */
const WORK = join(ROOT, '.bench');
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const NS = sizes.length > 0 ? sizes : [10, 100, 1000];

/** The clauses of synthetic document `i`: the same words go into its source text and its page. */
function syntheticClauses(i: number): { n: string; text: string }[] {
  return Array.from({ length: 12 }, (_, c) => ({
    n: `${Math.floor(c / 4) + 1}.${(c % 4) + 1}`,
    text: `Partners will review arrangement ${i}.${c} at each quarterly meeting of the Board, and the Chair will report progress to the partnership. Representatives must have a strategic role within their agency.`,
  }));
}

const HEADINGS = ['1. Purpose', '2. Membership', '3. Meetings'];

function syntheticSource(i: number): string {
  const clauses = syntheticClauses(i);
  return HEADINGS.flatMap((heading, h) => [heading, ...clauses.slice(h * 4, h * 4 + 4).map((c) => `${c.n} ${c.text}`)]).join('\n') + '\n';
}

function syntheticDocument(i: number): string {
  const clauses = syntheticClauses(i).map(({ n, text }) => `<Clause n="${n}">\n\n${text}\n\n</Clause>`);
  return [
    '---',
    `title: "Synthetic governance document ${i}"`,
    `description: "Benchmark document ${i}."`,
    'trust: bench',
    'documentType: review',
    `issued: ${2000 + (i % 20)}-0${(i % 9) + 1}-1${i % 10}`,
    'status: historical',
    `source: { file: "bench/doc-${i}.txt", title: "Synthetic ${i}" }`,
    '---',
    "import Clause from '~/components/Clause.astro';",
    '',
    ...HEADINGS.flatMap((heading, h) => [`## ${heading}`, ...clauses.slice(h * 4, h * 4 + 4)]),
  ].join('\n');
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'pagefind' || e.name === '_astro' ? [] : htmlFiles(path);
    return e.name.endsWith('.html') ? [path] : [];
  });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)] ?? 0;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

interface Row {
  n: number;
  pages: number;
  seconds: number;
  medianDoc: { raw: number; gzip: number };
  largest: { raw: number; gzip: number; page: string };
}

function run(n: number): Row {
  const dir = join(WORK, `n-${n}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'content', 'public']) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(
    join(dir, 'content/trusts/bench.yaml'),
    'id: bench\nname: "Benchmark Trust"\nauthority: "Benchmark Council"\narea: "Benchmark"\nsummary: "Synthetic documents for the page-size benchmark."\n',
  );
  mkdirSync(join(dir, 'content/docs/bench'), { recursive: true });
  mkdirSync(join(dir, 'content/sources/bench'), { recursive: true });
  for (let i = 1; i <= n; i++) {
    writeFileSync(join(dir, `content/docs/bench/doc-${i}.mdx`), syntheticDocument(i));
    writeFileSync(join(dir, `content/sources/bench/doc-${i}.txt`), syntheticSource(i));
  }

  const start = performance.now();
  execFileSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const seconds = (performance.now() - start) / 1000;

  const dist = join(dir, 'dist');
  const pages = htmlFiles(dist).map((file) => {
    const html = readFileSync(file);
    return { page: `/${relative(dist, file)}`, raw: html.length, gzip: gzipSync(html).length };
  });
  const docs = pages.filter((p) => p.page.startsWith('/bench/doc-'));
  const largest = pages.reduce((a, b) => (b.raw > a.raw ? b : a));
  rmSync(dir, { recursive: true, force: true });
  return {
    n,
    pages: pages.length,
    seconds,
    medianDoc: { raw: median(docs.map((d) => d.raw)), gzip: median(docs.map((d) => d.gzip)) },
    largest,
  };
}

const rows: Row[] = [];
for (const n of NS) {
  console.error(`building with ${n} synthetic documents...`);
  rows.push(run(n));
}
console.log('\n| N | pages | build s | s per 100 docs | median document page (raw / gzip) | largest page (raw / gzip) |');
console.log('| ---: | ---: | ---: | ---: | ---: | --- |');
for (const r of rows) {
  console.log(
    `| ${r.n} | ${r.pages} | ${r.seconds.toFixed(1)} | ${((r.seconds / r.n) * 100).toFixed(2)} | ${kb(r.medianDoc.raw)} / ${kb(r.medianDoc.gzip)} | ${kb(r.largest.raw)} / ${kb(r.largest.gzip)} (${r.largest.page}) |`,
  );
}
const first = rows[0]!;
const last = rows[rows.length - 1]!;
const growth = (last.medianDoc.raw - first.medianDoc.raw) / first.medianDoc.raw;
const largestGrowth = (last.largest.raw - first.largest.raw) / first.largest.raw;
console.log(`\nmedian document page: ${(growth * 100).toFixed(1)}% from N=${first.n} to N=${last.n} (budget: within 10%)`);
console.log(`largest page: ${(largestGrowth * 100).toFixed(1)}% from N=${first.n} to N=${last.n} (budget: within 10%)`);
const ok = Math.abs(growth) <= 0.1 && Math.abs(largestGrowth) <= 0.1;
console.log(ok ? 'PASS: page size is flat as documents are added' : 'FAIL: page size grows with the number of documents');

// The budgets on the real site, and Lighthouse scores.
const budgetsOk = await budgets();
process.exitCode = ok && budgetsOk ? 0 : 1;
