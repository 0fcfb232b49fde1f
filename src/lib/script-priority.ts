/**
 * A page's scripts never hold back its first paint. Every page reads in full without JavaScript, so
 * the module scripts it loads (the contents list, the menu, a tool's behaviour) are asked for at low
 * priority, behind the page itself. Browsers give a module script high priority by default, which on
 * a slow link puts it ahead of what the reader came for. The search page is the exception: its
 * results are its content, and its scripts are what show them. Pure; src/plugins/inline-css.ts
 * applies it to every built page.
 */

/** Whether the page's scripts make its content (the search page's results). */
export const scriptsAreContent = (html: string): boolean => html.includes('<gov-search');

/** The page with `fetchpriority="low"` on each external module script that has no priority of its own. */
export function lowPriorityScripts(html: string): string {
  if (scriptsAreContent(html)) return html;
  return html.replace(/<script\b(?=[^>]*\btype="module")(?=[^>]*\bsrc=)(?![^>]*\bfetchpriority=)([^>]*)>/g, '<script$1 fetchpriority="low">');
}

/** The external module scripts of a page that are fetched at the browser's default (high) priority. */
export function highPriorityScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => /\btype="module"/.test(tag) && /\bsrc=/.test(tag) && !/\bfetchpriority="low"/.test(tag))
    .map((tag) => /\bsrc="([^"]+)"/.exec(tag)?.[1] ?? tag);
}
