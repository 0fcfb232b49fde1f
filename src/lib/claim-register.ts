/**
 * Every claim the site derives from the documents, enumerated from the data: the lines of the
 * structure diagrams, the facts recorded about each body, the duties and roles marked in the
 * documents, the parts of each rule the tools apply, the cells of the comparison, the actions of
 * each plan, and the glossary entries, partner footings and trust facts that cite a clause. Each
 * claim has an id computed from the data, the clauses it rests on and the pages that show it, so a
 * clause-by-clause review (content/reviews/) can name it and the provenance page can list it.
 *
 * Pure: plain data in, plain data out.
 *
 * Claim ids (stable as long as the data they come from is unchanged):
 * - `line:<from body>:<kind>:<to body>`       a line of a structure diagram
 * - `body:<body>:<fact>`                      a fact of a body: `summary`, `chair`, `vice-chair`,
 *                                              `meets`, `decisions`, `review`, `number`,
 *                                              `scrutiny:<n>`, `member:<partner>`,
 *                                              `not-stated:<fact>`
 * - `duty:<document>:<clause>:<ordinal>`      a <Duty> mark (a duty, or a role with type="role");
 *                                              the ordinal is its place among the clause's marks
 * - `rule:<rule>:<part>`                      a part of a rule: `rule` (the clauses the tool cites),
 *                                              `statement`, `params`, `seat:<seat>`, `voters`,
 *                                              `casting-vote`, `meetings`, `base`,
 *                                              `question:<question>`, `step:<step>`,
 *                                              `wait:<step>:<to step>`, `reading:<reading>`, and for
 *                                              a document that sets no such rule, `finding`
 * - `compare:<row>:<trust>`                   a cell of the comparison
 * - `plan:<plan>:printed-in`, `plan:<plan>:action:<number>`   a plan and its actions
 * - `glossary:<term>`                         a glossary entry that cites a clause
 * - `partner:<partner>:statutory:<n>`         a partner's statutory footing
 * - `trust:<trust>:established`               when a trust was established
 * Numbers `<n>` count from 1 in the order of the data. When two claims would share an id, the
 * second gets `:2`, the third `:3`.
 */
import { clauseHref } from './clauses';
import { dutiesOf, isCollective, partnerHref, type Duty, type PartnerInfo } from './partners';
import { embedHref, toolHref } from './rules/tools';
import type { Citation, Quote, Rule } from './rules/types';
import type { Cell, Row } from './compare';
import { LINE_VERBS, type LineKind } from './structure';
import { glossaryAnchor } from './glossary';

export const CLAIM_KINDS = {
  'body-line': 'Structure line',
  'body-fact': 'Body fact',
  duty: 'Duty',
  role: 'Role',
  'rule-statement': 'Rule statement',
  'rule-parameter': 'Rule parameter',
  'rule-reading': 'Rule reading',
  'comparison-cell': 'Comparison cell',
  'plan-action': 'Plan action',
  'glossary-entry': 'Glossary entry',
  'partner-fact': 'Partner fact',
  'trust-fact': 'Trust fact',
} as const;
export type ClaimKind = keyof typeof CLAIM_KINDS;

/** A page that shows a claim. */
export interface ClaimPage {
  label: string;
  href: string;
}

export interface Claim {
  id: string;
  kind: ClaimKind;
  /** What the site says, in one line. */
  says: string;
  /** The document's words the site shows with it. */
  quotes: Quote[];
  /** The clauses it rests on, each once. Empty for a claim about a whole document. */
  cites: Citation[];
  /** For a claim that a document does not state something: that document. */
  silence?: string | undefined;
  /** The words' status and scope, where the data records them. */
  status?: string | undefined;
  scope?: string | undefined;
  /** Where the claim is written: the content file to correct. */
  file: string;
  /** The pages that show it. */
  pages: ClaimPage[];
  /** Pages that show it too, counted rather than listed: a duty of every partner on each partner organisation's page. */
  alsoShown?: string | undefined;
}

