/**
 * A page's scripts never hold back its first paint. Every page reads in full without JavaScript, so
 * the module scripts it loads (the contents list, the menu, a tool's behaviour, the search) and the
 * modules it preloads are asked for at low priority, behind the page itself. Browsers give a module
 * script high priority by default, which on a slow link puts it ahead of what the reader came for
 * and makes the first paint wait for it. On the search page nothing else competes with them, so its
 * results come as soon as before.
 *
 * A module's own imports would still be asked for at high priority, and only once the module has
 * arrived, so each module a page's scripts import (directly or through another) is named in the
 * page's <head> as a low-priority module preload: it is fetched alongside the script instead of
 * after it, and never ahead of the page. Pure; src/plugins/inline-css.ts and
 * src/plugins/search-index.ts apply it to the built pages.
 */

const MODULE_SCRIPT = /<script\b(?=[^>]*\btype="module")(?=[^>]*\bsrc=)(?![^>]*\bfetchpriority=)([^>]*)>/g;
const MODULE_PRELOAD = /<link\b(?=[^>]*\brel="modulepreload")(?![^>]*\bfetchpriority=)([^>]*?)\s*(\/?)>/g;

/** The page with `fetchpriority="low"` on each external module script and module preload that has no priority of its own. */
export function lowPriorityScripts(html: string): string {
  return html.replace(MODULE_SCRIPT, '<script$1 fetchpriority="low">').replace(MODULE_PRELOAD, '<link$1 fetchpriority="low"$2>');
}

/** The external module scripts and module preloads of a page fetched at the browser's default (high) priority. */
export function highPriorityScripts(html: string): string[] {
  return [...html.matchAll(/<(?:script|link)\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => (/^<script/.test(tag) ? /\btype="module"/.test(tag) && /\bsrc=/.test(tag) : /\brel="modulepreload"/.test(tag)))
    .filter((tag) => !/\bfetchpriority="low"/.test(tag))
    .map((tag) => /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1] ?? tag);
}

const MODULE_SCRIPTS = /<script\b(?=[^>]*\btype="module")[^>]*\bsrc="([^"]+)"/g;

/**
 * The page with a module preload at the end of its `<head>` for every module its external module
 * scripts import, directly or through another (`graphOf` gives a script's module graph, itself
 * first, as src/lib/search-preload.ts's moduleGraph does), in the order the page needs them. A
 * module the page already loads or preloads is not named again, nor is one named twice.
 */
export function preloadImports(html: string, graphOf: (src: string) => readonly string[], where = 'page'): string {
  const named = new Set([...html.matchAll(/<(?:script\b[^>]*\bsrc|link\b(?=[^>]*\brel="modulepreload")[^>]*\bhref)="([^"]+)"/g)].map((m) => m[1]!));
  const added = [...new Set([...html.matchAll(MODULE_SCRIPTS)].flatMap((m) => graphOf(m[1]!)))].filter((module) => !named.has(module));
  if (added.length === 0) return html;
  if (!/<\/head>/i.test(html)) throw new Error(`${where} has no </head> for the preloads of the modules its scripts import.`);
  return html.replace(/<\/head>/i, `${added.map((module) => `<link rel="modulepreload" href="${module}" fetchpriority="low">`).join('')}</head>`);
}
