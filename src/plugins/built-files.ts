/**
 * The files of a finished build, for the steps that run after it (link check, security policy,
 * offline cache). Paths are relative to the output folder, with forward slashes, sorted.
 */
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Every file under `root`, e.g. `kent/partnership-agreement-2008/index.html`, `pagefind/pagefind.js`. */
export async function builtFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** The site's pages: HTML files outside Pagefind's folder and the bundled assets. */
export async function builtPages(root: string): Promise<string[]> {
  return (await builtFiles(root)).filter((f) => f.endsWith('.html') && !/^(pagefind|_astro)\//.test(f));
}