/** What the claims are computed from: the content, in plain shapes. */
export interface ClaimInputs {
  trusts: readonly { id: string; name: string; file: string; established?: { printed: string; citation: Citation } | undefined }[];
  bodies: readonly BodyInput[];
  duties: readonly Duty[];
  /** Every document's content file, by document id, for the duties' `file`. */
  documentFiles: Readonly<Record<string, string>>;
  partners: readonly (PartnerInfo & { file: string; statutory: readonly { basis: string; quote: Quote }[] })[];
  rules: readonly (Rule & { file: string })[];
  /** The comparison's rows (lib/compare.ts), and the file(s) its cells come from. */
  compare: readonly Row[];
  plans: readonly PlanInput[];
  glossary: readonly { term: string; kind?: 'acronym' | 'term' | undefined; definitions?: readonly Quote[] | undefined; expansion?: string | null | undefined; expandedInSource?: boolean | undefined; citation?: Citation | undefined; file: string }[];
  /** Each briefing and the ids it embeds (`tool:<rule>`, `structure:<trust>`…). */
  briefings: readonly { id: string; title: string; embeds: readonly string[] }[];
}

export interface BodyInput {
  id: string;
  trust: string;
  name: string;
  principal: boolean;
  summary: string;
  file: string;
  number?: Quote | undefined;
  lines: readonly { to: string; kind: LineKind; quote: Quote }[];
  chair?: Quote | undefined;
  viceChair?: Quote | undefined;
  meets?: Quote | undefined;
  decisions?: Quote | undefined;
  scrutiny: readonly Quote[];
  review?: Quote | undefined;
  members: readonly { partner: string; role: string; count?: number | undefined; status?: string | undefined; statusWords?: Quote | undefined }[];
  membersCitation?: Citation | undefined;
  notStated: readonly { fact: string; nearest: Quote }[];
  citations: readonly Citation[];
}

export interface PlanInput {
  id: string;
  trust: string;
  document: string;
  title: string;
  file: string;
  printedIn?: { section: string; citation: Citation } | undefined;
  proposals: readonly {
    number: number;
    heading: string;
    actions: readonly { number: string; text: string; due: string | null; dueDate?: Date | string | null | undefined; dueReading?: string | null | undefined }[];
  }[];
}

const sameCitation = (a: Citation, b: Citation) => a.document === b.document && a.clause === b.clause;

/** The citations, each once, in order. */
export function uniqueCitations(list: readonly Citation[]): Citation[] {
  const out: Citation[] = [];
  for (const c of list) if (!out.some((o) => sameCitation(o, c))) out.push({ document: c.document, clause: c.clause });
  return out;
}

/** Every `{ document, clause }` inside a value, at any depth, in order. */
export function citationsWithin(value: unknown): Citation[] {
  if (Array.isArray(value)) return value.flatMap(citationsWithin);
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if (typeof record.document === 'string' && typeof record.clause === 'string') return [{ document: record.document, clause: record.clause }];
  return Object.values(record).flatMap(citationsWithin);
}

/** `status` and `scope` of a record, where the data has them (strings, or `{ words }`). */
function statusAndScope(value: unknown): { status?: string; scope?: string } {
  if (value === null || typeof value !== 'object') return {};
  const record = value as Record<string, unknown>;
  const text = (v: unknown) =>
    typeof v === 'string' ? v : v && typeof v === 'object' && typeof (v as { words?: unknown }).words === 'string' ? (v as { words: string }).words : undefined;
  const out: { status?: string; scope?: string } = {};
  const status = text(record.status);
  const scope = text(record.scope);
  if (status !== undefined) out.status = status;
  if (scope !== undefined) out.scope = scope;
  return out;
}

const FACT_LABELS: Record<string, string> = {
  members: 'who sits on it',
  chair: 'who chairs it',
  viceChair: 'who deputises for the chair',
  meets: 'how often it meets',
  decisions: 'how it takes decisions',
  scrutiny: 'how it is scrutinised',
  review: 'when its arrangements are reviewed',
};

