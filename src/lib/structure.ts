/**
 * A trust's governance structure as a diagram, generated from the bodies data: one node per body,
 * one arrow per line between bodies, each arrow labelled with its kind, the scope its words give it
 * and the clause that states it. A line the words only propose, recommend or hope for is dashed and
 * says so. The same data gives the text version, so the picture and the words cannot drift apart.
 * Pure: no DOM, no Astro.
 */
import { accessibility, label, nodeId } from './mermaid';
import { STATUS_LABELS, type ClaimStatus, type Quote } from './claims';

/** Kinds of line between two bodies. Each must rest on words that state exactly that relationship. */
export const LINE_KINDS = [
  'accountable-to',
  'accountable-for',
  'reports-to',
  'reports-to-and-from',
  'part-of',
  'member-of',
  'holds-to-account',
  'scrutinises',
  'commissions',
  'replaces',
  'supports',
  'works-within',
  'executive-for',
  'reporting-managed-by',
  'links-with',
] as const;
export type LineKind = (typeof LINE_KINDS)[number];

/**
 * What the quoted words must state for each kind of line, from the body that has the line (A) to
 * the one it names (B). Where the words name A or B otherwise (the Trust, not its Board; the Chairs
 * of a group, not the group), the line records those words as `subject` or `object`.
 */
export const LINE_KIND_MEANINGS: Record<LineKind, string> = {
  'accountable-to': 'A is accountable (answerable) to B: "the Children\'s Trust is accountable to the LAA Board".',
  'accountable-for': 'Accountability for B rests with A: "Accountability for Children\'s Trusts rests with Kent County Council".',
  'reports-to': 'A reports to B, one way: "will report to the HSP".',
  'reports-to-and-from': 'Reporting runs both ways between A and B: "reporting to and from the Trust".',
  'part-of': 'A is a sub-group or a component of B: "a sub-group of", "comprises", "made up of". Not membership, support or reporting.',
  'member-of': 'A is a member of B: "As a member of the Children\'s Trust".',
  'holds-to-account': 'A holds B to account (or B "will be held to account by" A).',
  scrutinises: 'A has a scrutiny role over B or its work: "scrutiny arrangements for the work of Kent Children\'s Trust through".',
  commissions: 'A commissions B: "commission Local Children\'s Services Partnerships".',
  replaces: 'A replaces B: "The LCT Boards replace the current 23 Local Children\'s Services Partnerships".',
  supports: 'A is there to support B or its work: "established to support KCT".',
  'works-within': 'A works within a framework or direction B sets: "work within the framework established by the KCT Executive".',
  'executive-for': 'A carries out executive functions for B: directing its agenda, deciding between its meetings, following up its decisions.',
  'reporting-managed-by': 'A\'s reporting is managed by B: "reporting will be managed by the KCT Executive Group".',
  'links-with': 'The words name A and B in a link, interface or working relationship, and state nothing stronger (give `scope` for what the link is about).',
};

/**
 * Words one of which the quote of a line of each kind must contain (the build fails otherwise), so
 * that a line cannot rest on words about something else. `links-with`, the weakest claim, needs none.
 */
const LINE_KIND_WORDS: Record<LineKind, { pattern: RegExp; examples: string; not?: { pattern: RegExp; kind: LineKind } } | undefined> = {
  'accountable-to': { pattern: /\baccountable to\b|\banswerable to\b/i, examples: '"accountable to"' },
  'accountable-for': { pattern: /\baccountab/i, examples: '"accountability for … rests with"' },
  'reports-to': { pattern: /\breport/i, examples: '"report to"', not: { pattern: /\bto and from\b|\bboth ways\b/i, kind: 'reports-to-and-from' } },
  'reports-to-and-from': { pattern: /\bto and from\b|\bboth ways\b/i, examples: '"to and from"' },
  'part-of': { pattern: /\bsub-?groups?\b|\bpart of\b|\bcompris|\bmade up of\b|\bworking group of\b/i, examples: '"sub-group", "part of", "comprises", "made up of"' },
  'member-of': { pattern: /\bmember/i, examples: '"a member of"' },
  'holds-to-account': { pattern: /\bto account\b/i, examples: '"hold … to account", "held to account by"' },
  scrutinises: { pattern: /\bscrutin/i, examples: '"scrutiny", "scrutinise"' },
  commissions: { pattern: /\bcommission/i, examples: '"commission"' },
  replaces: { pattern: /\breplac/i, examples: '"replace"' },
  supports: { pattern: /\bsupport/i, examples: '"support"' },
  'works-within': { pattern: /\bwithin\b/i, examples: '"work within the framework"' },
  'executive-for': { pattern: /\bagenda\b|\bexecutive\b|\bon behalf of\b/i, examples: '"agenda", "on behalf of"' },
  'reporting-managed-by': { pattern: /\breporting\b[\s\S]*\bmanage|\bmanage\w* reporting\b/i, examples: '"reporting will be managed by"' },
  'links-with': undefined,
};

