/**
 * A page's scripts never hold back its first paint. Every page reads in full without JavaScript, so
 * the module scripts it loads (the contents list, the menu, a tool's behaviour, the search) and the
 * modules it preloads are asked for at low priority, behind the page itself. Browsers give a module
 * script high priority by default, which on a slow link puts it ahead of what the reader came for
 * and makes the first paint wait for it. On the search page nothing else competes with them, so its
 * results come as soon as before. Pure; src/plugins/inline-css.ts and src/plugins/search-index.ts
 * apply it to the built pages.
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
