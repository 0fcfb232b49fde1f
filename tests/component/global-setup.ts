/**
 * Components that read the content collections (partner names, duties) need Astro's data store
 * where the Container API looks for it: sync the content, then copy the store to .astro/.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export default function setup() {
  const root = resolve(import.meta.dirname, '../..');
  execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'sync'], { cwd: root, stdio: 'ignore' });
  const store = join(root, 'node_modules/.astro/data-store.json');
  if (!existsSync(store)) throw new Error('astro sync wrote no data store; component tests cannot read the content collections.');
  mkdirSync(join(root, '.astro'), { recursive: true });
  copyFileSync(store, join(root, '.astro/data-store.json'));
}
