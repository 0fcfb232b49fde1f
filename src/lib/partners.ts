/**
 * The partner directory: which duties fall on which partner, grouped the way a partner's page
 * shows them, and the search records that let staff narrow a search to one partner or topic.
 * A duty reaches exactly the partners its words name: a partner it names, and the members of a
 * collective it names (every partner of the trust; the statutory partners a document lists for the
 * trust; the agencies on the trust's board). A duty of the trust as a body reaches no partner.
 * Pure: takes plain data from src/data/site.ts.
 */
import type { DutyMark, Topic } from './duties';
import { TOPICS, TRUST_AS_BODY } from './duties';
import { STATUS_TAGS as STATUS_LABELS } from './claims';
import { clauseHref, clauseName } from './clauses';
import { DUTY_RECORD } from './search-state';

/** A duty marked in a document, with where it is. */
export interface Duty extends DutyMark {
  /** Document id, e.g. `kent/partnership-agreement-2008`. */
  document: string;
  /** Trust id of the document. */
  trust: string;
  /** When the document was issued (YYYY-MM-DD), for members a document lists "from" a date. */
  issued?: string | undefined;
}

/** Whom a duty given to a partner reaches besides itself (see `reaches` in src/schemas/partner.ts). */
export type Reaches = 'itself' | 'every-partner' | 'listed' | 'board-members';

/** Who a collective is in one trust, as a document lists them (or, for board members, as the bodies data does). */
export interface MemberList {
  trust: string;
  /** The clause that lists them and the words that say what the list is (listed collectives). */
  citation?: { document: string; clause: string } | undefined;
  words?: string | undefined;
  /** The board whose members they are (board members). */
  body?: string | undefined;
  /** Start of the period the list applies to (YYYY-MM or YYYY-MM-DD). */
  from?: string | undefined;
  /** Each partner, with the words that name it. */
  partners: readonly { partner: string; words: string }[];
}

/** A trust whose documents give duties to a collective without listing who is in it, and the nearest words. */
export interface UnlistedMembers {
  trust: string;
  nearest?: { citation: { document: string; clause: string }; words: string } | undefined;
  /** The board whose members are not listed (board members). */
  body?: string | undefined;
}

/** What the directory needs to know about a partner. */
export interface PartnerInfo {
  id: string;
  name: string;
  kind: 'organisation' | 'role' | 'collective';
  trusts: readonly string[];
  /** Whom a duty given to it reaches besides itself. */
  reaches: Reaches;
  /** An organisation named in the documents that is not a partner of the trust (the LSCB). */
  outside?: boolean | undefined;
  aliases: readonly { name: string; trusts: readonly string[] }[];
  /** For `listed` and `board-members`: who it is, trust by trust. */
  members?: readonly MemberList[] | undefined;
  /** For `listed` and `board-members`: trusts whose documents do not list who it is. */
  unlisted?: readonly UnlistedMembers[] | undefined;
}

/** The address of a partner's page. */
export const partnerHref = (id: string) => `/partners/${id}/`;

/** True for an organisation that is a partner of its trusts, and so can be reached by the duties of a collective. */
export const isPartnerOrganisation = (p: PartnerInfo) => p.kind === 'organisation' && !p.outside;

/** True for a partner whose duties reach others: every partner, the statutory partners, the board's members. */
export const isCollective = (p: PartnerInfo) => p.reaches !== 'itself';

/** A body the bodies data records, as far as board membership needs it. */
export interface BoardFacts {
  id: string;
  trust: string;
  principal: boolean;
  members: readonly { partner: string; role: string }[];
  membersCitation?: { document: string; clause: string } | undefined;
  /** Facts the documents do not state, with the nearest words (`fact: members` is the one read here). */
  notStated: readonly { fact: string; nearest: { citation: { document: string; clause: string }; words: string } }[];
}

/**
 * Who the board's members are, trust by trust, for a `board-members` collective: the members the
 * bodies data lists for each trust's principal board. A trust whose principal board lists none is
 * `unlisted`, with the nearest words the bodies data records for its members.
 */
export function boardMembership(trusts: readonly string[], bodies: readonly BoardFacts[]): { members: MemberList[]; unlisted: UnlistedMembers[] } {
  const members: MemberList[] = [];
  const unlisted: UnlistedMembers[] = [];
  for (const trust of trusts) {
    const board = bodies.find((b) => b.trust === trust && b.principal);
    if (board && board.members.length > 0) {
      members.push({ trust, body: board.id, citation: board.membersCitation, partners: board.members.map((m) => ({ partner: m.partner, words: m.role })) });
    } else {
      unlisted.push({ trust, body: board?.id, nearest: board?.notStated.find((n) => n.fact === 'members')?.nearest });
    }
  }
  return { members, unlisted };
}

