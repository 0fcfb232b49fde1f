#!/usr/bin/env node
// Authoring aid: which sentences of a source text are not yet in the given files?
// Usage: node tests/tools/source-sentences.mjs content/sources/<trust>/<name>.txt <file.mdx|file.yaml> [...]
// The furniture declared beside the source (<name>.yaml) is applied. It compares against the files'
// raw text with MDX markup loosely stripped, so it is a quick check while writing, without a build;
// `npm run verify` and tests/e2e/fidelity.e2e.test.ts read the built pages.
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { missingSentences, stripSeedMarkup } from '../../src/lib/fidelity.ts';
import { sourceSchema } from '../../src/schemas/source.ts';

const [sourcePath, ...files] = process.argv.slice(2);
if (!sourcePath || files.length === 0) {
  console.error('usage: node tests/tools/source-sentences.mjs <source.txt> <file> [...]');
  process.exit(2);
}
const labelled = (source) =>
  source
    .replace(/<Clause\b[^>]*?\blabel="([^"]*)"[^>]*>/g, ' $1 ')
    .replace(/<Clause\b[^>]*?\bn="([^"]*)"[^>]*>/g, ' $1 ')
    .replace(/^\s*(?:label|value|text|heading|title|due):\s*"?(.*?)"?\s*$/gm, '$1')
    .replace(/\\"/g, '"');
const site = files
  .map((file) => labelled(readFileSync(file, 'utf8')))
  .join('\n')
  .split('\n')
  .map((line) => stripSeedMarkup(line).replace(/\t/g, ' '))
  .join(' ');
const declarationFile = sourcePath.replace(/\.txt$/, '.yaml');
const declaration = sourceSchema.parse(existsSync(declarationFile) ? (parse(readFileSync(declarationFile, 'utf8')) ?? {}) : {});
const missing = missingSentences(readFileSync(sourcePath, 'utf8'), declaration, site);
for (const { line, text } of missing) console.log(`${sourcePath}:${line}: ${text}`);
console.log(`${missing.length} sentence(s) not found`);
