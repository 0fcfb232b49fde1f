/**
 * The bundler warnings the build does not print, each with the reason it cannot be fixed where it
 * arises. Every other warning is printed as usual: a clean build prints none (see src/lib/build-log.ts).
 */

/** The parts of a Rolldown warning that the filter reads. */
export interface BundlerWarning {
  code?: string | undefined;
  message: string;
}

/**
 * Astro's own content-asset plugin writes `"use astro:head-inject";` at the top of the module it
 * generates for every MDX entry (`?astroPropagatedAssets`), and Rolldown warns once per entry that
 * the directive may not survive bundling. Nothing reads that directive any more (Astro marks those
 * modules by their id), so losing it changes nothing; the fix belongs in Astro, reported upstream
 * as withastro/astro#18087. Matched by code and directive, so any other module-level directive, such
 * as a dependency's "use client", still warns.
 */
export function isAstroHeadInjectDirective(warning: BundlerWarning): boolean {
  return warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"');
}

/** For Vite's `build.rolldownOptions.onwarn`: drops the warnings above, hands the rest on. */
export function onBundlerWarning<W extends BundlerWarning>(warning: W, print: (warning: W) => void): void {
  if (isAstroHeadInjectDirective(warning)) return;
  print(warning);
}
