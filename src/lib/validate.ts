/**
 * Cross-entry checks that zod cannot make: every reference between entries resolves, every cited
 * clause exists, no document defines a clause id twice. Pure: takes plain data, returns messages.
 * `src/data/site.ts` feeds it the content collections and fails the build if any message comes back.
 */
import { duplicateClauses, nearbyClauses, type ClauseOccurrence } from './clauses';

/** A clause of a document as printed: `{ document: 'kent/partnership-agreement-2008', clause: '10.4' }`. */
export interface Citation {
  document: string;
  clause: string;
}

export interface Located {
  id: string;
  /** Path of the source file, relative to the project root. */
  file: string;
}

export interface DocumentFacts extends Located {
  trust?: string | undefined;
  supersedes?: string | undefined;
  supersededBy?: string | undefined;
  clauses: ClauseOccurrence[];
}

export interface BodyFacts extends Located {
  trust: string;
  accountableTo: string[];
  members: { partner: string }[];
  citations: Citation[];
}

export interface PlanFacts extends Located {
  trust: string;
  document: string;
  citations: Citation[];
}

/** Any other entry that cites a clause (a glossary term, a trust's founding date...). */
export interface CitingFacts {
  file: string;
  owner: string;
  field: string;
  citation: Citation;
}

export interface SiteFacts {
  trusts: Located[];
  partners: Located[];
  documents: DocumentFacts[];
  bodies: BodyFacts[];
  plans: PlanFacts[];
  citing: CitingFacts[];
}

const list = (ids: Iterable<string>) => [...ids].sort().join(', ') || 'none';

export function validateSite(site: SiteFacts): string[] {
  const errors: string[] = [];
  const trusts = new Set(site.trusts.map((t) => t.id));
  const partners = new Set(site.partners.map((p) => p.id));
  const bodies = new Set(site.bodies.map((b) => b.id));
  const documents = new Map(site.documents.map((d) => [d.id, new Set(d.clauses.map((c) => c.id))]));
  const documentIds = new Set(documents.keys());

  const ref = (file: string, owner: string, field: string, kind: string, value: string, known: Set<string>) => {
    if (!known.has(value)) {
      errors.push(
        `${file}: ${owner} field "${field}" names ${kind} "${value}", which does not exist (known ${kind}s: ${list(known)}).`,
      );
    }
  };

  const cite = (file: string, owner: string, field: string, citation: Citation) => {
    const clauses = documents.get(citation.document);
    if (!clauses) {
      errors.push(
        `${file}: ${owner} field "${field}" cites document "${citation.document}", which does not exist (known documents: ${list(documents.keys())}).`,
      );
    } else if (!clauses.has(citation.clause)) {
      errors.push(
        `${file}: ${owner} field "${field}" cites clause ${citation.clause} of ${citation.document}, which has no such clause (clauses near it: ${nearbyClauses(citation.clause, [...clauses]).join(', ')}).`,
      );
    }
  };

  for (const doc of site.documents) {
    const owner = `document "${doc.id}"`;
    if (doc.trust !== undefined) ref(doc.file, owner, 'trust', 'trust', doc.trust, trusts);
    if (doc.supersedes !== undefined) ref(doc.file, owner, 'supersedes', 'document', doc.supersedes, documentIds);
    if (doc.supersededBy !== undefined) ref(doc.file, owner, 'supersededBy', 'document', doc.supersededBy, documentIds);
    for (const [id, lines] of duplicateClauses(doc.clauses)) {
      errors.push(
        `${doc.file}: clause id "${id}" is defined ${lines.length} times (lines ${lines.join(', ')}). Clause ids must be unique on a page; give a repeated printed number a suffix, e.g. n="${id}-2" label="${id}".`,
      );
    }
  }

  for (const body of site.bodies) {
    const owner = `body "${body.id}"`;
    ref(body.file, owner, 'trust', 'trust', body.trust, trusts);
    body.accountableTo.forEach((target, i) => ref(body.file, owner, `accountableTo[${i}]`, 'body', target, bodies));
    body.members.forEach((m, i) => ref(body.file, owner, `members[${i}].partner`, 'partner', m.partner, partners));
    body.citations.forEach((c, i) => cite(body.file, owner, `citations[${i}]`, c));
  }

  for (const plan of site.plans) {
    const owner = `plan "${plan.id}"`;
    ref(plan.file, owner, 'trust', 'trust', plan.trust, trusts);
    ref(plan.file, owner, 'document', 'document', plan.document, documentIds);
    plan.citations.forEach((c, i) => cite(plan.file, owner, `citations[${i}]`, c));
  }
  for (const c of site.citing) cite(c.file, c.owner, c.field, c.citation);
  return errors;
}