/** A `from` of YYYY-MM or YYYY-MM-DD as the first day it covers. */
const fromDay = (from: string) => (from.length === 7 ? `${from}-01` : from);

/**
 * The partner organisations a collective reaches with a duty: every partner organisation of the
 * duty's trust (`every-partner`), or the organisations listed for that trust and the document's
 * date (`listed`, `board-members`). `unlisted` when the trust's documents do not list them: the
 * duty then reaches no organisation by this collective.
 */
export function membersReached(collective: PartnerInfo, duty: Duty, partners: readonly PartnerInfo[]): PartnerInfo[] | 'unlisted' {
  if (collective.reaches === 'itself') return [];
  if (collective.reaches === 'every-partner') return partners.filter((p) => isPartnerOrganisation(p) && p.trusts.includes(duty.trust));
  const lists = (collective.members ?? []).filter(
    (m) => m.trust === duty.trust && (m.from === undefined || duty.issued === undefined || duty.issued >= fromDay(m.from)),
  );
  if (lists.length === 0) return 'unlisted';
  const ids = new Set(lists.flatMap((m) => m.partners.map((p) => p.partner)));
  return partners.filter((p) => ids.has(p.id) && isPartnerOrganisation(p));
}

/** A duty that reaches a partner through a collective the words name, and through which. */
export interface SharedDuty {
  duty: Duty;
  /** Ids of the collectives the duty names that reach this partner ("every-partner", "relevant-partners"). */
  via: string[];
}

export interface PartnerDuties {
  /** Duties that name this partner. */
  own: Duty[];
  /** Duties given to a collective that reaches this partner (organisations only). */
  shared: SharedDuty[];
  /**
   * Duties given to the board's members in a trust whose documents do not list who sits on the
   * board: they apply to this organisation only if it has a member on the board, which the
   * documents do not say. Shown apart, as such; not counted as the partner's. (A statutory
   * partner's duty in a trust that does not list them is not shown at all: see `unlistedFor`.)
   */
  ifOnBoard: SharedDuty[];
}

/**
 * Every duty of a partner. An organisation also carries the duties the documents give to a
 * collective that reaches it: every partner of its trust, the statutory (relevant) partners where
 * a document lists it among them, the board's members where it sits on the board. A role or a
 * collective carries only the duties that name it. Duties of the trust as a body reach no partner.
 */
export function dutiesOf(partner: PartnerInfo, duties: readonly Duty[], partners: readonly PartnerInfo[]): PartnerDuties {
  const own = duties.filter((d) => d.partners.includes(partner.id));
  if (!isPartnerOrganisation(partner)) return { own, shared: [], ifOnBoard: [] };
  const byId = new Map(partners.map((p) => [p.id, p]));
  const candidates = duties.filter((d) => !d.partners.includes(partner.id) && partner.trusts.includes(d.trust));
  const collectivesOf = (duty: Duty) =>
    duty.partners.map((id) => byId.get(id)).filter((c): c is PartnerInfo => c !== undefined && isCollective(c));
  const shared = candidates
    .map((duty) => ({
      duty,
      via: collectivesOf(duty)
        .filter((c) => {
          const reached = membersReached(c, duty, partners);
          return reached !== 'unlisted' && reached.some((p) => p.id === partner.id);
        })
        .map((c) => c.id),
    }))
    .filter((s) => s.via.length > 0);
  const reached = new Set(shared.map((s) => s.duty));
  const ifOnBoard = candidates
    .filter((duty) => !reached.has(duty))
    .map((duty) => ({
      duty,
      via: collectivesOf(duty)
        .filter((c) => c.reaches === 'board-members' && membersReached(c, duty, partners) === 'unlisted')
        .map((c) => c.id),
    }))
    .filter((s) => s.via.length > 0);
  return { own, shared, ifOnBoard };
}

/** The partners a duty reaches: those it names, and the organisations its collectives reach. */
export function organisationsReached(duty: Duty, partners: readonly PartnerInfo[]): PartnerInfo[] {
  const reached = new Set(duty.partners);
  for (const id of duty.partners) {
    const collective = partners.find((p) => p.id === id);
    if (!collective || !isCollective(collective)) continue;
    const members = membersReached(collective, duty, partners);
    if (members !== 'unlisted') for (const p of members) reached.add(p.id);
  }
  return partners.filter((p) => reached.has(p.id));
}

