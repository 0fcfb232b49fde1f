/**
 * Protocols: a dispute procedure as steps with declared transitions, some with a waiting period.
 *
 * The stepper walks a path of step ids from the start; a path is valid when each step follows from
 * the one before by a transition. A step without transitions must be an outcome. `checkProtocol`
 * proves every step is reachable and none is a dead end (used by the build and the unit tests).
 */
import { addDays, isoDate } from '../dates';
import type { ProtocolParams, ProtocolRule, Step, Transition, Wait } from './types';

export function stepOf(rule: ProtocolRule, id: string): Step | undefined {
  return rule.steps.find((s) => s.id === id);
}

export interface Walk {
  /** The longest valid prefix of the path, always starting at the rule's start. */
  path: string[];
  /** The first step id that could not be followed, if any. */
  rejected?: string | undefined;
}

/**
 * Whether a transition is open: one without a `reading` always is; one that belongs to another
 * reading only when that reading is among `readings` (`'all'`: every reading's transitions).
 */
export function isOpen(t: Transition, readings: 'all' | ReadonlySet<string> = new Set()): boolean {
  return t.reading === undefined || readings === 'all' || readings.has(t.reading);
}

/**
 * Follows `path` from the start; stops at the first id that is not an open transition from the step
 * before. By default only the transitions of the reading the tool adopts are open.
 */
export function walk(rule: ProtocolRule, path: readonly string[], readings: 'all' | ReadonlySet<string> = new Set()): Walk {
  const steps = path[0] === rule.start ? path.slice(1) : [...path];
  const valid = [rule.start];
  for (const id of steps) {
    const here = stepOf(rule, valid.at(-1)!);
    if (!here?.transitions.some((t) => t.to === id && isOpen(t, readings))) return { path: valid, rejected: id };
    valid.push(id);
  }
  return { path: valid };
}

/** The transition taken between two consecutive steps of a valid path. */
export function transitionBetween(rule: ProtocolRule, from: string, to: string): Transition | undefined {
  return stepOf(rule, from)?.transitions.find((t) => t.to === to);
}

/** The first transition on the path that carries a waiting period, with the step it leaves. */
export function waitOnPath(rule: ProtocolRule, path: readonly string[]): { from: string; to: string; wait: Wait } | undefined {
  for (let i = 1; i < path.length; i += 1) {
    const wait = transitionBetween(rule, path[i - 1]!, path[i]!)?.wait;
    if (wait) return { from: path[i - 1]!, to: path[i]!, wait };
  }
  return undefined;
}

/** The rule's waiting period, if any, and the transition it sits on. */
export function protocolWait(rule: ProtocolRule): { from: string; to: string; wait: Wait } | undefined {
  for (const step of rule.steps) {
    const t = step.transitions.find((x) => x.wait);
    if (t?.wait) return { from: step.id, to: t.to, wait: t.wait };
  }
  return undefined;
}

/**
 * The earliest date the next meeting may be held: `days` after `from` ("at least seven days
 * later"), or one day more when counting clear days (neither meeting day counts); undefined where
 * the reading lets the meeting be held without waiting.
 */
export function earliestAfter(from: Date, wait: Pick<Wait, 'days'>, params: ProtocolParams): string | undefined {
  if (params.waitApplies === false) return undefined;
  return isoDate(addDays(from, wait.days + (params.clearDays ? 1 : 0)));
}

export interface ProtocolProblems {
  /** Transitions to steps that do not exist: "from -> to". */
  missingTargets: string[];
  /** Steps not reachable from the start. */
  unreachable: string[];
  /** Steps with no transitions that are not outcomes. */
  deadEnds: string[];
  /** Steps from which no outcome can be reached. */
  noWayOut: string[];
}

/**
 * Problems of a protocol's graph. `readings`: which readings' transitions to follow (by default
 * only the adopted reading's, so that the adopted reading alone has no dead end).
 */
export function checkProtocol(rule: Pick<ProtocolRule, 'start' | 'steps'>, readings: 'all' | ReadonlySet<string> = new Set()): ProtocolProblems {
  const ids = new Set(rule.steps.map((s) => s.id));
  rule = { ...rule, steps: rule.steps.map((s) => ({ ...s, transitions: s.transitions.filter((t) => isOpen(t, readings)) })) };
  const missingTargets = rule.steps.flatMap((s) => s.transitions.filter((t) => !ids.has(t.to)).map((t) => `${s.id} -> ${t.to}`));
  const next = new Map(rule.steps.map((s) => [s.id, s.transitions.map((t) => t.to).filter((to) => ids.has(to))]));

  const seen = new Set<string>();
  const queue = ids.has(rule.start) ? [rule.start] : [];
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...(next.get(id) ?? []));
  }

  // Steps that can reach an outcome: start from the outcomes and walk transitions backwards.
  const canFinish = new Set(rule.steps.filter((s) => s.outcome !== undefined).map((s) => s.id));
  let grew = true;
  while (grew) {
    grew = false;
    for (const step of rule.steps) {
      if (!canFinish.has(step.id) && (next.get(step.id) ?? []).some((to) => canFinish.has(to))) {
        canFinish.add(step.id);
        grew = true;
      }
    }
  }

  return {
    missingTargets,
    unreachable: rule.steps.filter((s) => !seen.has(s.id)).map((s) => s.id),
    deadEnds: rule.steps.filter((s) => s.transitions.length === 0 && s.outcome === undefined).map((s) => s.id),
    noWayOut: rule.steps.filter((s) => !canFinish.has(s.id)).map((s) => s.id),
  };
}
