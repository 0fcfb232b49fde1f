/** Which pages the side-by-side bench compares (tests/bench/pick.ts). */
import { describe, expect, it } from 'vitest';
import { choosePages, type RuleRef } from '../bench/pick';
import { documents, rules, some } from '../content';

const rule = (id: string, kind: RuleRef['kind'], document: string, provision = 'stated'): RuleRef => ({ id, kind, provision, citations: [{ document }] });

describe('choosePages', () => {
  const docs = [
    { id: 'a/short', length: 100 },
    { id: 'b/long', length: 900 },
    { id: 'c/tools', length: 50 },
  ];

  it('takes the document the most stated rules answer from, and its first tool in the site’s order of tools', () => {
    const chosen = choosePages(docs, [rule('c-vote', 'vote', 'c/tools'), rule('c-quorum', 'quorum', 'c/tools'), rule('b-vote', 'vote', 'b/long')]);
    expect(chosen).toEqual({ document: 'c/tools', tool: '/tools/quorum/c-quorum/', rule: 'c-quorum', query: 'quorum' });
  });

  it('does not count rules the document does not state', () => {
    const chosen = choosePages(docs, [rule('a-vote', 'vote', 'a/short'), rule('b-q', 'quorum', 'b/long', 'not-stated'), rule('b-v', 'vote', 'b/long', 'not-stated')]);
    expect(chosen.document).toBe('a/short');
  });

  it('breaks a tie by the longer document', () => {
    expect(choosePages(docs, [rule('a-vote', 'vote', 'a/short'), rule('b-vote', 'vote', 'b/long')]).document).toBe('b/long');
  });

  it('names a protocol’s tool by its page, the dispute tool', () => {
    expect(choosePages(docs, [rule('a-protocol', 'protocol', 'a/short')])).toMatchObject({ tool: '/tools/dispute/a-protocol/', query: 'dispute' });
  });

  it('takes a chosen document and query instead', () => {
    const chosen = choosePages(docs, [rule('c-q', 'quorum', 'c/tools'), rule('b-v', 'vote', 'b/long')], { document: 'b/long', query: 'chair' });
    expect(chosen).toEqual({ document: 'b/long', tool: '/tools/vote/b-v/', rule: 'b-v', query: 'chair' });
  });

  it('says what is wrong with a chosen document that does not exist or has no tool', () => {
    expect(() => choosePages(docs, [], { document: 'z/none' })).toThrow('--document z/none: no such document (the documents are a/short, b/long, c/tools)');
    expect(() => choosePages(docs, [rule('a-v', 'vote', 'a/short')], { document: 'b/long' })).toThrow('b/long has no stated rule, so no tool page to compare');
  });
});

describe('on the site’s own content', () => {
  it('chooses a trust document and a stated rule of it', () => {
    const docs = some(documents(), 'trust documents');
    const chosen = choosePages(
      docs.map((d) => ({ id: d.id, length: d.source.length })),
      rules(),
    );
    const stated = rules().filter((r) => r.provision === 'stated' && r.citations.some((c) => c.document === chosen.document));
    expect(docs.map((d) => d.id)).toContain(chosen.document);
    expect(stated.map((r) => r.id)).toContain(chosen.rule);
    // No document has more stated rules than the one chosen.
    for (const d of docs) {
      const n = rules().filter((r) => r.provision === 'stated' && r.citations.some((c) => c.document === d.id)).length;
      expect(n).toBeLessThanOrEqual(stated.length);
    }
  });
});