/** A fact's name in an id: `viceChair` becomes `vice-chair`. */
const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

const trustPage = (trust: string, name: string, fragment = ''): ClaimPage => ({ label: name, href: `/${trust}/${fragment ? `#${fragment}` : ''}` });

/** Every claim the site makes, in the order of the data. */
export function deriveClaims(input: ClaimInputs): Claim[] {
  const claims: Claim[] = [];
  const used = new Map<string, number>();
  const add = (claim: Omit<Claim, 'cites'> & { cites: readonly Citation[] }) => {
    const n = (used.get(claim.id) ?? 0) + 1;
    used.set(claim.id, n);
    claims.push({ ...claim, id: n === 1 ? claim.id : `${claim.id}:${n}`, cites: uniqueCitations(claim.cites) });
  };
  const trustName = new Map(input.trusts.map((t) => [t.id, t.name]));
  const bodyName = new Map(input.bodies.map((b) => [b.id, b.name]));
  const partnerName = new Map(input.partners.map((p) => [p.id, p.name]));
  const briefingsWith = (embedId: string): ClaimPage[] =>
    input.briefings.filter((b) => b.embeds.includes(embedId)).map((b) => ({ label: /^briefing\b/i.test(b.title) ? b.title : `Briefing: ${b.title}`, href: `/briefings/${b.id}/` }));

  // Bodies: their lines and facts.
  for (const body of input.bodies) {
    const trust = trustName.get(body.trust) ?? body.trust;
    const bodyPage = trustPage(body.trust, `${trust}: ${body.name}`, `body-${body.id}`);
    const compare: ClaimPage[] = body.principal ? [{ label: 'Compare the trusts', href: '/compare/' }] : [];
    for (const line of body.lines) {
      add({
        id: `line:${body.id}:${line.kind}:${line.to}`,
        kind: 'body-line',
        says: `${body.name} ${LINE_VERBS[line.kind]} ${bodyName.get(line.to) ?? line.to}`,
        quotes: [line.quote],
        cites: [line.quote.citation],
        ...statusAndScope(line),
        file: body.file,
        pages: [
          trustPage(body.trust, `${trust}: structure diagram`, 'structure'),
          ...(line.kind === 'accountable-to' ? [bodyPage] : []),
          { label: `Embedded structure diagram of the ${trust}`, href: `/embed/structure/${body.trust}/` },
          ...compare,
          ...briefingsWith(`structure:${body.trust}`),
        ],
      });
    }
    const fact = (name: string, label: string, quotes: readonly Quote[], pages: ClaimPage[], cites: readonly Citation[] = quotes.map((q) => q.citation), record?: unknown) =>
      add({ id: `body:${body.id}:${name}`, kind: 'body-fact', says: `${body.name}: ${label}`, quotes: [...quotes], cites, ...statusAndScope(record), file: body.file, pages });
    fact('summary', body.summary, [], [bodyPage], body.citations);
    if (body.number) fact('number', 'how many there are', [body.number], [], undefined, body.number);
    if (body.chair) fact('chair', FACT_LABELS.chair!, [body.chair], [bodyPage, ...compare], undefined, body.chair);
    if (body.viceChair) fact('vice-chair', FACT_LABELS.viceChair!, [body.viceChair], compare, undefined, body.viceChair);
    if (body.meets) fact('meets', FACT_LABELS.meets!, [body.meets], [bodyPage, ...compare], undefined, body.meets);
    if (body.decisions) fact('decisions', FACT_LABELS.decisions!, [body.decisions], compare, undefined, body.decisions);
    body.scrutiny.forEach((q, i) => fact(`scrutiny:${i + 1}`, FACT_LABELS.scrutiny!, [q], compare, undefined, q));
    if (body.review) fact('review', FACT_LABELS.review!, [body.review], compare, undefined, body.review);
    for (const member of body.members) {
      add({
        id: `body:${body.id}:member:${member.partner}`,
        kind: 'body-fact',
        says: `${body.name}: member “${member.role}”${member.count ? ` (${member.count})` : ''}, as ${partnerName.get(member.partner) ?? member.partner}`,
        quotes: [],
        cites: body.membersCitation ? [body.membersCitation] : body.citations,
        // A member the words only propose or hope for carries its own status ("We also aspire to …").
        ...statusAndScope(member),
        file: body.file,
        pages: [bodyPage, { label: `Partner: ${partnerName.get(member.partner) ?? member.partner}`, href: `${partnerHref(member.partner)}#seats` }, ...compare],
      });
    }
    const silent = new Map<string, Quote[]>();
    for (const n of body.notStated) silent.set(n.fact, [...(silent.get(n.fact) ?? []), n.nearest]);
    for (const [name, nearest] of silent) {
      fact(`not-stated:${kebab(name)}`, `the document does not state ${FACT_LABELS[name] ?? name}; nearest words`, nearest, compare);
    }
  }

  // Duties and roles, where they are marked. A duty given to every partner is also shown on the
  // page of each partner organisation of its trust (lib/partners.ts decides which): those pages are
  // counted under the collective's page rather than listed one by one.
  const reached = new Map<Duty, { own: ClaimPage[]; shared: number }>();
  for (const partner of input.partners) {
    const { own, shared } = dutiesOf(partner, input.duties, input.partners);
    for (const duty of own) {
      const entry = reached.get(duty) ?? { own: [], shared: 0 };
      entry.own.push({ label: `Partner: ${partner.name}`, href: partnerHref(partner.id) });
      reached.set(duty, entry);
    }
    for (const { duty } of shared) {
      const entry = reached.get(duty) ?? { own: [], shared: 0 };
      entry.shared += 1;
      reached.set(duty, entry);
    }
  }
  const collectives = new Map(input.partners.filter(isCollective).map((p) => [p.id, p.name]));
  for (const duty of input.duties) {
    const names = duty.partners.map((p) => partnerName.get(p) ?? p);
    const { own, shared } = reached.get(duty) ?? { own: [], shared: 0 };
    const via = duty.partners.find((p) => collectives.has(p));
    const trust = trustName.get(duty.trust) ?? duty.trust;
    add({
      id: `duty:${duty.document}:${duty.clause}:${duty.ordinal}`,
      kind: duty.type === 'role' ? 'role' : 'duty',
      says: `${duty.type === 'role' ? 'Role' : 'Duty'} of ${names.join(', ')}`,
      quotes: [{ citation: { document: duty.document, clause: duty.clause }, words: duty.text }],
      cites: [{ document: duty.document, clause: duty.clause }],
      ...statusAndScope(duty),
      file: input.documentFiles[duty.document] ?? `content/docs/${duty.document}.mdx`,
      ...(shared > 0 && via ? { alsoShown: `the page of each of the ${shared} partner organisation${shared === 1 ? '' : 's'} of the ${trust} that it reaches, under the duties of “${collectives.get(via)}”` } : {}),
      pages: [
        { label: 'The marked words in the document', href: `/${duty.document}/#${duty.anchor}` },
        ...own,
        ...(duty.partners[0] ? [{ label: `Search: duties of ${names[0]}`, href: `/search/?partner=${encodeURIComponent(duty.partners[0])}` }] : []),
      ],
    });
  }

  // Rules, part by part.
  for (const rule of input.rules) {
    const trust = trustName.get(rule.trust) ?? rule.trust;
    const tool: ClaimPage = { label: `Tool: ${rule.title}`, href: toolHref(rule) };
    const embed: ClaimPage = { label: 'Embedded tool', href: embedHref(rule) };
    const withBriefings = [tool, embed, ...briefingsWith(`tool:${rule.id}`)];
    const part = (name: string, kind: ClaimKind, says: string, quotes: readonly Quote[], cites: readonly Citation[], pages: ClaimPage[] = withBriefings, record?: unknown) =>
      add({ id: `rule:${rule.id}:${name}`, kind, says, quotes: [...quotes], cites, ...statusAndScope(record), file: rule.file, pages });
    const clauseLinks = rule.provision === 'stated' ? rule.citations.map((c) => ({ label: `“Try it” under ${c.clause}`, href: clauseHref(c) })) : [];
    part('rule', 'rule-statement', `${rule.title} ${rule.summary}`, [], rule.citations, [...withBriefings, trustPage(rule.trust, `${trust}: tools`, 'tools'), ...clauseLinks]);
    if (rule.provision === 'not-stated') {
      part('finding', 'rule-statement', `The document sets no such rule. ${rule.finding}`, rule.nearest, rule.nearest.map((q) => q.citation), withBriefings);
      const last = claims[claims.length - 1]!;
      last.silence = rule.document;
      continue;
    }
    const stated = rule.statement.map((q) => q.citation);
    part('statement', 'rule-statement', 'The words that set the rule', rule.statement, stated);
    part('params', 'rule-parameter', `Parameters the tool computes with: ${describe(rule.params)}`, [], stated, withBriefings, rule.params);
    const seatPages = (ids: readonly (string | undefined)[]) =>
      [...new Set(ids.filter((p): p is string => p !== undefined))].map((p) => ({ label: `Partner: ${partnerName.get(p) ?? p}`, href: `${partnerHref(p)}#seats` }));
    switch (rule.kind) {
      case 'quorum': {
        const label = new Map(rule.attendees.map((a) => [a.id, a.label]));
        const partnerOf = new Map(rule.attendees.map((a) => [a.id, a.partner]));
        for (const seat of rule.seats) {
          const groups = seat.anyOf.map((g) => g.map((a) => label.get(a) ?? a).join(' and '));
          part(`seat:${seat.id}`, 'rule-parameter', `Seat “${seat.label}”, filled by ${groups.join(', or ')}`, [], stated, [...withBriefings, ...seatPages(seat.anyOf.flat().map((a) => partnerOf.get(a)))], seat);
        }
        break;
      }
      case 'vote': {
        if (rule.voters.mode === 'listed') {
          part('voters', 'rule-parameter', `Who may vote: ${rule.voters.partners.map((p) => p.label).join(', ')}`, [rule.voters.test], [rule.voters.test.citation], [...withBriefings, ...seatPages(rule.voters.partners.map((p) => p.partner))], rule.voters);
        } else {
          part('voters', 'rule-parameter', 'Who may vote: the document lists no voters, so the tool counts votes', [], stated, withBriefings, rule.voters);
        }
        if (rule.castingVote) {
          part('casting-vote', 'rule-parameter', `On a tie the Chair ${rule.castingVote.use === 'has' ? 'has' : 'may use'} a casting vote`, [rule.castingVote.quote], [rule.castingVote.quote.citation], withBriefings, rule.castingVote);
        }
        break;
      }
      case 'attendance':
        part('meetings', 'rule-parameter', `The year (${rule.year}) and its meetings: ${rule.meetings.map((m) => m.label).join(', ')}`, [], stated);
        break;
      case 'interests':
        part('base', 'rule-parameter', `When no question applies: ${rule.base.outcome}`, [rule.base.quote], [rule.base.quote.citation], withBriefings, rule.base);
        for (const q of rule.questions) {
          part(`question:${q.id}`, 'rule-parameter', `${q.label} Yes: ${q.outcome}`, [q.quote], [q.quote.citation], withBriefings, q);
        }
        break;
      case 'protocol': {
        const flow = [tool, embed, ...briefingsWith(`tool:${rule.id}`), ...briefingsWith(`flowchart:${rule.id}`)];
        for (const step of rule.steps) {
          const next = step.transitions.map((t) => t.label).join('; ');
          part(`step:${step.id}`, 'rule-parameter', `Step “${step.title}”${step.outcome ? `: ${step.outcome}` : ''}${next ? ` Next: ${next}` : ''}`, [], step.citations, flow, step);
          for (const t of step.transitions.filter((t) => t.wait)) {
            const wait = t.wait!;
            part(`wait:${step.id}:${t.to}`, 'rule-parameter', `${t.label}: at least ${wait.days} days after ${wait.from}`, [wait.quote], [wait.quote.citation], flow, wait);
          }
        }
        break;
      }
    }
    for (const reading of rule.readings) {
      const other = reading.alternative ? ` Other reading: ${reading.alternative.summary}` : '';
      part(`reading:${reading.id}`, 'rule-reading', `${reading.question} Reading used: ${reading.adopted}${other}`, [reading.quote], citationsWithin(reading), [{ ...tool, href: `${tool.href}#reading-${reading.id}` }, embed, ...briefingsWith(`tool:${rule.id}`)], reading);
    }
  }

  // The comparison, cell by cell.
  for (const row of input.compare) {
    for (const [trust, cell] of Object.entries(row.cells)) {
      const silent = cell.kind === 'not-stated';
      add({
        id: `compare:${row.id}:${trust}`,
        kind: 'comparison-cell',
        says: `${row.question}, ${trustName.get(trust) ?? trust}: ${cellText(cell)}`,
        quotes: cellQuotes(cell),
        cites: citationsWithin(cell),
        ...(silent && cell.document ? { silence: cell.document } : {}),
        file: compareFile(cell, trust, input),
        pages: [{ label: `Compare the trusts: ${row.question}`, href: `/compare/#compare-${row.id}` }],
      });
    }
  }

  // Plans: where they are printed, and each action with its date as read.
  for (const plan of input.plans) {
    const pages: ClaimPage[] = [
      { label: `Timeline: ${plan.title}`, href: `/${plan.trust}/plans/${plan.id}/` },
      { label: 'Embedded timeline', href: `/embed/timeline/${plan.id}/` },
      ...briefingsWith(`timeline:${plan.id}`),
    ];
    if (plan.printedIn) {
      add({ id: `plan:${plan.id}:printed-in`, kind: 'plan-action', says: `“${plan.title}” is printed in ${plan.printedIn.section}`, quotes: [], cites: [plan.printedIn.citation], file: plan.file, pages: pages.slice(0, 1) });
    }
    for (const proposal of plan.proposals) {
      for (const action of proposal.actions) {
        const clause = { document: plan.document, clause: `action-${action.number}` };
        const date = action.dueDate ? (typeof action.dueDate === 'string' ? action.dueDate : action.dueDate.toISOString().slice(0, 10)) : undefined;
        const due = action.due === null ? 'no date printed' : `“${action.due}”${date ? `, read as ${date}${action.dueReading ? ` (${action.dueReading})` : ''}` : ''}`;
        add({
          id: `plan:${plan.id}:action:${action.number}`,
          kind: 'plan-action',
          says: `${proposal.heading}, action ${action.number}: due ${due}`,
          quotes: [{ citation: clause, words: action.text }],
          cites: [clause],
          file: plan.file,
          pages: [{ label: 'The action in the document', href: clauseHref(clause) }, ...pages],
        });
      }
    }
  }

  // Glossary entries, partners' footings and trusts' founding dates that cite a clause.
  for (const entry of input.glossary) {
    // A defined term: each definition is the documents' own words, each a claim on its clause.
    (entry.definitions ?? []).forEach((definition, i) =>
      add({
        id: `glossary:${entry.term}:definition:${i + 1}`,
        kind: 'glossary-entry',
        says: `${entry.term}: defined in the words quoted`,
        quotes: [definition],
        cites: [definition.citation],
        file: entry.file,
        pages: [{ label: 'Glossary', href: `/glossary/#${glossaryAnchor(entry.term)}` }],
      }),
    );
    if (!entry.citation) continue;
    add({
      id: `glossary:${entry.term}`,
      kind: 'glossary-entry',
      says: `${entry.term}: ${entry.expansion ?? 'not spelled out'}${entry.expandedInSource ? ' (spelled out in this clause)' : ' (used in this clause; no document spells it out)'}`,
      quotes: [],
      cites: [entry.citation],
      file: entry.file,
      pages: [{ label: 'Glossary', href: `/glossary/#${glossaryAnchor(entry.term)}` }],
    });
  }
  for (const partner of input.partners) {
    partner.statutory.forEach((s, i) =>
      add({
        id: `partner:${partner.id}:statutory:${i + 1}`,
        kind: 'partner-fact',
        says: `${partner.name}: statutory footing, ${s.basis}`,
        quotes: [s.quote],
        cites: [s.quote.citation],
        file: partner.file,
        pages: [{ label: `Partner: ${partner.name}`, href: `${partnerHref(partner.id)}#statutory` }],
      }),
    );
  }
  for (const trust of input.trusts) {
    if (!trust.established) continue;
    add({
      id: `trust:${trust.id}:established`,
      kind: 'trust-fact',
      says: `${trust.name} was established ${trust.established.printed}`,
      quotes: [],
      cites: [trust.established.citation],
      file: trust.file,
      pages: [trustPage(trust.id, trust.name)],
    });
  }
  return claims;
}

/** A rule's parameters in words: "minimum: 5; excludeSeats: none". */
export function describe(params: object): string {
  const value = (v: unknown): string => (Array.isArray(v) ? (v.length > 0 ? v.map(value).join(', ') : 'none') : String(v));
  return Object.entries(params)
    .map(([k, v]) => `${k}: ${value(v)}`)
    .join('; ');
}

function cellText(cell: Cell): string {
  switch (cell.kind) {
    case 'quotes':
      return cell.quotes.flatMap((q) => (q.note ? [q.note] : [])).join('; ') || 'in the document’s words';
    case 'list':
      return cell.items.join('; ');
    case 'rule':
      return cell.states;
    case 'not-stated':
      return `not stated in this document${cell.finding ? `. ${cell.finding}` : ''}`;
    default:
      return '';
  }
}

function cellQuotes(cell: Cell): Quote[] {
  switch (cell.kind) {
    case 'quotes':
    case 'rule':
      return cell.quotes;
    case 'not-stated':
      return cell.nearest;
    default:
      return [];
  }
}

/** Where a comparison cell comes from: the rule behind a rule's cell, else the trust's principal board. */
function compareFile(cell: Cell, trust: string, input: ClaimInputs): string {
  const href = 'href' in cell ? cell.href : undefined;
  const rule = href ? input.rules.find((r) => toolHref(r) === href) : undefined;
  return rule?.file ?? input.bodies.find((b) => b.trust === trust && b.principal)?.file ?? 'src/lib/compare.ts';
}

/** Claims by the clause they cite: `document` → `clause` → claims. Claims about a whole document are under its id with clause "". */
export function claimsByClause(claims: readonly Claim[]): Map<string, Map<string, Claim[]>> {
  const out = new Map<string, Map<string, Claim[]>>();
  const put = (document: string, clause: string, claim: Claim) => {
    const clauses = out.get(document) ?? new Map<string, Claim[]>();
    clauses.set(clause, [...(clauses.get(clause) ?? []), claim]);
    out.set(document, clauses);
  };
  for (const claim of claims) {
    for (const c of claim.cites) put(c.document, c.clause, claim);
    if (claim.cites.length === 0 && claim.silence) put(claim.silence, '', claim);
  }
  return out;
}

/** Counts of claims by kind, in the order of CLAIM_KINDS. */
export function countByKind(claims: readonly Claim[]): [ClaimKind, number][] {
  return (Object.keys(CLAIM_KINDS) as ClaimKind[]).map((k) => [k, claims.filter((c) => c.kind === k).length]);
}

/** The anchor of a claim on a provenance page. */
export const claimAnchor = (id: string) => `claim-${id.replace(/[^A-Za-z0-9._-]+/g, '-')}`;
