/**
 * Duties marked where they are written. A `<Duty partners="police every-partner" topics="attendance"
 * status="in-force" subject="Partners">` element in a document's MDX wraps the source words (a
 * sentence inline, or whole paragraphs and lists on their own lines), so the text stays verbatim
 * and single-sourced. This module finds the marks in the parsed MDX and locates each one: the
 * clause it sits in (its `<Clause n>`, or else the deepest numbered heading above it) and its
 * position among the duties of that clause. It checks each mark's shape, its status, and that the
 * words it quotes as its subject and scope are in its clause or section.
 *
 * Pure: works on an mdast tree; `dutiesInMdx` parses source text with remark-mdx.
 */
import type { Heading, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visitParents } from 'unist-util-visit-parents';
import { CLAIM_STATUSES, isClaimStatus, type ClaimStatus } from './claims';
import { clauseSource, headingNumber, plainWords } from './clauses';

/** Topics a duty can be filed under; they are the topic filter of the search page. */
export const TOPICS = {
  cooperation: 'Co-operation and working together',
  membership: 'Membership and representation',
  meetings: 'Meetings and quorum',
  attendance: 'Attendance and deputies',
  conduct: 'Interests and conduct',
  decisions: 'Decisions, voting and disputes',
  accountability: 'Accountability and scrutiny',
  planning: 'Planning and commissioning',
  resources: 'Budgets and resources',
  performance: 'Performance and information',
  safeguarding: 'Safeguarding',
  leadership: 'Leadership and chairing',
  participation: 'Involving children, families and stakeholders',
} as const;
export type Topic = keyof typeof TOPICS;

/** The topic each kind of tool answers a question on, so a topic search also finds the tools. */
export const TOOL_TOPICS: Record<'quorum' | 'vote' | 'protocol' | 'attendance' | 'interests', Topic> = {
  quorum: 'meetings',
  vote: 'decisions',
  protocol: 'decisions',
  attendance: 'attendance',
  interests: 'conduct',
};
export const isTopic = (value: string): value is Topic => Object.hasOwn(TOPICS, value);

/** `duty`: something the words require of the partner. `role`: a seat or post the words give it. */
export const DUTY_TYPES = ['duty', 'role'] as const;
export type DutyType = (typeof DUTY_TYPES)[number];

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** Where one `<Duty>` element sits, before its attributes are checked. */
export interface LocatedDuty {
  node: JsxElement;
  /** Clause id: the enclosing `<Clause n>`, else the deepest numbered heading above; undefined if neither. */
  clause: string | undefined;
  /** True when the clause is a `<Clause>` element (which then lists the duties it holds). */
  inClause: boolean;
  /** True for a block (flow) element: whole paragraphs or lists. */
  block: boolean;
  /** 1-based position among the duties of the same clause. */
  ordinal: number;
  /** True when this `<Duty>` sits inside another one. */
  nested: boolean;
  /**
   * Source offsets of the section the mark sits in: from the outermost heading above it to the next
   * heading of the same or a higher level (the whole document when no heading is above it). Words a
   * mark quotes as its subject or scope must be found in its clause or in this section.
   */
  section: { start: number; end: number };
}

const isJsx = (node: { type: string }): node is JsxElement =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** The string value of a JSX attribute, or undefined when absent or not a plain string. */
export function attribute(node: JsxElement, name: string): string | undefined {
  for (const attr of node.attributes) {
    if (attr.type === 'mdxJsxAttribute' && attr.name === name && typeof attr.value === 'string') return attr.value;
  }
  return undefined;
}

const headingText = (heading: Heading): string =>
  heading.children.map((child) => ('value' in child ? child.value : 'children' in child ? headingText(child as unknown as Heading) : '')).join('');