/**
 * Duties given to a listed collective (the statutory, or relevant, partners) that a partner
 * organisation's trust's documents do not list: they reach no organisation's page, and the page
 * only notes them. One entry per collective and trust, with how many duties and the nearest words.
 */
export function unlistedFor(
  partner: PartnerInfo,
  duties: readonly Duty[],
  partners: readonly PartnerInfo[],
): { collective: PartnerInfo; trust: string; duties: number; unlisted: UnlistedMembers | undefined }[] {
  if (!isPartnerOrganisation(partner)) return [];
  const out = new Map<string, { collective: PartnerInfo; trust: string; duties: number; unlisted: UnlistedMembers | undefined }>();
  for (const duty of duties.filter((d) => partner.trusts.includes(d.trust) && !d.partners.includes(partner.id))) {
    for (const id of duty.partners) {
      const collective = partners.find((p) => p.id === id);
      if (!collective || collective.reaches !== 'listed' || membersReached(collective, duty, partners) !== 'unlisted') continue;
      const key = `${id} ${duty.trust}`;
      const entry = out.get(key) ?? { collective, trust: duty.trust, duties: 0, unlisted: collective.unlisted?.find((u) => u.trust === duty.trust) };
      entry.duties++;
      out.set(key, entry);
    }
  }
  return [...out.values()];
}

/** Where the documents list a partner as a member of a listed collective: the collective, the trust and the words. */
export function membershipsOf(partner: PartnerInfo, partners: readonly PartnerInfo[]): { collective: PartnerInfo; list: MemberList; words: string }[] {
  return partners
    .filter((c) => c.reaches === 'listed')
    .flatMap((collective) =>
      (collective.members ?? []).flatMap((list) =>
        list.partners.filter((m) => m.partner === partner.id).map((m) => ({ collective, list, words: m.words })),
      ),
    );
}

/** Duties the words give to the trust or one of its boards as a body. */
export const bodyDuties = (duties: readonly Duty[]) => duties.filter((d) => d.bodies.length > 0);

/** How a body a duty names is called: the body's name, or for `trust` the trust's. */
export function bodyName(id: string, trust: string, names: { bodies: Readonly<Record<string, string>>; trusts: Readonly<Record<string, string>> }): string {
  return id === TRUST_AS_BODY ? (names.trusts[trust] ?? trust) : (names.bodies[id] ?? id);
}

/** Where a body a duty names is described: its entry on the trust page, or the trust's own duties. */
export const bodyHref = (id: string, trust: string) => (id === TRUST_AS_BODY ? `/${trust}/#trust-duties` : `/${trust}/#body-${id}`);

export interface DocumentGroup<T> {
  document: string;
  items: T[];
}
export interface TrustGroup<T> {
  trust: string;
  documents: DocumentGroup<T>[];
}

/**
 * Items grouped by trust and then by document, in the order given by `trustOrder` and
 * `documentOrder` (unknown ones last); items keep their order within a document.
 */
export function groupByTrustAndDocument<T>(
  items: readonly T[],
  of: (item: T) => { trust: string; document: string },
  trustOrder: readonly string[],
  documentOrder: readonly string[],
): TrustGroup<T>[] {
  const rank = (order: readonly string[], id: string) => {
    const at = order.indexOf(id);
    return at < 0 ? order.length : at;
  };
  const trusts = new Map<string, Map<string, T[]>>();
  for (const item of items) {
    const { trust, document } = of(item);
    const docs = trusts.get(trust) ?? new Map<string, T[]>();
    docs.set(document, [...(docs.get(document) ?? []), item]);
    trusts.set(trust, docs);
  }
  return [...trusts]
    .sort(([a], [b]) => rank(trustOrder, a) - rank(trustOrder, b))
    .map(([trust, docs]) => ({
      trust,
      documents: [...docs]
        .sort(([a], [b]) => rank(documentOrder, a) - rank(documentOrder, b))
        .map(([document, grouped]) => ({ document, items: grouped })),
    }));
}

/** Clause link of a duty: `/kent/partnership-agreement-2008/#paa-9`. */
export const dutyClauseHref = (duty: Duty) => clauseHref({ document: duty.document, clause: duty.clause });

