/**
 * Modules a page loads only when the reader reaches what needs them: the header search field's
 * live results, and what makes a figure's download file. Nothing imports them, so the scripts that
 * load them import nothing and Astro writes those scripts into the page: a page costs no script
 * request for a search or a download the reader may never make. The build makes each a module of
 * its own and writes its address, and those of the modules it imports, into the element that
 * loads it (src/plugins/lazy-modules.ts). Pure.
 */

/** Each module, by the name a component writes in `data-lazy-module`, as a path from the project's root. */
export const LAZY_MODULES = {
  'live-search': 'src/components/header-search/live-search.ts',
  'figure-file': 'src/widgets/download/figure-file.ts',
} as const;

export type LazyModule = keyof typeof LAZY_MODULES;

/**
 * What a component writes in `data-lazy-module`: the module's name, which the build replaces with
 * the built files; in development the source itself, which the dev server serves as a module.
 */
export const lazyModuleAttribute = (name: LazyModule, dev: boolean): string => (dev ? `/${LAZY_MODULES[name]}` : name);

/**
 * The page with each `data-lazy-module="<name>"` replaced by the built module's address and those of
 * the modules it imports (`built`: by name, entry first, from moduleGraph), space-separated, so that
 * the loading script can ask for them all at once.
 */
export function linkLazyModules(html: string, built: ReadonlyMap<string, readonly string[]>, where = 'page'): string {
  return html.replace(/\bdata-lazy-module="([^"]*)"/g, (attribute, name: string) => {
    if (name.startsWith('/')) return attribute;
    const files = built.get(name);
    if (!files || files.length === 0) {
      throw new Error(`${where}: data-lazy-module="${name}" names no module the build made; the modules are ${[...built.keys()].join(', ') || 'none'} (src/lib/lazy-modules.ts).`);
    }
    const value = files.join(' ');
    if (/["<>&\s]/.test(files.join(''))) throw new Error(`${where}: the files of the module ${name} (${value}) cannot go into an attribute as they are.`);
    return `data-lazy-module="${value}"`;
  });
}
