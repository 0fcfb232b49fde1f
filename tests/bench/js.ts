/**
 * JavaScript on a built page: follows a page's module scripts and their imports through dist/_astro
 * and sizes them gzipped. Shared by the per-tool benchmark (tool-js.ts) and the budgets (budgets.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SITE_FRAME_COMPONENTS } from '../../src/plugins/inline-css.ts';

export const DIST = resolve(import.meta.dirname, '../../dist');
const ROOT = resolve(import.meta.dirname, '../..');

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
const TOOL = /\/(Quorum|Vote|Attendance|Interests|Dispute|Search|Timeline)\.astro/;

/** A page's own HTML, by its path under dist/ ("" for the home page). */
const htmlOf = (page: string) => readFileSync(join(DIST, page, 'index.html'), 'utf8');

/** The external module scripts and the inline scripts a page runs at start (data blocks are not scripts). */
export function scriptsOf(html: string): { external: string[]; inline: string[] } {
  return {
    external: [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!),
    inline: [...html.matchAll(/<script(?: type="module")?>([\s\S]*?)<\/script>/g)].map((m) => m[1]!),
  };
}

/**
 * Whether a page has a widget of the site: a tool, the search, a timeline, a download control, the
 * offline-save control (a root with `data-widget`, or a `gov-` custom element). A page without one
 * is a content page.
 */
export const hasWidget = (html: string) => /\sdata-widget="|<gov-[a-z]/.test(html);

/** Names of the components under a folder (the site's own may share a name with one of Starlight's, Search.astro). */
function siteComponents(dir = join(ROOT, 'src')): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.astro'))
    .map((e) => e.name);
}
let frameNames: Set<string> | undefined;

/**
 * Whether a bundled script is part of the page frame: a script of one of Starlight's components
 * (the menu, the pickers), of the site's components that stand in for Starlight's in the frame
 * (SITE_FRAME_COMPONENTS in src/plugins/inline-css.ts: the contents list), Astro's page script
 * (prefetching), or Expressive Code's (the copy button of code blocks, which Starlight brings). Read
 * from the name the bundler gives the file, the component or module it came from
 * (`TableOfContents.astro_astro_type_script_index_0_lang.X.js`, `page.X.js`, `ec.X.js`); any other
 * name that is also one of the site's components counts as the site's.
 */
export function isPageFrameScript(src: string): boolean {
  if (!frameNames) {
    const frame = SITE_FRAME_COMPONENTS.map((path) => path.split('/').pop()!);
    const ours = new Set(siteComponents().filter((f) => !frame.includes(f)));
    const starlight = siteComponents(join(ROOT, 'node_modules/@astrojs/starlight')).filter((f) => !ours.has(f));
    frameNames = new Set(['page', 'ec', ...starlight, ...frame]);
  }
  const file = src.split('/').pop()!;
  const name = file.includes('.astro_astro_type_script') ? `${file.split('.astro_astro_type_script')[0]}.astro` : file.split('.')[0]!;
  return frameNames.has(name);
}

/** Every page built, as a path under dist/ without slashes at the ends ("" for the home page). */
export function builtPagePaths(): string[] {
  return readdirSync(DIST, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name === 'index.html')
    .map((e) => relative(DIST, e.parentPath).split('\\').join('/'))
    .filter((p) => !/^(pagefind|_astro)(\/|$)/.test(p))
    .sort();
}

export interface Baseline {
  /** Files (module graphs included) that content pages load. */
  files: Set<string>;
  /** Inline scripts of content pages, by their text. */
  inline: Set<string>;
}
let baseline: Baseline | undefined;

/** The JavaScript of the site's content pages (pages without a widget): what a document page has too. */
export function contentBaseline(): Baseline {
  if (baseline) return baseline;
  baseline = { files: new Set(), inline: new Set() };
  for (const page of builtPagePaths()) {
    const html = htmlOf(page);
    if (hasWidget(html)) continue;
    const { external, inline } = scriptsOf(html);
    for (const src of external) graph(src).forEach((f) => baseline!.files.add(f));
    inline.forEach((code) => baseline!.inline.add(code));
  }
  return baseline;
}

export interface PageJs {
  page: string;
  /** Gzipped bytes of the tool's own JavaScript (0 when the page has no tool). */
  tool: number;
  /**
   * Gzipped bytes of all the JavaScript the page loads at start that a content page does not: the
   * tool's own, and whatever else its page adds (downloads, embed code). Each file compressed alone.
   */
  added: number;
  /** The files and inline scripts counted in `added`, inline ones as `inline (N bytes)`. */
  addedFiles: string[];
  /** Gzipped bytes of all JavaScript the page loads at start, inline scripts included. */
  all: number;
  /** Gzipped bytes of the inline scripts alone (already part of the page's HTML). */
  inline: number;
}

/** JavaScript of the built page at `page` (a path under dist/ without slashes at the ends, "" for home). */
export function pageJs(page: string): PageJs {
  const html = htmlOf(page);
  const { external, inline } = scriptsOf(html);
  const files = new Set<string>();
  const toolFiles = new Set<string>();
  for (const src of external) {
    const members = graph(src);
    members.forEach((f) => files.add(f));
    if (TOOL.test(src)) members.forEach((f) => toolFiles.add(f));
  }
  const size = (set: Set<string>) => [...set].reduce((n, f) => n + gz(readFileSync(join(DIST, f), 'utf8')), 0);
  const inlineSize = inline.reduce((n, code) => n + gz(code), 0);
  const base = contentBaseline();
  const addedFiles = [...files].filter((f) => !base.files.has(f));
  const addedInline = [...new Set(inline)].filter((code) => !base.inline.has(code));
  return {
    page,
    tool: size(toolFiles),
    added: size(new Set(addedFiles)) + addedInline.reduce((n, code) => n + gz(code), 0),
    addedFiles: [...addedFiles, ...addedInline.map((code) => `inline (${gz(code)} bytes)`)],
    all: size(files) + inlineSize,
    inline: inlineSize,
  };
}

/**
 * Pages with a widget (see hasWidget): every tool page and embed, each action plan timeline, the
 * search page, and the pages with a diagram download or the offline-save control.
 */
export function toolPages(): string[] {
  return builtPagePaths().filter((page) => hasWidget(htmlOf(page)));
}