/** A record for the search index: one per duty, so a search can be narrowed to a partner or topic. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export interface SearchContext {
  partners: readonly PartnerInfo[];
  /** Trust id → name, as the trust filter shows it. */
  trustNames: Readonly<Record<string, string>>;
  /** Document id → its type label, as the document type filter shows it. */
  documentTypes: Readonly<Record<string, string>>;
  /** Document id → how citations name it ("Kent partnership agreement (2008)"). */
  documentNames: Readonly<Record<string, string>>;
  /** Acronyms in the words and what they stand for, e.g. [["PCT", "Primary Care Trust"]]. */
  expansions: (text: string) => [string, string][];
  /** Body id → name, for duties of a body of the trust. */
  bodyNames?: Readonly<Record<string, string>>;
}

/** "Duty of" or "Role of". */
export const dutyLabel = (duty: Pick<Duty, 'type'>) => (duty.type === 'role' ? 'Role of' : 'Duty of');

/** The bodies a duty names, as read: "Children's Trust Board (as a body)". */
export const bodyBearers = (duty: Duty, names: { bodies: Readonly<Record<string, string>>; trusts: Readonly<Record<string, string>> }) =>
  duty.bodies.map((id) => `${bodyName(id, duty.trust, names)} (as a body)`);

/** Status and scope as one phrase: "Proposed", "In force; scope: “from April 2010”". */
export function statusAndScope(duty: Pick<Duty, 'status' | 'scope'>): string {
  return [STATUS_LABELS[duty.status], duty.scope ? `scope: “${duty.scope}”` : ''].filter(Boolean).join('; ');
}


/**
 * One search record per duty. Its content is the duty's words, then whose duty it is with the
 * other names the documents use for them, its status and scope, then the acronyms in the words
 * spelt out, so that "youth offending" finds a duty that only says YOS. Filters: trust, document
 * type, partner (every partner the duty names or reaches, by name; none for a duty of the trust
 * as a body), topic, and `record: Duty`.
 */
export function dutySearchRecords(duties: readonly Duty[], context: SearchContext): SearchRecord[] {
  const byId = new Map(context.partners.map((p) => [p.id, p]));
  return duties.map((duty) => {
    const named = duty.partners.map((id) => byId.get(id)).filter((p) => p !== undefined);
    const reached = organisationsReached(duty, context.partners);
    const names = named.map((p) => {
      const aliases = p.aliases.filter((a) => a.trusts.length === 0 || a.trusts.includes(duty.trust)).map((a) => a.name);
      return aliases.length > 0 ? `${p.name} (${aliases.join(', ')})` : p.name;
    });
    const spelt = context.expansions(duty.text).map(([term, words]) => `${term}: ${words}`);
    const bodies = bodyBearers(duty, { bodies: context.bodyNames ?? {}, trusts: context.trustNames });
    const bearers = [...named.map((p) => p.name), ...bodies].join(', ');
    const label = dutyLabel(duty);
    const subject = duty.subject.map((s) => `“${s}”`).join(', ');
    return {
      // The duty's own anchor, not its clause's: Pagefind keeps one record per address, so two
      // duties of one clause would otherwise become one. Results still link to the clause (meta.anchor).
      url: `/${duty.document}/#${duty.anchor}`,
      content: [
        duty.text,
        `${label} ${[...names, ...bodies].join('; ')}.`,
        `The words name: ${subject}.`,
        `Status: ${statusAndScope(duty)}.`,
        spelt.length > 0 ? `Acronyms: ${spelt.join('; ')}.` : '',
      ]
        .filter(Boolean)
        .join('\n'),
      language: 'en',
      meta: {
        title: `${context.documentNames[duty.document] ?? duty.document}, ${clauseName(duty.clause)}`,
        bearers: `${label} ${bearers} · ${statusAndScope(duty)}`,
        status: STATUS_LABELS[duty.status],
        ...(duty.scope ? { scope: duty.scope } : {}),
        anchor: duty.clause,
      },
      filters: {
        trust: [context.trustNames[duty.trust] ?? duty.trust],
        type: [context.documentTypes[duty.document] ?? ''].filter(Boolean),
        partner: [...new Set([...named, ...reached].map((p) => p.name))],
        topic: duty.topics.map((t: Topic) => TOPICS[t]),
        record: [DUTY_RECORD],
      },
    };
  });
}

/** How many duties each partner carries (own, and shared through a collective that reaches it), for the directory and notes. */
export function dutyCounts(duties: readonly Duty[], partners: readonly PartnerInfo[]): Map<string, { own: number; shared: number }> {
  return new Map(
    partners.map((p) => {
      const { own, shared } = dutiesOf(p, duties, partners);
      return [p.id, { own: own.length, shared: shared.length }];
    }),
  );
}
