/**
 * The anchor of the side-by-side bench: plain Starlight, with its default configuration and its own
 * search (Pagefind), building the same documents as ours. Each trust document (every page of the
 * docs collection that is not a guide) becomes a Markdown page at the same address, its MDX reduced
 * by reduce-mdx.ts with the text kept; an index page lists them by trust. The project lives in
 * `.bench/anchor/` (git-ignored) and uses the project's node_modules; it is rebuilt only when the
 * files it is made of change.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parse } from 'yaml';
import { documentHandlers, reduceMdx, type PlanTable } from './reduce-mdx.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CONTENT = join(ROOT, 'content');
export const ANCHOR = join(ROOT, '.bench/anchor');
export const ANCHOR_DIST = join(ANCHOR, 'dist');

/** The site's title, as our astro.config.mjs gives it to Starlight. */
const TITLE = "Children's Trust Governance";

export interface SourceDocument {
  /** Entry id and address without slashes: "kent/partnership-agreement-2008". */
  id: string;
  title: string;
  trust: string;
  mdx: string;
}

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));

const frontmatter = (source: string): Record<string, unknown> => (parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '') ?? {}) as Record<string, unknown>;

/** The trust documents of the docs collection (guides left out), sorted by id; names starting with "_" are drafts. */
export function sourceDocuments(): SourceDocument[] {
  const base = join(CONTENT, 'docs');
  return walk(base)
    .filter((file) => /\.mdx?$/.test(file) && !file.split(sep).pop()!.startsWith('_'))
    .map((file) => {
      const mdx = readFileSync(file, 'utf8');
      const data = frontmatter(mdx);
      const id = relative(base, file).split(sep).join('/').replace(/\.mdx?$/, '');
      return { id, title: String(data.title ?? id), trust: String(data.trust ?? ''), type: data.documentType, mdx };
    })
    .filter((d) => d.type !== 'guide' && d.trust)
    .map(({ type: _type, ...d }) => d)
    .sort((a, b) => a.id.localeCompare(b.id));
}

const yamlFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => parse(readFileSync(join(dir, f), 'utf8'))) : []);

/**
 * The files of the plain Starlight project, by path inside it: its configuration, the documents as
 * Markdown, and an index page. Pure given its inputs.
 */
export function anchorProject(
  documents: readonly SourceDocument[],
  plans: Record<string, PlanTable>,
  trusts: Record<string, string>,
  description: string,
  dependencies: Record<string, string>,
): { files: Record<string, string>; dropped: Record<string, string[]> } {
  const files: Record<string, string> = {
    // The dependencies as a Starlight starter lists them (Astro finds Starlight's components through them).
    'package.json': `${JSON.stringify({ name: 'plain-starlight-anchor', private: true, type: 'module', dependencies }, null, 2)}\n`,
    'astro.config.mjs': [
      "import { defineConfig } from 'astro/config';",
      "import starlight from '@astrojs/starlight';",
      '',
      `export default defineConfig({ integrations: [starlight({ title: ${JSON.stringify(TITLE)} })] });`,
      '',
    ].join('\n'),
    'src/content.config.ts': [
      "import { defineCollection } from 'astro:content';",
      "import { docsLoader } from '@astrojs/starlight/loaders';",
      "import { docsSchema } from '@astrojs/starlight/schema';",
      '',
      'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
      '',
    ].join('\n'),
  };
  const dropped: Record<string, string[]> = {};
  const handlers = documentHandlers(plans);
  for (const d of documents) {
    const reduced = reduceMdx(d.mdx, handlers);
    files[`src/content/docs/${d.id}.md`] = reduced.markdown;
    if (reduced.dropped.length) dropped[d.id] = reduced.dropped;
  }
  const byTrust = new Map<string, SourceDocument[]>();
  for (const d of documents) byTrust.set(d.trust, [...(byTrust.get(d.trust) ?? []), d]);
  files['src/content/docs/index.md'] = [
    '---',
    `title: ${JSON.stringify(TITLE)}`,
    `description: ${JSON.stringify(description)}`,
    '---',
    '',
    ...[...byTrust].flatMap(([trust, docs]) => [`## ${trusts[trust] ?? trust}`, '', ...docs.map((d) => `- [${d.title}](/${d.id}/)`), '']),
  ].join('\n');
  return { files, dropped };
}

/** Writes the plain Starlight project and builds it unless an identical one is built already; returns its dist/. */
export function buildAnchor(log: (line: string) => void): string {
  const plans = Object.fromEntries(yamlFiles(join(CONTENT, 'plans')).map((p: PlanTable & { id: string }) => [p.id, p]));
  const trusts = Object.fromEntries(yamlFiles(join(CONTENT, 'trusts')).map((t: { id: string; name: string }) => [t.id, t.name]));
  const description = /description:\s*\n?\s*"([^"]+)"/.exec(readFileSync(join(ROOT, 'astro.config.mjs'), 'utf8'))?.[1] ?? TITLE;
  const ours = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const dependencies = Object.fromEntries(['astro', '@astrojs/starlight'].map((name) => [name, ours.dependencies[name]!]));
  const { files, dropped } = anchorProject(sourceDocuments(), plans, trusts, description, dependencies);
  for (const [id, names] of Object.entries(dropped)) log(`anchor: ${id}: dropped <${names.join('>, <')}> (no text to keep)`);
  // Starlight's starter ships a favicon; without one plain Starlight logs a 404 on every page.
  const favicon = readFileSync(join(ROOT, 'public/favicon.svg'), 'utf8');
  files['public/favicon.svg'] = favicon;

  const stamp = createHash('sha256');
  for (const [path, text] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) stamp.update(path).update('\0').update(text);
  const version = readFileSync(join(ROOT, 'package-lock.json'));
  stamp.update(version);
  const digest = stamp.digest('hex');
  const stampFile = join(ANCHOR, '.stamp');
  if (existsSync(join(ANCHOR_DIST, 'index.html')) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === digest) {
    log('anchor: plain Starlight build is up to date');
    return ANCHOR_DIST;
  }

  rmSync(ANCHOR, { recursive: true, force: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(ANCHOR, path)), { recursive: true });
    writeFileSync(join(ANCHOR, path), text);
  }
  symlinkSync(join(ROOT, 'node_modules'), join(ANCHOR, 'node_modules'), 'dir');
  log(`anchor: building plain Starlight with ${Object.keys(files).filter((f) => f.endsWith('.md')).length} pages...`);
  const started = performance.now();
  execFileSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
    cwd: ANCHOR,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  log(`anchor: built in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  writeFileSync(stampFile, digest);
  return ANCHOR_DIST;
}