/** Every `<Duty>` in the tree, in document order, with its clause. */
export function locateDuties(tree: Root): LocatedDuty[] {
  // Numbered headings at the top level, in order, for duties that are not inside a <Clause>.
  const headings = tree.children
    .filter((node): node is Heading => node.type === 'heading')
    .map((h) => ({ depth: h.depth, number: headingNumber(headingText(h).replace(/[*_]/g, '')), offset: h.position?.start.offset ?? 0 }));
  const enclosing = (offset: number) => {
    const stack: { depth: number; number: string | undefined; offset: number }[] = [];
    for (const h of headings) {
      if (h.offset >= offset) break;
      while (stack.length > 0 && stack[stack.length - 1]!.depth >= h.depth) stack.pop();
      stack.push(h);
    }
    return stack;
  };
  const headingClause = (offset: number): string | undefined =>
    [...enclosing(offset)].reverse().find((h) => h.number !== undefined)?.number;
  const sectionOf = (offset: number) => {
    const outer = enclosing(offset)[0];
    if (!outer) return { start: 0, end: Number.MAX_SAFE_INTEGER };
    const next = headings.find((h) => h.offset > outer.offset && h.depth <= outer.depth);
    return { start: outer.offset, end: next?.offset ?? Number.MAX_SAFE_INTEGER };
  };

  const found: LocatedDuty[] = [];
  const counts = new Map<string, number>();
  visitParents(tree, (node) => isJsx(node as RootContent) && (node as JsxElement).name === 'Duty', (node, ancestors) => {
    const element = node as JsxElement;
    const clauseElement = [...ancestors].reverse().find((a) => isJsx(a as RootContent) && (a as JsxElement).name === 'Clause') as
      | JsxElement
      | undefined;
    const clause = clauseElement ? attribute(clauseElement, 'n') : headingClause(element.position?.start.offset ?? 0);
    const ordinal = clause === undefined ? 0 : (counts.get(clause) ?? 0) + 1;
    if (clause !== undefined) counts.set(clause, ordinal);
    found.push({
      node: element,
      clause,
      inClause: clauseElement !== undefined,
      block: element.type === 'mdxJsxFlowElement',
      ordinal,
      nested: ancestors.some((a) => isJsx(a as RootContent) && (a as JsxElement).name === 'Duty'),
      section: sectionOf(element.position?.start.offset ?? 0),
    });
  });
  return found;
}

/** A duty as marked in a document, with the words it wraps. */
export interface DutyMark {
  clause: string;
  ordinal: number;
  /** Anchor of the marked words on the page: `duty-paa-9-1`. */
  anchor: string;
  /** Partner ids the words give it to (content/partners/); collectives reach their members. */
  partners: string[];
  /**
   * Bodies of the trust the words give it to as bodies (content/bodies/ ids, or `trust` for the
   * trust as a whole). A duty of a body is the trust's, not its partners': it is listed on the
   * trust's page and never on a partner's.
   */
  bodies: string[];
  topics: Topic[];
  type: DutyType;
  /** In force, or only proposed, recommended or hoped for, as the words put it. */
  status: ClaimStatus;
  /** Who the words say it is for, in the words themselves (one or more phrases, as printed). */
  subject: string[];
  /** The words that limit it (to a time, a meeting, a condition), as printed; absent when they do not. */
  scope?: string | undefined;
  inClause: boolean;
  block: boolean;
  /** The wrapped source, as written in the MDX. */
  markdown: string;
  /** The wrapped words, plain. */
  text: string;
  /** 1-based line in the parsed source. */
  line: number;
}

export interface DutyProblem {
  line: number;
  message: string;
}

export const dutyAnchor = (clause: string, ordinal: number) => `duty-${clause}-${ordinal}`;

/** The `bodies` value for a duty of the trust as a whole rather than one of its boards. */
export const TRUST_AS_BODY = 'trust';

const words = (value: string | undefined) => (value ?? '').split(/\s+/).filter(Boolean);
/** Phrases of a `subject`: several are separated by "|". */
const phrases = (value: string | undefined) => (value ?? '').split('|').map((p) => p.trim()).filter(Boolean);

/** Parses MDX source (without frontmatter) into mdast with JSX nodes. */
export function parseMdx(source: string): Root {
  return unified().use(remarkParse).use(remarkMdx).parse(source);
}

const STATUS_HELP = `Expected one of: ${CLAIM_STATUSES.map((s) => `"${s}"`).join(', ')} (in force; or only proposed, recommended, or an aspiration, as the words put it)`;

/**
 * The duties marked in an MDX document, and what is wrong with any mark. Partner and body ids are
 * checked against their collections by `validate.ts`; this checks the shape of each mark, and that
 * the words it quotes as its subject and scope are in its clause or section.
 */
