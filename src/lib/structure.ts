/**
 * A trust's governance structure as a diagram, generated from the bodies data: one node per body,
 * one arrow per line between bodies (accountable to, reports to, part of, holds to account, links
 * with), each arrow labelled with its kind and the clause that states it. The same data gives the
 * text version, so the picture and the words cannot drift apart. Pure: no DOM, no Astro.
 */
import { accessibility, label, nodeId } from './mermaid';

export type LineKind = 'accountable-to' | 'reports-to' | 'part-of' | 'holds-to-account' | 'links-with';

export interface StructureBody {
  id: string;
  name: string;
  short?: string | undefined;
  kind: string;
  principal: boolean;
  lines: { to: string; kind: LineKind; clause: string; document: string }[];
}

/** How each line reads in a sentence ("X is accountable to Y"). */
export const LINE_VERBS: Record<LineKind, string> = {
  'accountable-to': 'is accountable to',
  'reports-to': 'reports to',
  'part-of': 'is part of',
  'holds-to-account': 'holds to account',
  'links-with': 'links with',
};

/** Arrow label in the picture: short, so the diagram stays readable. */
const ARROW: Record<LineKind, string> = {
  'accountable-to': 'accountable to',
  'reports-to': 'reports to',
  'part-of': 'part of',
  'holds-to-account': 'holds to account',
  'links-with': 'links with',
};

/** Solid arrows up the structure; dotted for scrutiny from outside and for looser links. */
const STYLE: Record<LineKind, string> = {
  'accountable-to': '-->',
  'reports-to': '-->',
  'part-of': '-->',
  'holds-to-account': '-.->',
  'links-with': '-.-',
};

/** Kinds of body drawn as a group when there are several. */
const OUTSIDE = [
  { kind: 'external', title: 'Other boards and partnerships' },
  { kind: 'scrutiny', title: 'Scrutiny' },
];

/** A line between two bodies, resolved, with its clause. */
export interface StructureLine {
  from: StructureBody;
  to: StructureBody;
  kind: LineKind;
  clause: string;
  document: string;
}

/** Every line between the given bodies (lines to bodies of other trusts are left out). */
export function structureLines(bodies: readonly StructureBody[]): StructureLine[] {
  const byId = new Map(bodies.map((b) => [b.id, b]));
  return bodies.flatMap((from) =>
    from.lines.flatMap((line) => {
      const to = byId.get(line.to);
      return to ? [{ from, to, kind: line.kind, clause: line.clause, document: line.document }] : [];
    }),
  );
}

/**
 * The Mermaid source of a trust's structure. `clauseLabel` names a clause on an arrow ("10.1");
 * `href` is where a body's node links to (its section on the trust page).
 */
export function structureMermaid(
  title: string,
  bodies: readonly StructureBody[],
  clauseLabel: (line: StructureLine) => string,
  href: (body: StructureBody) => string,
): string {
  const lines = structureLines(bodies);
  const out = [
    'flowchart LR',
    ...accessibility(title, `${bodies.length} bodies and ${lines.length} lines between them. The text version lists each body and each line with its clause.`),
  ];
  const node = (body: StructureBody) => {
    const text = label(body.short ?? body.name);
    return body.principal ? `${nodeId(body.id)}[["${text}"]]` : `${nodeId(body.id)}["${text}"]`;
  };
  // Bodies outside the trust's own structure are stacked in groups beside it, so that a long list
  // of links (Kent's section 14) does not stretch the picture across the page.
  const groups = OUTSIDE.map((g) => ({ ...g, members: bodies.filter((b) => b.kind === g.kind) })).filter((g) => g.members.length > 1);
  const grouped = new Set(groups.flatMap((g) => g.members.map((b) => b.id)));
  for (const body of bodies.filter((b) => !grouped.has(b.id))) out.push(`  ${node(body)}`);
  for (const group of groups) {
    out.push(`  subgraph ${nodeId(`group-${group.kind}`)}["${label(group.title)}"]`, '    direction TB');
    for (const body of group.members) out.push(`    ${node(body)}`);
    out.push('  end');
  }
  for (const line of lines) {
    out.push(`  ${nodeId(line.from.id)} ${STYLE[line.kind]}|"${label(`${ARROW[line.kind]} (${clauseLabel(line)})`)}"| ${nodeId(line.to.id)}`);
  }
  for (const body of bodies) out.push(`  click ${nodeId(body.id)} href "${href(body).replace(/"/g, '')}" _top`);
  const external = bodies.filter((b) => b.kind === 'external' || b.kind === 'scrutiny').map((b) => nodeId(b.id));
  if (external.length > 0) out.push('  classDef external stroke-dasharray:4 3', `  class ${external.join(',')} external`);
  return out.join('\n');
}

/** The text version: for each body, in order, the lines from it and to it. */
export function structureText(bodies: readonly StructureBody[]): { body: StructureBody; from: StructureLine[]; to: StructureLine[] }[] {
  const lines = structureLines(bodies);
  return bodies.map((body) => ({ body, from: lines.filter((l) => l.from.id === body.id), to: lines.filter((l) => l.to.id === body.id) }));
}
