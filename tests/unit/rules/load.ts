/** The rule files in content/rules/, parsed with the build's schema, for the engine tests. */
import type { Rule } from '../../../src/lib/rules/types';
import { rules } from '../../content';

export function loadRules(): Rule[] {
  return rules();
}

export function loadRule<K extends Rule['kind']>(id: string, kind: K): Extract<Rule, { kind: K; provision: 'stated' }> {
  const rule = loadRules().find((r) => r.id === id);
  if (!rule || rule.kind !== kind || rule.provision !== 'stated') throw new Error(`No stated ${kind} rule "${id}"`);
  return rule as Extract<Rule, { kind: K; provision: 'stated' }>;
}
