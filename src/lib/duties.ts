/**
 * Duties marked where they are written. A `<Duty partners="police every-partner" topics="attendance">`
 * element in a document's MDX wraps the source words (a sentence inline, or whole paragraphs and
 * lists on their own lines), so the text stays verbatim and single-sourced. This module finds the
 * marks in the parsed MDX and locates each one: the clause it sits in (its `<Clause n>`, or else the
 * deepest numbered heading above it) and its position among the duties of that clause.
 *
 * Pure: works on an mdast tree; `dutiesInMdx` parses source text with remark-mdx.
 */
import type { Heading, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visitParents } from 'unist-util-visit-parents';
import { headingNumber, plainWords } from './clauses';

/** Topics a duty can be filed under; they are the topic filter of the search page. */
export const TOPICS = {
  cooperation: 'Duty to co-operate',
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
  const headingClause = (offset: number): string | undefined => {
    const stack: { depth: number; number: string | undefined }[] = [];
    for (const h of headings) {
      if (h.offset >= offset) break;
      while (stack.length > 0 && stack[stack.length - 1]!.depth >= h.depth) stack.pop();
      stack.push(h);
    }
    return [...stack].reverse().find((h) => h.number !== undefined)?.number;
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
  partners: string[];
  topics: Topic[];
  type: DutyType;
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

const words = (value: string | undefined) => (value ?? '').split(/\s+/).filter(Boolean);

/** Parses MDX source (without frontmatter) into mdast with JSX nodes. */
export function parseMdx(source: string): Root {
  return unified().use(remarkParse).use(remarkMdx).parse(source);
}

/**
 * The duties marked in an MDX document, and what is wrong with any mark. Partner ids are checked
 * against the partners collection by `validate.ts`; this checks the shape of each mark.
 */
export function dutiesInMdx(source: string): { duties: DutyMark[]; problems: DutyProblem[] } {
  const duties: DutyMark[] = [];
  const problems: DutyProblem[] = [];
  for (const located of locateDuties(parseMdx(source))) {
    const { node } = located;
    const line = node.position?.start.line ?? 0;
    const problem = (message: string) => problems.push({ line, message });
    const partners = words(attribute(node, 'partners'));
    const topicWords = words(attribute(node, 'topics'));
    const type = attribute(node, 'type') ?? 'duty';
    if (located.nested) problem('<Duty> is inside another <Duty>. Mark each passage once, naming every partner it applies to.');
    if (located.clause === undefined) {
      problem('<Duty> is not inside a <Clause> or under a numbered heading, so it has no clause to cite. Move it, or wrap the clause in <Clause n="…">.');
    } else if (!located.inClause && !located.block) {
      problem(
        `<Duty> outside a <Clause> (under heading ${located.clause}) must wrap whole paragraphs or lists, with the tags on their own lines, so the page can show whose duty it is.`,
      );
    }
    if (partners.length === 0) problem('<Duty> has no partners. Expected partners="<partner id> …" naming partners in content/partners/, or "every-partner".');
    if (topicWords.length === 0) problem(`<Duty> has no topics. Expected topics="…" with one or more of: ${Object.keys(TOPICS).join(', ')}.`);
    for (const topic of topicWords.filter((t) => !isTopic(t))) {
      problem(`<Duty> names topic "${topic}", which does not exist. Expected one of: ${Object.keys(TOPICS).join(', ')}.`);
    }
    if (!(DUTY_TYPES as readonly string[]).includes(type)) problem(`<Duty> has type "${type}". Expected "duty" (the default) or "role".`);
    const first = node.children[0]?.position?.start.offset;
    const last = node.children[node.children.length - 1]?.position?.end.offset;
    const markdown = first === undefined || last === undefined ? '' : source.slice(first, last).trim();
    const text = plainWords(markdown);
    if (!text) problem('<Duty> wraps no words. Put the tags around the sentence, paragraph or list that states the duty.');
    if (located.clause === undefined) continue;
    duties.push({
      clause: located.clause,
      ordinal: located.ordinal,
      anchor: dutyAnchor(located.clause, located.ordinal),
      partners,
      topics: topicWords.filter(isTopic),
      type: type === 'role' ? 'role' : 'duty',
      inClause: located.inClause,
      block: located.block,
      markdown,
      text,
      line,
    });
  }
  return { duties, problems };
}
