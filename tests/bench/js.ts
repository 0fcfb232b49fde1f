/**
 * JavaScript on a built page: follows a page's module scripts and their imports through dist/_astro
 * and sizes them gzipped. Shared by the per-tool benchmark (tool-js.ts) and the budgets (budgets.ts).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const DIST = resolve(import.meta.dirname, '../../dist');

/** Gzipped size (level 9) of a text or file contents. */
export const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** Every file in the module graph of `entry` (a site path like /_astro/x.js), entry included. */
export function graph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(join(DIST, entry), 'utf8');
  for (const match of code.matchAll(/(?:import|from)\s*["'](\.\/[^"']+\.js)["']/g)) {
    graph(`/_astro/${match[1]!.slice(2)}`, seen);
  }
  return seen;
}

/** Scripts whose source component is a tool (the search widget and timeline count as tools). */
const TOOL = /(Quorum|Vote|Attendance|Interests|Dispute|Search|Timeline)\.astro/;

export interface PageJs {
  page: string;
  /** Gzipped bytes of the tool's own JavaScript (0 when the page has no tool). */
  tool: number;
  /** Gzipped bytes of all JavaScript the page loads at start, inline scripts included. */
  all: number;
  /** Gzipped bytes of the inline scripts alone (already part of the page's HTML). */
  inline: number;
}

/** JavaScript of the built page at `page` (a path under dist/ without slashes at the ends, "" for home). */
export function pageJs(page: string): PageJs {
  const html = readFileSync(join(DIST, page, 'index.html'), 'utf8');
  const external = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!);
  const inline = [...html.matchAll(/<script(?: type="module")?>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  const files = new Set<string>();
  const toolFiles = new Set<string>();
  for (const src of external) {
    const members = graph(src);
    members.forEach((f) => files.add(f));
    if (TOOL.test(src)) members.forEach((f) => toolFiles.add(f));
  }
  const size = (set: Set<string>) => [...set].reduce((n, f) => n + gz(readFileSync(join(DIST, f), 'utf8')), 0);
  const inlineSize = inline.reduce((n, code) => n + gz(code), 0);
  return { page, tool: size(toolFiles), all: size(files) + inlineSize, inline: inlineSize };
}

/** Pages with a tool: every tool page and embed, each action plan timeline, and the search page. */
export function toolPages(): string[] {
  const pages = ['tools', 'embed'].flatMap((base) =>
    readdirSync(join(DIST, base), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((tool) => readdirSync(join(DIST, base, tool.name)).map((rule) => `${base}/${tool.name}/${rule}`)),
  );
  // Action plan timelines: /<trust>/plans/<plan>/ (their embeds are under embed/ above).
  const plans = readdirSync(DIST, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(DIST, d.name, 'plans')))
    .flatMap((trust) => readdirSync(join(DIST, trust.name, 'plans')).map((plan) => `${trust.name}/plans/${plan}`));
  return [...pages, ...plans, 'search'];
}
