/** The comparison's facts for each trust, from the bodies and rules data (see lib/compare.ts). */
import { getSite } from './site';
import { compareRows, type Fact, type Link, type Quote, type Row, type RuleFacts, type RuleKind, type TrustFacts } from '~/lib/compare';
import { LINE_VERBS } from '~/lib/structure';
import { withLists } from '~/lib/quotes';
import { toolHref } from '~/lib/rules/tools';
import type { Rule } from '~/lib/rules/types';

/** How a line from another body to the board reads from the board's side. */
const INCOMING: Record<keyof typeof LINE_VERBS, (name: string) => string> = {
  'accountable-to': (name) => `${name}: accountable to it`,
  'reports-to': (name) => `${name}: reports to it`,
  'part-of': (name) => `${name}: part of it`,
  'holds-to-account': (name) => `is held to account by ${name}`,
  'links-with': (name) => `links with ${name}`,
};

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
  return { provision: 'stated', states: rule.states, statement: rule.statement, extra, standing: { status: rule.status, scope: rule.scope }, href: toolHref(rule) };
}

export async function comparison(): Promise<{ trusts: { id: string; name: string }[]; rows: Row[] }> {
  const site = await getSite();
  const bodyName = new Map(site.bodies.map((b) => [b.data.id, b.data.name]));
  const facts: TrustFacts[] = site.trusts.map((trust) => {
    const id = trust.data.id;
    // Quoted lead-ins carry the lists they introduce, from the documents themselves.
    const board = withLists(site.bodies.find((b) => b.data.trust === id && b.data.principal)?.data, site.lookup);
    const rule = (kind: Rule['kind']) => site.rules.find((r) => r.trust === id && r.kind === kind);
    // Every line of the bodies data that touches the board: its own, and other bodies' lines to it.
    const links: Link[] = board
      ? [
          ...board.lines.map((l) => ({ note: `${LINE_VERBS[l.kind]} ${bodyName.get(l.to) ?? l.to}`, scrutiny: false, quote: l.quote })),
          ...site.bodies
            .filter((b) => b.data.id !== board.id)
            .flatMap((b) =>
              withLists(b.data.lines, site.lookup)
                .filter((l) => l.to === board.id)
                .map((l) => ({ note: INCOMING[l.kind](b.data.name), scrutiny: l.kind === 'holds-to-account', quote: l.quote })),
            ),
        ]
      : [];
    const kinds: RuleKind[] = ['quorum', 'vote', 'protocol', 'attendance', 'interests'];
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
          links,
          nearest: nearestByFact(board.notStated),
        },
      }),
      rules: Object.fromEntries(kinds.map((k) => [k, ruleFacts(rule(k))])),
    };
  });
  return { trusts: site.trusts.map((t) => ({ id: t.data.id, name: t.data.name })), rows: compareRows(facts) };
}
