/**
 * The flowchart of a protocol, as Mermaid source generated from the same data the stepper walks, so
 * the picture cannot drift from the logic. Outcomes are drawn as rounded nodes; a transition with a
 * waiting period says so on its arrow; a step only another reading of the words opens is drawn dashed
 * and says so.
 */
import { accessibility, label, nodeId } from '../mermaid';
import type { ProtocolRule } from './types';

export function protocolMermaid(rule: ProtocolRule): string {
  const lines = ['flowchart TD', ...accessibility(rule.title, `Flowchart of ${rule.steps.length} steps, starting at "${rule.steps.find((s) => s.id === rule.start)?.title ?? rule.start}".`)];
  for (const step of rule.steps) {
    const text = label(step.title);
    lines.push(step.outcome === undefined ? `  ${nodeId(step.id)}["${text}"]` : `  ${nodeId(step.id)}("${text}")`);
  }
  for (const step of rule.steps) {
    for (const t of step.transitions) {
      const text = `${t.label}${t.wait ? ` (at least ${t.wait.days} days after ${t.wait.from})` : ''}${t.reading ? ' (only on another reading)' : ''}`;
      lines.push(`  ${nodeId(step.id)} ${t.reading ? '-.->' : '-->'}|"${label(text)}"| ${nodeId(t.to)}`);
    }
  }
  const outcomes = rule.steps.filter((s) => s.outcome !== undefined).map((s) => nodeId(s.id));
  if (outcomes.length > 0) {
    lines.push('  classDef outcome stroke-width:3px', `  class ${outcomes.join(',')} outcome`);
  }
  return lines.join('\n');
}
