/**
 * Which pages the side-by-side bench compares, chosen from the content collections rather than
 * named: the document page is the document the most tools answer from (its stated rules), the tool
 * page the first of that document's tools in the site's order of tools, and the search query the
 * name of that tool. Pure, unit-tested in tests/unit/bench-pick.test.ts.
 */
import { TOOLS, toolHref, toolOf } from '../../src/lib/rules/tools.ts';
import type { ToolKind } from '../../src/lib/rules/types.ts';

export interface RuleRef {
  id: string;
  kind: ToolKind;
  provision: string;
  citations: readonly { document: string }[];
}

export interface DocumentRef {
  /** "kent/partnership-agreement-2008" */
  id: string;
  /** Length of its text, to break ties. */
  length: number;
}

export interface Chosen {
  /** Document id; its page is /<id>/. */
  document: string;
  /** The tool page's address and the rule it runs. */
  tool: string;
  rule: string;
  query: string;
}

const order = (kind: ToolKind) => TOOLS.findIndex((t) => t.kind === kind);

/** The stated rules that cite `document`, in the site's order of tools, then by id. */
function toolsOf(document: string, rules: readonly RuleRef[]): RuleRef[] {
  return rules
    .filter((r) => r.provision === 'stated' && r.citations.some((c) => c.document === document))
    .sort((a, b) => order(a.kind) - order(b.kind) || a.id.localeCompare(b.id));
}

/**
 * The pages to compare. `prefer.document` and `prefer.query` override the choice (the document must
 * exist and have a tool).
 */
export function choosePages(documents: readonly DocumentRef[], rules: readonly RuleRef[], prefer: { document?: string | undefined; query?: string | undefined } = {}): Chosen {
  if (documents.length === 0) throw new Error('The docs collection has no trust documents to compare.');
  let document: string;
  if (prefer.document) {
    if (!documents.some((d) => d.id === prefer.document)) {
      throw new Error(`--document ${prefer.document}: no such document (the documents are ${documents.map((d) => d.id).join(', ')})`);
    }
    document = prefer.document;
  } else {
    const ranked = [...documents].sort(
      (a, b) => toolsOf(b.id, rules).length - toolsOf(a.id, rules).length || b.length - a.length || a.id.localeCompare(b.id),
    );
    document = ranked[0]!.id;
  }
  const rule = toolsOf(document, rules)[0];
  if (!rule) throw new Error(`${document} has no stated rule, so no tool page to compare: choose another with --document.`);
  return { document, tool: toolHref(rule), rule: rule.id, query: prefer.query ?? toolOf(rule.kind).widget };
}
