/** The rule files in content/rules/, parsed with the build's schema, for the engine tests. */
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { asRule, ruleSchema } from '../../../src/schemas/rule';
import type { Rule } from '../../../src/lib/rules/types';

const DIR = new URL('../../../content/rules/', import.meta.url);

export function loadRules(): Rule[] {
  return readdirSync(DIR)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => asRule(ruleSchema.parse(parse(readFileSync(new URL(name, DIR), 'utf8')))));
}

export function loadRule<K extends Rule['kind']>(id: string, kind: K): Extract<Rule, { kind: K; provision: 'stated' }> {
  const rule = loadRules().find((r) => r.id === id);
  if (!rule || rule.kind !== kind || rule.provision !== 'stated') throw new Error(`No stated ${kind} rule "${id}"`);
  return rule as Extract<Rule, { kind: K; provision: 'stated' }>;
}
