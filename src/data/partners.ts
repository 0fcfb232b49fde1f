/**
 * The partner directory as the pages need it: partners in the plain shape the pure functions in
 * lib/partners.ts take, each partner's duties grouped by trust and document, the bodies it sits on
 * and the seats it fills in the rules.
 */
import { factStatus, type ClaimStatus, type Quote } from '~/lib/claims';
import { dutiesOf, groupByTrustAndDocument, type Duty, type PartnerInfo, type SharedDuty, type TrustGroup } from '~/lib/partners';
import { toolHref } from '~/lib/rules/tools';
import { getSite, type BodyEntry, type PartnerEntry } from './site';

export const partnerInfo = (p: PartnerEntry): PartnerInfo => ({
  id: p.data.id,
  name: p.data.name,
  kind: p.data.kind,
  trusts: p.data.trusts,
  appliesToEveryPartner: p.data.appliesToEveryPartner,
  outside: p.data.outside,
  aliases: p.data.aliases,
});

export async function partnerInfos(): Promise<PartnerInfo[]> {
  return (await getSite()).partners.map(partnerInfo);
}

/** A seat a partner fills in a rule: "Kent Police" in the Kent quorum. */
export interface RuleSeat {
  title: string;
  href: string;
  trust: string;
  label: string;
}

export interface PartnerDirectoryEntry {
  partner: PartnerEntry;
  own: TrustGroup<Duty>[];
  shared: TrustGroup<SharedDuty>[];
  ownCount: number;
  sharedCount: number;
  /** The bodies it sits on, as listed, with the seat's status where the words do not put it in force. */
  bodies: { body: BodyEntry; role: string; status: ClaimStatus; statusWords?: Quote | undefined }[];
  seats: RuleSeat[];
}

export async function partnerDirectory(partner: PartnerEntry): Promise<PartnerDirectoryEntry> {
  const site = await getSite();
  const infos = site.partners.map(partnerInfo);
  const { own, shared } = dutiesOf(partnerInfo(partner), site.duties, infos);
  const trustOrder = site.trusts.map((t) => t.data.id);
  const documentOrder = site.documents.map((d) => d.id);
  const bodies = site.bodies.flatMap((body) =>
    body.data.members.filter((m) => m.partner === partner.data.id).map((m) => ({ body, role: m.role, ...factStatus(m, body.data) })),
  );
  const seats = site.rules.flatMap((rule): RuleSeat[] => {
    if (rule.provision !== 'stated') return [];
    const people = rule.kind === 'quorum' ? rule.attendees : rule.kind === 'vote' && rule.voters.mode === 'listed' ? rule.voters.partners : [];
    return people
      .filter((a) => a.partner === partner.data.id)
      .map((a) => ({ title: rule.title, href: toolHref(rule), trust: rule.trust, label: a.label }));
  });
  return {
    partner,
    own: groupByTrustAndDocument(own, (d) => d, trustOrder, documentOrder),
    shared: groupByTrustAndDocument(shared, (s) => s.duty, trustOrder, documentOrder),
    ownCount: own.length,
    sharedCount: shared.length,
    bodies,
    seats,
  };
}
