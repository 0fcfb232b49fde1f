/**
 * Scaffolds a rule from a clause: `npm run new:rule -- <trust>/<document> <clause> <kind>`.
 *
 * The import report lists the clauses whose words look like a rule, each with this command. It
 * writes content/rules/_draft-<trust>-<kind>.yaml with the clause's words quoted and every field
 * an editor must decide left empty (src/lib/import/rule-scaffold.ts). The draft is not read by the
 * site until it is renamed, so nothing half-done reaches a tool; it never overwrites a file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { clauseSource, clausesInMdx, nearbyClauses, plainWords } from '../lib/clauses.ts';
import { RULE_KINDS, ruleScaffold } from '../lib/import/rule-scaffold.ts';
import type { RuleKind } from '../lib/import/findings.ts';

const ROOT = resolve(import.meta.dirname, '../..');

export class Refusal extends Error {}

export function newRule(argv: readonly string[], root = ROOT): string {
  const [document, clause, kind] = argv;
  if (!document || !clause || !kind) throw new Refusal('Give the document, the clause and the kind of rule: npm run new:rule -- <trust>/<document> <clause> <quorum|vote|attendance|interests|protocol>');
  if (!RULE_KINDS.includes(kind as RuleKind)) throw new Refusal(`"${kind}" is not a kind of rule. Use one of: ${RULE_KINDS.join(', ')}.`);
  const file = join(root, 'content/docs', `${document}.mdx`);
  if (!/^[a-z0-9-]+\/[a-z0-9-]+$/.test(document) || !existsSync(file)) throw new Refusal(`There is no document ${document} (content/docs/${document}.mdx).`);
  const mdx = readFileSync(file, 'utf8');
  const text = clauseSource(mdx, clause);
  if (text === undefined) {
    const known = clausesInMdx(mdx).map((c) => c.id);
    throw new Refusal(`${document} has no clause ${clause} (clauses near it: ${nearbyClauses(clause, known).join(', ')}).`);
  }
  const trust = document.split('/')[0]!;
  const base = `_draft-${trust}-${kind}`;
  let out = join(root, 'content/rules', `${base}.yaml`);
  for (let n = 2; existsSync(out); n++) out = join(root, 'content/rules', `${base}-${n}.yaml`);
  writeFileSync(out, ruleScaffold({ document, clause, kind: kind as RuleKind, words: plainWords(text), command: `npm run new:rule -- ${argv.join(' ')}` }));
  return relative(root, out);
}

if (import.meta.main) {
  try {
    const written = newRule(process.argv.slice(2));
    console.log(`Wrote ${written}: a draft with the clause's words quoted. Fill in every REPLACE, then rename it without the "_draft-" (see the comment at its top).`);
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    console.error(`new:rule: ${error.message}`);
    process.exitCode = 1;
  }
}