/** The problem with a line whose words do not state its kind, or undefined. */
export function lineKindProblem(kind: LineKind, words: string): string | undefined {
  const needed = LINE_KIND_WORDS[kind];
  if (needed?.not?.pattern.test(words)) {
    return `is "${kind}", but its words state a different relationship: "${needed.not.pattern.exec(words)![0]}" is "${needed.not.kind}" ("${words}"). Choose the kind the words state (the kinds and what each needs are in src/schemas/body.ts).`;
  }
  if (!needed || needed.pattern.test(words)) return undefined;
  return `is "${kind}", but its words do not state that: a ${kind} line needs words such as ${needed.examples} ("${words}"). Choose the kind the words state (the kinds and what each needs are in src/schemas/body.ts), or quote the words that state this one.`;
}

/** How each line reads in a sentence ("X is accountable to Y"). */
export const LINE_VERBS: Record<LineKind, string> = {
  'accountable-to': 'is accountable to',
  'accountable-for': 'is accountable for',
  'reports-to': 'reports to',
  'reports-to-and-from': 'has reporting to and from',
  'part-of': 'is part of',
  'member-of': 'is a member of',
  'holds-to-account': 'holds to account',
  scrutinises: 'scrutinises',
  commissions: 'commissions',
  replaces: 'replaces',
  supports: 'supports',
  'works-within': 'works within the framework of',
  'executive-for': 'is the executive group for',
  'reporting-managed-by': 'has its reporting managed by',
  'links-with': 'links with',
};

/** Arrow label in the picture: short, so the diagram stays readable. */
const ARROW: Record<LineKind, string> = {
  'accountable-to': 'accountable to',
  'accountable-for': 'accountable for',
  'reports-to': 'reports to',
  'reports-to-and-from': 'reporting to and from',
  'part-of': 'part of',
  'member-of': 'member of',
  'holds-to-account': 'holds to account',
  scrutinises: 'scrutinises',
  commissions: 'commissions',
  replaces: 'replaces',
  supports: 'supports',
  'works-within': 'works within framework of',
  'executive-for': 'executive for',
  'reporting-managed-by': 'reporting managed by',
  'links-with': 'links with',
};

/** Arrows: solid for a line in force, dashed for one only proposed, recommended or hoped for. */
const ARROWS = {
  directed: { solid: '-->', dashed: '-.->' },
  both: { solid: '<-->', dashed: '<-.->' },
  undirected: { solid: '---', dashed: '-.-' },
};
const arrowShape = (kind: LineKind) => (kind === 'links-with' ? ARROWS.undirected : kind === 'reports-to-and-from' ? ARROWS.both : ARROWS.directed);

/** Kinds of body drawn as a group when there are several. */
const OUTSIDE = [
  { kind: 'external', title: 'Other boards and partnerships' },
  { kind: 'scrutiny', title: 'Scrutiny' },
];

/** A line from a body, as the diagram takes it. */
export interface StructureLineData {
  to: string;
  kind: LineKind;
  status: ClaimStatus;
  clause: string;
  document: string;
  /** The quoted words the line rests on. */
  words: string;
  /** The words that limit it, the subject and object as the words name them, where recorded. */
  scope?: string | undefined;
  subject?: string | undefined;
  object?: string | undefined;
  /** The words that show its status, where they are not its own. */
  statusWords?: Quote | undefined;
}

export interface StructureBody {
  id: string;
  name: string;
  short?: string | undefined;
  kind: string;
  principal: boolean;
  /** Whether the body itself exists or is only proposed (defaults to in force). */
  status?: ClaimStatus | undefined;
  lines: StructureLineData[];
}

/** A line between two bodies, resolved. */
export interface StructureLine extends StructureLineData {
  from: StructureBody;
  target: StructureBody;
}

