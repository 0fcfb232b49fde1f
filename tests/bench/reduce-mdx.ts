/**
 * Reduces a document's MDX to plain Markdown for the plain Starlight anchor of the bench
 * (anchor.ts): the same text, without our components. Imports and expressions go; a component's
 * tags go and its children stay, unless a handler for its name says what it becomes (a clause keeps
 * its printed number, an action table becomes a Markdown table). Everything else is the MDX source
 * as written, so the Markdown is the document's text. Pure, unit-tested in
 * tests/unit/bench-reduce-mdx.test.ts.
 */
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';

/** A component as a handler sees it: its attributes as written and its children, already reduced. */
export interface Element {
  name: string;
  attributes: Record<string, string>;
  /** The children's Markdown ('' for a self-closing tag). */
  inner: string;
}

export type Handlers = Record<string, (element: Element) => string>;

export interface Reduced {
  markdown: string;
  /** Names of self-closing components without a handler: they had no text and were dropped. */
  dropped: string[];
}

interface Point {
  offset?: number;
}
interface Node {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: string | { value: string } | null }[];
  children?: Node[];
  position?: { start: Point; end: Point };
}

const MDX_TYPES = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement']);

const start = (node: Node) => node.position!.start.offset!;
const end = (node: Node) => node.position!.end.offset!;

/** The MDX nodes in `nodes` and below them, outermost only, in source order. */
function mdxNodes(nodes: readonly Node[]): Node[] {
  return nodes.flatMap((node) => (MDX_TYPES.has(node.type) ? [node] : mdxNodes(node.children ?? [])));
}

function attributes(node: Node): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of node.attributes ?? []) {
    if (a.type !== 'mdxJsxAttribute' || !a.name) continue;
    out[a.name] = a.value == null ? 'true' : typeof a.value === 'string' ? a.value : a.value.value;
  }
  return out;
}

/** Blank-line runs longer than one, left where something was removed, become one (outside code fences). */
function tidy(markdown: string): string {
  const lines = markdown.split('\n').map((line) => line.replace(/[ \t]+$/, ''));
  const out: string[] = [];
  let fenced = false;
  for (const line of lines) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (!fenced && line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}

/** Splits off the frontmatter block; the body keeps its own offsets. */
function splitFrontmatter(source: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
  if (!match) return { data: {}, body: source };
  return { data: (parseYaml(match[1]!) ?? {}) as Record<string, unknown>, body: source.slice(match[0].length) };
}

/**
 * The Markdown of an MDX file: frontmatter reduced to `title` and `description` (the fields plain
 * Starlight reads), the body as described at the top of this file.
 */
export function reduceMdx(source: string, handlers: Handlers = {}): Reduced {
  const { data, body } = splitFrontmatter(source);
  const tree = unified().use(remarkParse).use(remarkMdx).parse(body) as Node;
  const dropped: string[] = [];

  // The source from `from` to `to` with every MDX node in `nodes` replaced by what it becomes.
  const reduce = (nodes: readonly Node[], from: number, to: number): string => {
    let out = '';
    let at = from;
    for (const node of mdxNodes(nodes)) {
      out += body.slice(at, start(node));
      at = end(node);
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') continue; // imports, expressions
      const children = node.children ?? [];
      const inner = children.length ? reduce(children, start(children[0]!), end(children[children.length - 1]!)) : '';
      const name = node.name ?? '';
      const handler = handlers[name];
      if (handler) out += handler({ name, attributes: attributes(node), inner });
      else {
        if (children.length === 0 && name) dropped.push(name);
        out += inner;
      }
    }
    return out + body.slice(at, to);
  };

  const front: Record<string, unknown> = {};
  for (const key of ['title', 'description']) if (data[key] !== undefined) front[key] = data[key];
  const head = Object.keys(front).length ? `---\n${stringifyYaml(front)}---\n\n` : '';
  return { markdown: head + tidy(reduce(tree.children ?? [], 0, body.length)), dropped: [...new Set(dropped)] };
}

/** One proposal of an action plan (content/plans/), as much of it as its table shows. */
export interface PlanTable {
  columns: { action: string; due: string };
  proposals: { number: number; heading: string; actions: { number: string; text: string; due?: string | null }[] }[];
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** An <ActionTable plan proposal> as a Markdown table: the caption, then number, action and date as printed. */
export function actionTable(plan: PlanTable, proposal: number): string {
  const p = plan.proposals.find((x) => x.number === proposal);
  if (!p) throw new Error(`the plan has no proposal ${proposal} (it has ${plan.proposals.map((x) => x.number).join(', ')})`);
  return [
    `${p.heading}: supporting actions`,
    '',
    `| Action | ${cell(plan.columns.action)} | ${cell(plan.columns.due)} |`,
    '| --- | --- | --- |',
    ...p.actions.map((a) => `| ${cell(a.number)} | ${cell(a.text)} | ${cell(a.due ?? '')} |`),
  ].join('\n');
}

/** Does Markdown text start with a paragraph (so that a clause number can lead it on the same line)? */
const startsWithParagraph = (markdown: string) => !/^(\s*$|[-*+] |\d+[.)] |#|\||>|```|~~~)/.test(markdown);

/**
 * What our documents' components become: a clause its printed number and its text, a gap notice
 * its title and words, an action table its rows from the plan; a duty or an old address just its words.
 */
export function documentHandlers(plans: Record<string, PlanTable>): Handlers {
  return {
    Clause: ({ attributes: a, inner }) => {
      const label = a.label ?? a.n ?? '';
      const text = inner.trimStart();
      return startsWithParagraph(text) ? `${label} ${text}` : `${label}\n\n${text}`;
    },
    Gap: ({ attributes: a, inner }) => `**Gap in the source: ${a.title ?? ''}**\n\n${inner.trimStart()}`,
    ActionTable: ({ attributes: a }) => {
      const plan = plans[a.plan ?? ''];
      if (!plan) throw new Error(`<ActionTable plan="${a.plan}"> names a plan that is not in content/plans/`);
      return actionTable(plan, Number(a.proposal));
    },
  };
}
