/** The comparison's facts for each trust, from the bodies and rules data (see lib/compare.ts). */
import { getSite } from './site';
import { compareRows, type Fact, type Quote, type Row, type RuleFacts, type TrustFacts } from '~/lib/compare';
import { LINE_VERBS } from '~/lib/structure';
import { toolHref } from '~/lib/rules/tools';
import type { Rule } from '~/lib/rules/types';

function nearestByFact(list: readonly { fact: Fact; nearest: Quote }[]): Partial<Record<Fact, Quote[]>> {
  const out: Partial<Record<Fact, Quote[]>> = {};
  for (const n of list) (out[n.fact] ??= []).push(n.nearest);
  return out;
}

function ruleFacts(rule: Rule | undefined): RuleFacts | undefined {
  if (!rule) return undefined;
  if (rule.provision === 'not-stated') {
    return { provision: 'not-stated', document: rule.document, finding: rule.finding, nearest: rule.nearest, href: toolHref(rule) };
  }
  const extra = rule.kind === 'vote' && rule.castingVote ? [rule.castingVote.quote] : [];
  return { provision: 'stated', summary: rule.summary, statement: rule.statement, extra, href: toolHref(rule) };
}

export async function comparison(): Promise<{ trusts: { id: string; name: string }[]; rows: Row[] }> {
  const site = await getSite();
  const facts: TrustFacts[] = site.trusts.map((trust) => {
    const id = trust.data.id;
    const board = site.bodies.find((b) => b.data.trust === id && b.data.principal)?.data;
    const bodyName = new Map(site.bodies.map((b) => [b.data.id, b.data.name]));
    const rule = (kind: Rule['kind']) => site.rules.find((r) => r.trust === id && r.kind === kind);
    return {
      id,
      document: board?.citations[0]?.document ?? site.documents.find((d) => d.data.trust === id)?.id ?? '',
      ...(board && {
        board: {
        name: board.name,
        members: board.members,
        membersCitation: board.membersCitation,
        chair: board.chair,
        viceChair: board.viceChair,
        meets: board.meets,
        decisions: board.decisions,
        scrutiny: board.scrutiny,
        review: board.review,
        links: board.lines.map((l) => ({ name: bodyName.get(l.to) ?? l.to, verb: LINE_VERBS[l.kind], quote: l.quote })),
        nearest: nearestByFact(board.notStated),
        },
      }),
      rules: { quorum: ruleFacts(rule('quorum')), vote: ruleFacts(rule('vote')), protocol: ruleFacts(rule('protocol')) },
    };
  });
  return { trusts: site.trusts.map((t) => ({ id: t.data.id, name: t.data.name })), rows: compareRows(facts) };
}
