#!/usr/bin/env node
// Authoring aid: which sentences of a seed are not yet in the given source files?
// Usage: node tests/tools/seed-sentences.mjs <seed.txt> <file.mdx|file.yaml> [...]
// It compares against the files' raw text with MDX markup loosely stripped, so it is a quick
// check while writing; the real test (tests/fidelity.e2e.test.ts) reads the built pages.
import { readFileSync } from 'node:fs';
import { missingSentences, stripSeedMarkup } from '../../src/lib/fidelity.ts';

const [seedPath, ...files] = process.argv.slice(2);
if (!seedPath || files.length === 0) {
  console.error('usage: node tests/tools/seed-sentences.mjs <seed.txt> <file> [...]');
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
const missing = missingSentences(readFileSync(seedPath, 'utf8'), site);
for (const { line, text } of missing) console.log(`${seedPath}:${line}: ${text}`);
console.log(`${missing.length} sentence(s) not found`);