export function dutiesInMdx(source: string): { duties: DutyMark[]; problems: DutyProblem[] } {
  const duties: DutyMark[] = [];
  const problems: DutyProblem[] = [];
  for (const located of locateDuties(parseMdx(source))) {
    const { node } = located;
    const line = node.position?.start.line ?? 0;
    const problem = (message: string) => problems.push({ line, message });
    const where = located.clause === undefined ? '<Duty>' : `<Duty> in clause ${located.clause}`;
    const partners = words(attribute(node, 'partners'));
    const bodies = words(attribute(node, 'bodies'));
    const topicWords = words(attribute(node, 'topics'));
    const type = attribute(node, 'type') ?? 'duty';
    const status = attribute(node, 'status');
    const subject = phrases(attribute(node, 'subject'));
    const scopeAttribute = attribute(node, 'scope');
    const scope = scopeAttribute?.trim() || undefined;
    if (located.nested) problem('<Duty> is inside another <Duty>. Mark each passage once, naming every partner it applies to.');
    if (located.clause === undefined) {
      problem('<Duty> is not inside a <Clause> or under a numbered heading, so it has no clause to cite. Move it, or wrap the clause in <Clause n="…">.');
    } else if (!located.inClause && !located.block) {
      problem(
        `<Duty> outside a <Clause> (under heading ${located.clause}) must wrap whole paragraphs or lists, with the tags on their own lines, so the page can show whose duty it is.`,
      );
    }
    if (partners.length === 0 && bodies.length === 0) {
      problem(
        '<Duty> has no partners. Expected partners="<partner id> …" naming partners in content/partners/, or "every-partner"; or bodies="<body id> …" (content/bodies/, or "trust") for a duty of the trust or one of its boards as a body.',
      );
    }
    if (topicWords.length === 0) problem(`<Duty> has no topics. Expected topics="…" with one or more of: ${Object.keys(TOPICS).join(', ')}.`);
    for (const topic of topicWords.filter((t) => !isTopic(t))) {
      problem(`<Duty> names topic "${topic}", which does not exist. Expected one of: ${Object.keys(TOPICS).join(', ')}.`);
    }
    if (!(DUTY_TYPES as readonly string[]).includes(type)) problem(`<Duty> has type "${type}". Expected "duty" (the default) or "role".`);
    if (status === undefined) problem(`${where} has no status. ${STATUS_HELP}, e.g. status="in-force".`);
    else if (!isClaimStatus(status)) problem(`${where} has status "${status}". ${STATUS_HELP}.`);
    const first = node.children[0]?.position?.start.offset;
    const last = node.children[node.children.length - 1]?.position?.end.offset;
    const markdown = first === undefined || last === undefined ? '' : source.slice(first, last).trim();
    const text = plainWords(markdown);
    if (!text) problem('<Duty> wraps no words. Put the tags around the sentence, paragraph or list that states the duty.');
    // Subject and scope quote the document: their words must be in the mark's clause or section.
    const context = [
      text,
      located.clause === undefined ? '' : plainWords(clauseSource(source, located.clause) ?? ''),
      plainWords(source.slice(located.section.start, located.section.end)),
    ].join('\n');
    const quoted = (value: string) => context.includes(plainWords(value));
    if (subject.length === 0) {
      problem(`${where} has no subject. Expected subject="…": the words that name who it is for, as printed (several separated by "|"), e.g. subject="Partners".`);
    }
    for (const phrase of subject.filter((p) => !quoted(p))) {
      problem(`${where} has subject "${phrase}", which is not in its clause or section. Quote the words that name who it is for, exactly as printed.`);
    }
    if (scopeAttribute !== undefined && scope === undefined) problem(`${where} has an empty scope. Leave scope out, or quote the words that limit it.`);
    if (scope !== undefined && !quoted(scope)) {
      problem(`${where} has scope "${scope}", which is not in its clause or section. Quote the words that limit it (a time, a meeting, a condition), exactly as printed.`);
    }
    if (located.clause === undefined) continue;
    duties.push({
      clause: located.clause,
      ordinal: located.ordinal,
      anchor: dutyAnchor(located.clause, located.ordinal),
      partners,
      bodies,
      topics: topicWords.filter(isTopic),
      type: type === 'role' ? 'role' : 'duty',
      status: status !== undefined && isClaimStatus(status) ? status : 'in-force',
      subject,
      scope,
      inClause: located.inClause,
      block: located.block,
      markdown,
      text,
      line,
    });
  }
  return { duties, problems };
}
