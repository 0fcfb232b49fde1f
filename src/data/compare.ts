/** The comparison's facts for each trust, from the bodies and rules data (see lib/compare.ts). */
import { getSite } from './site';
import { compareRows, type Fact, type Link, type Quote, type Row, type RuleFacts, type RuleKind, type TrustFacts } from '~/lib/compare';
import { lineSentence } from '~/lib/structure';
import { factStatus } from '~/lib/claims';
import { withLists } from '~/lib/quotes';
import { toolHref } from '~/lib/rules/tools';
import type { Rule } from '~/lib/rules/types';

/** Kinds of line by which another body scrutinises the board: they answer "Scrutiny", not "Links". */
const SCRUTINY_KINDS: readonly string[] = ['holds-to-account', 'scrutinises'];

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
    // A fact as the comparison shows it: with its own status, or its board's.
    const fact = <F extends Quote>(f: F | undefined): Quote | undefined => {
      if (!f || !board) return f;
      const s = factStatus(f, board);
      return { ...f, status: s.status, statusWords: s.statusWords };
    };
    const rule = (kind: Rule['kind']) => site.rules.find((r) => r.trust === id && r.kind === kind);
    // Every line of the bodies data that touches the board, or the trust as a whole where a document
    // names it apart from its boards (Durham's 6.9 line is the Children's Trust's, not its Executive
    // Board's), in either direction; each with its scope and status, said in full.
    const mine = site.bodies.filter((b) => b.data.trust === id);
    const own = new Set([board?.id, ...mine.filter((b) => b.data.kind === 'trust').map((b) => b.data.id)]);
    const links: Link[] = mine.flatMap((from) =>
      withLists(from.data.lines, site.lookup)
        .filter((l) => (own.has(from.data.id) || own.has(l.to)) && !(own.has(from.data.id) && own.has(l.to)))
        .map((l) => ({
          note: lineSentence(bodyName.get(from.data.id) ?? from.data.id, bodyName.get(l.to) ?? l.to, l),
          scrutiny: own.has(l.to) && SCRUTINY_KINDS.includes(l.kind),
          quote: { ...l.quote, status: l.status, statusWords: l.statusWords, scope: l.scope, subject: l.subject },
        })),
    );
    const kinds: RuleKind[] = ['quorum', 'vote', 'protocol', 'attendance', 'interests'];
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
      rules: Object.fromEntries(kinds.map((k) => [k, ruleFacts(rule(k))])),
    };
  });
  return { trusts: site.trusts.map((t) => ({ id: t.data.id, name: t.data.name })), rows: compareRows(facts) };
}
