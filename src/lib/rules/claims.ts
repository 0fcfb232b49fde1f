/**
 * What a rule claims and what each claim rests on: the status and scope of the rule, and for each
 * parameter the words that state it (with what they must state), the reading that sets it, or why
 * it does not apply. Tool pages, embeds and the comparison show these beside the claim. Pure.
 */
import type { Basis, ClaimStatus, Quote, Reading, StatedRule } from './types';

/** How each status is said beside a claim. */
export const STATUS_LABELS: Record<ClaimStatus, string> = {
  'in-force': 'In force',
  proposed: 'Proposed, not yet in force',
  recommended: 'Recommended, not yet in force',
  aspiration: 'An aspiration, not a rule',
};

/** Plain-words names of each tool's parameters, as the tool page lists them. */
export const PARAM_LABELS: Record<string, string> = {
  minimum: 'How many are needed',
  excludeSeats: 'Lines that do not count',
  alsoFill: 'Whether a post holder also counts for their own organisation',
  separateSeats: 'Whether the alternatives on one line count separately',
  perItem: 'Whether the quorum holds for each item',
  majority: 'What majority carries',
  voters: 'Who votes',
  weights: 'How many votes each partner has',
  castingNeedsChairVote: 'Whether the casting vote needs the Chair’s own vote',
  deputyAllowance: 'Meetings a deputy may attend',
  deputyCounts: 'Whether a deputy’s meeting counts',
  strategicNeedsDeclaring: 'Whether a strategic or professional interest is declared',
  clearDays: 'How the waiting days are counted',
  waitApplies: 'Whether the waiting period binds every second meeting',
};

export interface BasisRow {
  param: string;
  label: string;
  /** The value the tool uses, in plain words. */
  value: string;
  /** What the words state (for stated parameters), or the reading's question. */
  states: string;
  quote?: Quote | undefined;
  readings: Reading<object>[];
  scope: string;
  status: ClaimStatus;
  notApplicable?: string | undefined;
}

const plain = (value: unknown): string => {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.join(', ');
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    return entries.length === 0 ? 'none' : entries.map(([k, v]) => `${k}: ${String(v)}`).join(', ');
  }
  return value === undefined ? 'not set' : String(value);
};

/** One row per parameter of the rule, in the order of `params`, each with what it rests on. */
export function basisRows(rule: StatedRule): BasisRow[] {
  const readings = rule.readings as Reading<object>[];
  return Object.entries(rule.params as object).map(([param, value]) => {
    const basis: Basis | undefined = rule.basis[param];
    const row = { param, label: PARAM_LABELS[param] ?? param, value: plain(value), scope: rule.scope.summary, status: rule.status.value, readings: [] };
    if (basis && 'states' in basis) {
      return { ...row, states: basis.states, quote: basis.quote, scope: basis.scope ?? row.scope, status: basis.status ?? row.status };
    }
    if (basis && 'reading' in basis) {
      const named = readings.filter((r) => [basis.reading].flat().includes(r.id));
      return { ...row, states: named.map((r) => r.question).join(' '), readings: named };
    }
    return { ...row, states: '', notApplicable: basis && 'notApplicable' in basis ? basis.notApplicable : 'No basis recorded.' };
  });
}
