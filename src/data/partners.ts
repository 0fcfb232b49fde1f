/**
 * The partner directory as the pages need it: partners in the plain shape the pure functions in
 * lib/partners.ts take, each partner's duties grouped by trust and document, the bodies it sits on
 * and the seats it fills in the rules.
 */
import { factStatus, type ClaimStatus, type Quote } from '~/lib/claims';
import {
  boardMembership,
  dutiesOf,
  groupByTrustAndDocument,
  unlistedFor,
  type BoardFacts,
  type Duty,
  type PartnerInfo,
  type SharedDuty,
  type TrustGroup,
} from '~/lib/partners';
import { toolHref } from '~/lib/rules/tools';
import { getSite, type BodyEntry, type PartnerEntry } from './site';

/** The bodies as board membership needs them. */
export const boardFacts = (bodies: readonly BodyEntry[]): BoardFacts[] =>
  bodies.map((b) => ({
    id: b.data.id,
    trust: b.data.trust,
    principal: b.data.principal,
    members: b.data.members,
    membersCitation: b.data.membersCitation,
    notStated: b.data.notStated,
  }));

/**
 * A partner in the plain shape of lib/partners.ts. The board's members are read from the bodies
 * data (each trust's principal board), so pass the bodies for a `board-members` collective.
 */
export const partnerInfo = (p: PartnerEntry, boards: readonly BoardFacts[] = []): PartnerInfo => ({
  id: p.data.id,
  name: p.data.name,
  kind: p.data.kind,
  trusts: p.data.trusts,
  reaches: p.data.reaches,
  outside: p.data.outside,
  aliases: p.data.aliases,
  ...(p.data.reaches === 'board-members' ? boardMembership(p.data.trusts, boards) : { members: p.data.members, unlisted: p.data.unlisted }),
});

export async function partnerInfos(): Promise<PartnerInfo[]> {
  const site = await getSite();
  const boards = boardFacts(site.bodies);
  return site.partners.map((p) => partnerInfo(p, boards));
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
  /** Duties of the board's members in a trust whose documents do not list who sits on the board. */
  ifOnBoard: TrustGroup<SharedDuty>[];
  ifOnBoardCount: number;
  /** Statutory partners' duties in this partner's trusts, which do not list who the statutory partners are. */
  unlisted: ReturnType<typeof unlistedFor>;
  ownCount: number;
  sharedCount: number;
  /** The bodies it sits on, as listed, with the seat's status where the words do not put it in force. */
  bodies: { body: BodyEntry; role: string; status: ClaimStatus; statusWords?: Quote | undefined }[];
  seats: RuleSeat[];
}

export async function partnerDirectory(partner: PartnerEntry): Promise<PartnerDirectoryEntry> {
  const site = await getSite();
  const infos = await partnerInfos();
  const info = infos.find((p) => p.id === partner.data.id)!;
  const { own, shared, ifOnBoard } = dutiesOf(info, site.duties, infos);
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
    ifOnBoard: groupByTrustAndDocument(ifOnBoard, (s) => s.duty, trustOrder, documentOrder),
    ifOnBoardCount: ifOnBoard.length,
    unlisted: unlistedFor(info, site.duties, infos),
    ownCount: own.length,
    sharedCount: shared.length,
    bodies,
    seats,
  };
}
