/**
 * Reads the glossary YAML files (content/glossary/*.yaml, each a list of terms). Shared by the
 * content loader (for pages) and the abbreviation plugin (for running text), so both see one list.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { duplicateTerms } from '../lib/glossary';

export interface GlossaryFileEntry {
  file: string;
  index: number;
  data: Record<string, unknown>;
}

export function readGlossaryFiles(dir: string, root = process.cwd()): GlossaryFileEntry[] {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.yaml') && !name.startsWith('_'))
    .sort();
  const entries: GlossaryFileEntry[] = [];
  for (const name of files) {
    const path = join(dir, name);
    const file = relative(root, path);
    const parsed: unknown = parse(readFileSync(path, 'utf8'));
    if (!Array.isArray(parsed)) {
      throw new Error(`${file}: expected a list of glossary terms (each "- term: ..."), found ${parsed === null ? 'nothing' : typeof parsed}.`);
    }
    parsed.forEach((data, index) => {
      if (typeof data !== 'object' || data === null) {
        throw new Error(`${file}: item ${index + 1} is not a glossary entry (expected "term", "expansion", "expandedInSource").`);
      }
      entries.push({ file, index, data: data as Record<string, unknown> });
    });
  }
  const twice = duplicateTerms(entries.map((e) => ({ term: String(e.data.term), expansion: null })));
  if (twice.length > 0) {
    const where = (term: string) =>
      entries.filter((e) => e.data.term === term).map((e) => `${e.file} item ${e.index + 1}`).join(' and ');
    throw new Error(
      twice.map((term) => `Glossary term "${term}" is defined twice (${where(term)}). Keep one definition.`).join('\n'),
    );
  }
  return entries;
}
