/**
 * The partner directory: which duties fall on which partner, grouped the way a partner's page
 * shows them, and the search records that let staff narrow a search to one partner or topic.
 * Pure: takes plain data from src/data/site.ts.
 */
import type { DutyMark, Topic } from './duties';
import { TOPICS } from './duties';
import { clauseHref, clauseName } from './clauses';
import { DUTY_RECORD } from './search-state';

/** A duty marked in a document, with where it is. */
export interface Duty extends DutyMark {
  /** Document id, e.g. `kent/partnership-agreement-2008`. */
  document: string;
  /** Trust id of the document. */
  trust: string;
}

/** What the directory needs to know about a partner. */
export interface PartnerInfo {
  id: string;
  name: string;
  kind: 'organisation' | 'role' | 'collective';
  trusts: readonly string[];
  appliesToEveryPartner: boolean;
  /** An organisation named in the documents that is not a partner of the trust (the LSCB). */
  outside?: boolean | undefined;
  aliases: readonly { name: string; trusts: readonly string[] }[];
}

/** The address of a partner's page. */
export const partnerHref = (id: string) => `/partners/${id}/`;

/** True for an organisation that is a partner of its trusts, and so carries the duties of every partner. */
export const isPartnerOrganisation = (p: PartnerInfo) => p.kind === 'organisation' && !p.outside;

/** A duty that reaches a partner because it is given to every partner, and through which collective. */
export interface SharedDuty {
  duty: Duty;
  /** Ids of the collectives the duty names ("every-partner", "partner-representatives"). */
  via: string[];
}

export interface PartnerDuties {
  /** Duties that name this partner. */
  own: Duty[];
  /** Duties given to every partner of a trust this organisation belongs to (organisations only). */
  shared: SharedDuty[];
}

/**
 * Every duty of a partner. An organisation also carries the duties that the documents of its trusts
 * give to every partner (or to every partner's representative); a role or a collective carries only
 * the duties that name it.
 */
export function dutiesOf(partner: PartnerInfo, duties: readonly Duty[], partners: readonly PartnerInfo[]): PartnerDuties {
  const collectives = new Set(partners.filter((p) => p.appliesToEveryPartner).map((p) => p.id));
  const own = duties.filter((d) => d.partners.includes(partner.id));
  if (!isPartnerOrganisation(partner)) return { own, shared: [] };
  const shared = duties
    .filter((d) => !d.partners.includes(partner.id) && partner.trusts.includes(d.trust))
    .map((duty) => ({ duty, via: duty.partners.filter((p) => collectives.has(p)) }))
    .filter((s) => s.via.length > 0);
  return { own, shared };
}

/** The organisations a duty reaches: those it names, and for a duty of every partner, every organisation of its trust. */
export function organisationsReached(duty: Duty, partners: readonly PartnerInfo[]): PartnerInfo[] {
  const collectives = new Set(partners.filter((p) => p.appliesToEveryPartner).map((p) => p.id));
  const everyone = duty.partners.some((p) => collectives.has(p));
  return partners.filter(
    (p) => duty.partners.includes(p.id) || (everyone && isPartnerOrganisation(p) && p.trusts.includes(duty.trust)),
  );
}

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
}


/**
 * One search record per duty. Its content is the duty's words, then whose duty it is with the
 * other names the documents use for them, then the acronyms in the words spelt out, so that "youth
 * offending" finds a duty that only says YOS. Filters: trust, document type, partner (every
 * organisation the duty reaches, by name), topic, and `record: Duty`.
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
    const bearers = named.map((p) => p.name).join(', ');
    const label = duty.type === 'role' ? 'Role of' : 'Duty of';
    return {
      // The duty's own anchor, not its clause's: Pagefind keeps one record per address, so two
      // duties of one clause would otherwise become one. Results still link to the clause (meta.anchor).
      url: `/${duty.document}/#${duty.anchor}`,
      content: [duty.text, `${label} ${names.join('; ')}.`, spelt.length > 0 ? `Acronyms: ${spelt.join('; ')}.` : ''].filter(Boolean).join('\n'),
      language: 'en',
      meta: {
        title: `${context.documentNames[duty.document] ?? duty.document}, ${clauseName(duty.clause)}`,
        bearers: `${label} ${bearers}`,
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

/** How many duties each partner carries (own, and shared with every partner), for the directory and notes. */
export function dutyCounts(duties: readonly Duty[], partners: readonly PartnerInfo[]): Map<string, { own: number; shared: number }> {
  return new Map(
    partners.map((p) => {
      const { own, shared } = dutiesOf(p, duties, partners);
      return [p.id, { own: own.length, shared: shared.length }];
    }),
  );
}
