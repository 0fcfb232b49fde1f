/**
 * Structure diagrams for the pages: each trust's bodies in the plain shape lib/structure.ts takes,
 * the rendered SVG, and the clauses it was drawn from.
 */
import { renderDiagram } from './diagrams';
import { documentNames, getSite } from './site';
import { clauseName } from '~/lib/clauses';
import { structureMermaid, type StructureBody } from '~/lib/structure';
import { STATUS_LABELS } from '~/lib/claims';

/** The address of a body's section on its trust page. */
export const bodyHref = (trust: string, id: string) => `/${trust}/#body-${id}`;

export async function structureBodies(trust: string): Promise<StructureBody[]> {
  const site = await getSite();
  return site.bodies
    .filter((b) => b.data.trust === trust)
    .sort((a, b) => Number(b.data.principal) - Number(a.data.principal))
    .map((b) => ({
      id: b.data.id,
      name: b.data.name,
      short: b.data.short,
      kind: b.data.kind,
      principal: b.data.principal,
      status: b.data.status,
      lines: b.data.lines.map((l) => ({
        to: l.to,
        kind: l.kind,
        status: l.status,
        clause: l.quote.citation.clause,
        document: l.quote.citation.document,
        words: l.quote.words,
        scope: l.scope,
        subject: l.subject,
        object: l.object,
        statusWords: l.statusWords,
      })),
    }));
}

export interface Structure {
  trust: string;
  title: string;
  svg: string;
  bodies: StructureBody[];
  /** "clauses 3.2, 10.1 of Kent partnership agreement (2008); …", one group per document. */
  sources: string[];
  /** How many lines are not in force, by status ("3 recommended"), for the caption. */
  pending: string[];
}

export async function structure(trust: string): Promise<Structure> {
  const site = await getSite();
  const names = await documentNames();
  const trustName = site.trusts.find((t) => t.data.id === trust)?.data.name ?? trust;
  const bodies = await structureBodies(trust);
  const title = `Governance structure of the ${trustName}`;
  // Arrows name their clause briefly; the document is in the caption and the text version.
  const documents = new Set(bodies.flatMap((b) => b.lines.map((l) => l.document)));
  const year = (doc: string) => /\((\d{4})\)/.exec(names[doc] ?? '')?.[1] ?? doc;
  const svg = await renderDiagram(
    `structure-${trust}`,
    structureMermaid(title, bodies, (line) => (documents.size > 1 ? `${year(line.document)} ${clauseName(line.clause)}` : clauseName(line.clause)), (b) => bodyHref(trust, b.id)),
  );
  const byDocument = new Map<string, string[]>();
  for (const line of bodies.flatMap((b) => b.lines)) {
    const list = byDocument.get(line.document) ?? [];
    if (!list.includes(line.clause)) byDocument.set(line.document, [...list, line.clause]);
  }
  const sources = [...byDocument].map(([doc, list]) => `${list.length === 1 ? 'clause' : 'clauses'} ${list.map(clauseName).join(', ')} of ${names[doc] ?? doc}`);
  const counts = new Map<string, number>();
  for (const line of bodies.flatMap((b) => b.lines).filter((l) => l.status !== 'in-force')) counts.set(line.status, (counts.get(line.status) ?? 0) + 1);
  const pending = [...counts].map(([status, n]) => `${n} ${STATUS_LABELS[status as keyof typeof STATUS_LABELS]}`);
  return { trust, title, svg, bodies, sources, pending };
}
