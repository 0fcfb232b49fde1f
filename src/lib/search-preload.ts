/**
 * What the search page preloads, so that its first search does not wait for a chain of requests
 * (the search script, then the modules it imports): all of them are named in the page's <head> and
 * load in parallel with it. The search worker then fetches Pagefind's script and files itself (a
 * worker cannot use the page's preloads); it starts as soon as the search element connects. The
 * index tag gives Pagefind's entry file a fixed address for a given index, so that the browser's
 * cache and the offline worker can keep it. Pure: reads Pagefind's index entry and the built
 * modules; src/plugins/search-index.ts writes the result into the page.
 */

/** Pagefind's `pagefind-entry.json`: the index of each language. */
interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm?: string | null; page_count: number }>;
}

export interface SearchPreloads {
  /**
   * Pagefind's `metaCacheTag`: it fetches its entry as `pagefind-entry.json?ts=<tag>` (by default
   * the time, which no cache can keep). The index hash changes whenever the index does.
   */
  tag: string;
  /** `<link>` elements for the page's `<head>`. */
  links: string[];
  /**
   * What Pagefind, run on the page's thread, fetches before it can look anything up: its script, its
   * entry file, then the language's metadata and search engine. Each waits for the one before, so a
   * page that knows the reader is about to search can ask for them all at once.
   */
  files: string[];
}

/** The modules a built module imports statically (`import{a}from"./x.js"`, `import"./y.js"`), as site paths. */
export function staticImports(code: string, from: string): string[] {
  const dir = from.slice(0, from.lastIndexOf('/') + 1);
  return [...code.matchAll(/(?:\bimport|\bfrom)\s*["'](\.\/[^"']+\.js)["']/g)].map((m) => `${dir}${m[1]!.slice(2)}`);
}

/**
 * Every module the page's scripts load at start: each script and what it imports, depth first, each
 * once. A dynamic `import()` is left out: it loads when needed.
 */
export function moduleGraph(scripts: readonly string[], read: (path: string) => string): string[] {
  const seen: string[] = [];
  const visit = (path: string) => {
    if (seen.includes(path)) return;
    seen.push(path);
    for (const dep of staticImports(read(path), path)) visit(dep);
  };
  scripts.forEach(visit);
  return seen;
}

/**
 * The preloads for a page in `lang`: its own modules (`modules`, from moduleGraph), the tag of the
 * language's index, and the files the header's search field asks for (`files`).
 */
export function searchPreloads(entryJson: string, lang: string, modules: readonly string[] = [], base = '/pagefind/'): SearchPreloads {
  const entry = JSON.parse(entryJson) as PagefindEntry;
  const languages = Object.keys(entry.languages);
  const chosen = languages.find((l) => l === lang.toLowerCase()) ?? languages.find((l) => lang.toLowerCase().startsWith(l)) ?? languages[0];
  if (!chosen) throw new Error('The Pagefind index has no language: nothing was indexed.');
  const { hash, wasm } = entry.languages[chosen]!;
  return {
    tag: hash,
    links: modules.map((href) => `<link rel="modulepreload" href="${href}">`),
    files: [`${base}pagefind.js`, `${base}pagefind-entry.json?ts=${hash}`, `${base}pagefind.${hash}.pf_meta`, `${base}wasm.${wasm ?? 'unknown'}.pagefind`],
  };
}

/** The page with the preloads at the end of its `<head>` and the tag on its `<gov-search>`. */
export function addSearchPreloads(html: string, preloads: Pick<SearchPreloads, 'tag' | 'links'>, where = 'page'): string {
  if (!/<gov-search\b/.test(html)) throw new Error(`${where} has no <gov-search> element to give the index tag to.`);
  if (!/<\/head>/i.test(html)) throw new Error(`${where} has no </head> for the search preloads.`);
  if (!/^[\w-]+$/.test(preloads.tag)) throw new Error(`Pagefind's index hash "${preloads.tag}" is not a plain word; it cannot go into an attribute as it is.`);
  return html.replace(/<\/head>/i, `${preloads.links.join('')}</head>`).replace(/<gov-search\b/, `<gov-search data-pagefind-tag="${preloads.tag}"`);
}

/**
 * The page with the index tag and Pagefind's files (`preloads.files`) on its header search form
 * (src/components/overrides/HeaderSearch.astro), whose live results use Pagefind too; a page without
 * the form (an embed) is returned as it is.
 */
export function tagHeaderSearch(html: string, preloads: Pick<SearchPreloads, 'tag' | 'files'>): string {
  if (!/^[\w-]+$/.test(preloads.tag)) throw new Error(`Pagefind's index hash "${preloads.tag}" is not a plain word; it cannot go into an attribute as it is.`);
  const files = preloads.files.join(' ');
  if (/["<>&\s]/.test(preloads.files.join(''))) throw new Error(`Pagefind's files (${files}) cannot go into an attribute as they are.`);
  return html.replace(/<form class="header-search"(?![^>]*\bdata-pagefind-tag=)/, `<form class="header-search" data-pagefind-tag="${preloads.tag}" data-pagefind-files="${files}"`);
}
