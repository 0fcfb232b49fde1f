/** The comparison's facts for each trust, from the bodies and rules data (see lib/compare.ts). */
import { getSite } from './site';
import { compareRows, type Fact, type Quote, type Row, type RuleFacts, type TrustFacts } from '~/lib/compare';
import { LINE_VERBS, lineSentence } from '~/lib/structure';
import { factStatus } from '~/lib/claims';
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

/** Kinds of body outside a trust's own structure, whose lines to the board the "links" row lists. */
const OUTSIDE_KINDS: readonly string[] = ['partnership', 'external', 'scrutiny', 'authority'];

export async function comparison(): Promise<{ trusts: { id: string; name: string }[]; rows: Row[] }> {
  const site = await getSite();
  const facts: TrustFacts[] = site.trusts.map((trust) => {
    const id = trust.data.id;
    const board = site.bodies.find((b) => b.data.trust === id && b.data.principal)?.data;
    const bodyName = new Map(site.bodies.map((b) => [b.data.id, b.data.name]));
    // A fact as the comparison shows it: with its own status, or its board's.
    const fact = <F extends Quote & { status?: Quote['status']; statusWords?: Quote['statusWords'] }>(f: F | undefined): Quote | undefined => {
      if (!f || !board) return f;
      const s = factStatus(f, board);
      return { ...f, status: s.status, statusWords: s.statusWords };
    };
    // Lines from and to the board, and from and to the trust as a whole where a document names it
    // apart from its boards (Durham's 6.9 line is the Children's Trust's, not its Executive Board's).
    // Only lines to bodies outside the trust's own structure: partnerships, outside boards, scrutiny, the authority.
    const mine = site.bodies.filter((b) => b.data.trust === id);
    const own = new Set([board?.id, ...mine.filter((b) => b.data.kind === 'trust').map((b) => b.data.id)]);
    const outside = new Set(mine.filter((b) => OUTSIDE_KINDS.includes(b.data.kind)).map((b) => b.data.id));
    const links = mine
      .flatMap((from) =>
        from.data.lines
          .filter((l) => (own.has(from.data.id) && outside.has(l.to)) || (own.has(l.to) && outside.has(from.data.id)))
          .map((l) => ({ from: from.data.id, line: l })),
      )
      .map(({ from, line }) => ({
        name: bodyName.get(line.to) ?? line.to,
        verb: LINE_VERBS[line.kind],
        quote: { ...line.quote, status: line.status, statusWords: line.statusWords, scope: line.scope, subject: line.subject },
        sentence: lineSentence(bodyName.get(from) ?? from, bodyName.get(line.to) ?? line.to, line),
      }));
    const rule = (kind: Rule['kind']) => site.rules.find((r) => r.trust === id && r.kind === kind);
    return {
      id,
      document: board?.citations[0]?.document ?? site.documents.find((d) => d.data.trust === id)?.id ?? '',
      ...(board && {
        board: {
        name: board.name,
        members: board.members,
        status: board.status,
        statusWords: board.statusWords,
        membersCitation: board.membersCitation,
        chair: fact(board.chair),
        viceChair: fact(board.viceChair),
        meets: fact(board.meets),
        decisions: fact(board.decisions),
        scrutiny: board.scrutiny.map((f) => fact(f)!),
        review: fact(board.review),
        links,
        nearest: nearestByFact(board.notStated),
        },
      }),
      rules: { quorum: ruleFacts(rule('quorum')), vote: ruleFacts(rule('vote')), protocol: ruleFacts(rule('protocol')) },
    };
  });
  return { trusts: site.trusts.map((t) => ({ id: t.data.id, name: t.data.name })), rows: compareRows(facts) };
}