/** Every line between the given bodies (lines to bodies of other trusts are left out). */
export function structureLines(bodies: readonly StructureBody[]): StructureLine[] {
  const byId = new Map(bodies.map((b) => [b.id, b]));
  return bodies.flatMap((from) =>
    from.lines.flatMap((line) => {
      const target = byId.get(line.to);
      return target ? [{ ...line, from, target }] : [];
    }),
  );
}

/** "recommended", or undefined for a claim in force: what a line's or body's label adds. */
export function statusTag(status: ClaimStatus | undefined): string | undefined {
  return status === undefined || status === 'in-force' ? undefined : STATUS_LABELS[status];
}

/** The object as the words name it, where that differs from the body's name (`KDAAT` for KDAAT is not worth saying). */
export function namedOtherwise(object: string | undefined, ...names: (string | undefined)[]): string | undefined {
  const plain = (text: string) => text.toLowerCase().replace(/^the\s+/, '').replace(/[^a-z0-9]+/g, ' ').trim();
  return object !== undefined && !names.some((n) => n !== undefined && plain(n) === plain(object)) ? object : undefined;
}

/**
 * A line as one sentence, for the comparison and the downloads. The document's own words are in
 * quotation marks: the object and subject where the words name them otherwise than the bodies'
 * names, and the scope. "County Durham Strategic Partnership (CDSP) holds to account Executive
 * Board, “for the delivery of …” (said of “The CDSP Board”)"; a line not in force ends
 * "[recommended, not in force]".
 */
export function lineSentence(fromName: string, toName: string, line: Pick<StructureLineData, 'kind' | 'status' | 'scope' | 'subject' | 'object'>): string {
  const tag = statusTag(line.status);
  const object = namedOtherwise(line.object, toName);
  return [
    `${fromName} ${LINE_VERBS[line.kind]} ${toName}`,
    object ? ` (named “${object}”)` : '',
    line.scope ? `, “${line.scope}”` : '',
    line.subject ? ` (said of “${line.subject}”)` : '',
    tag ? ` [${tag}, not in force]` : '',
  ].join('');
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
  const pending = lines.filter((l) => l.status !== 'in-force').length;
  const out = [
    'flowchart LR',
    ...accessibility(
      title,
      `${bodies.length} bodies and ${lines.length} lines between them${pending > 0 ? `, ${pending} of them not in force (dashed)` : ''}. The text version lists each body and each line with its status, scope and clause.`,
    ),
  ];
  const node = (body: StructureBody) => {
    const tag = statusTag(body.status);
    const text = label(`${body.short ?? body.name}${tag ? ` (${tag})` : ''}`);
    if (body.principal) return `${nodeId(body.id)}[["${text}"]]`;
    if (body.kind === 'trust') return `${nodeId(body.id)}("${text}")`;
    return `${nodeId(body.id)}["${text}"]`;
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
  lines.forEach((line) => {
    const tag = statusTag(line.status);
    const text = `${tag ? `${tag}: ` : ''}${ARROW[line.kind]}${line.scope ? `, “${line.scope}”` : ''} (${clauseLabel(line)})`;
    const arrow = arrowShape(line.kind)[tag ? 'dashed' : 'solid'];
    out.push(`  ${nodeId(line.from.id)} ${arrow}|"${label(text)}"| ${nodeId(line.target.id)}`);
  });
  // Mermaid's dotted links are fine dots; a line not in force gets long, heavier dashes that read at a glance.
  const dashed = lines.flatMap((line, i) => (statusTag(line.status) ? [i] : []));
  if (dashed.length > 0) out.push(`  linkStyle ${dashed.join(',')} stroke-dasharray:9 5,stroke-width:2px`);
  for (const body of bodies) out.push(`  click ${nodeId(body.id)} href "${href(body).replace(/"/g, '')}" _top`);
  // A body that is only proposed has a dashed outline, as a line that is only proposed is dashed.
  const pendingBodies = bodies.filter((b) => statusTag(b.status)).map((b) => nodeId(b.id));
  if (pendingBodies.length > 0) out.push('  classDef pending stroke-dasharray:6 4', `  class ${pendingBodies.join(',')} pending`);
  return out.join('\n');
}

/** The text version: for each body, in order, the lines from it and to it. */
export function structureText(bodies: readonly StructureBody[]): { body: StructureBody; from: StructureLine[]; to: StructureLine[] }[] {
  const lines = structureLines(bodies);
  return bodies.map((body) => ({ body, from: lines.filter((l) => l.from.id === body.id), to: lines.filter((l) => l.target.id === body.id) }));
}
