/**
 * The duties marked in the real documents: every <Duty> is well formed, names partners that exist
 * in content/partners/, has a status and quotes its subject and scope from its clause. (validate.ts
 * makes the same checks at build time; these run without a build and name the file and line.)
 * Every document of every trust in content/docs/.
 *
 * Then the scope of each class of duty, pinned on the clause that shows it: who the words name is
 * who the duty reaches (the statutory partners are not every partner, the board's members are not
 * every partner, the trust as a body is no partner), and what the words only propose is not in force.
 */
import { describe, expect, it } from 'vitest';
import { dutiesInMdx } from '../../src/lib/duties';
import { dutiesOf, membersReached, organisationsReached, type Duty } from '../../src/lib/partners';
import { bodies, documents, duties, partnerInfos, partners, some } from '../content';

const known = new Set(partners().map((p) => p.id));

describe.each(some(documents(), 'document').map((d) => [d.file, d] as const))('duties marked in %s', (file, doc) => {
  // The body keeps the file's line numbers, so the messages point where an editor looks.
  const { duties: marks, problems } = dutiesInMdx(doc.body);
  it('are well formed, with a status and their subject and scope quoted from their clause', () => {
    expect(problems.map((p) => `${file}:${p.line}: ${p.message}`)).toEqual([]);
  });
  it('name only partners in content/partners/, and only bodies of their own trust', () => {
    const unknown = marks.flatMap((d) => d.partners.filter((p) => !known.has(p)).map((p) => `${file}:${d.line}: ${p}`));
    expect(unknown).toEqual([]);
    const own = new Set([...bodies().filter((b) => b.trust === doc.data.trust).map((b) => b.id), 'trust']);
    expect(marks.flatMap((d) => d.bodies.filter((b) => !own.has(b)).map((b) => `${file}:${d.line}: ${b}`))).toEqual([]);
  });
});

/** Any content: these hold whatever the documents are. */
describe('the scope of duties, in any content', () => {
  const infos = partnerInfos();
  const byId = new Map(infos.map((p) => [p.id, p]));
  it('a duty of the trust as a body reaches no partner’s page', () => {
    const ofBodies = duties().filter((d) => d.bodies.length > 0 && d.partners.length === 0);
    for (const partner of infos) {
      const { own, shared, ifOnBoard } = dutiesOf(partner, ofBodies, infos);
      expect([...own, ...shared.map((s) => s.duty), ...ifOnBoard.map((s) => s.duty)].map((d) => d.anchor), partner.id).toEqual([]);
    }
  });
  it('a duty given to a listed collective reaches only the partners a document lists for its trust', () => {
    for (const duty of duties()) {
      for (const collective of duty.partners.map((id) => byId.get(id)!).filter((c) => c.reaches === 'listed')) {
        const reached = membersReached(collective, duty, infos);
        if (reached === 'unlisted') continue;
        const listed = new Set((collective.members ?? []).filter((m) => m.trust === duty.trust).flatMap((m) => m.partners.map((p) => p.partner)));
        expect(reached.filter((p) => !listed.has(p.id)).map((p) => p.id), `${duty.document}#${duty.anchor}`).toEqual([]);
      }
    }
  });
  it('words that invoke the statutory duty to co-operate are never given to every partner', () => {
    // The Children Act's duty falls on the relevant partners (and the local authority), not on every partner.
    const statutory = /duty to co-?operate|legally bound to co-?operate|relevant partners|statutory partners|section 10|required by the Children Act/i;
    const everyone = new Set(infos.filter((p) => p.reaches === 'every-partner').map((p) => p.id));
    const wrong = duties().filter((d) => statutory.test(d.text) && d.partners.some((p) => everyone.has(p)));
    expect(wrong.map((d) => `${d.document}#${d.anchor}: ${d.text.slice(0, 80)}`)).toEqual([]);
  });
});

/** The duty of a document's clause whose words include `words`. */
function mark(document: string, clause: string, words: string): Duty {
  const found = duties().filter((d) => d.document === document && d.clause === clause && d.text.includes(words));
  expect(found.map((d) => d.anchor), `${document}#${clause} "${words}"`).toHaveLength(1);
  return found[0]!;
}
/** Anchors of the marks of a clause whose words include `words`: none where the words are a statement, not a duty. */
function unmarked(document: string, clause: string, words: string): string[] {
  return duties().filter((d) => d.document === document && d.clause === clause && d.text.includes(words)).map((d) => d.anchor);
}
const reached = (duty: Duty) => organisationsReached(duty, partnerInfos()).map((p) => p.id);
/** Partner organisations no section 10 list of any trust names: they must never get the statutory duty. */
const NOT_LISTED = ['voluntary-and-community-sector', 'gps', 'young-peoples-reference-groups', 'parents-reference-groups'];

describe('the statutory (relevant) partners’ duty to co-operate', () => {
  it('Harrow 2.1: the duty to co-operate reaches the relevant partners, not the voluntary sector', () => {
    const duty = mark('harrow/scrutiny-report-2009', '2.1', "on local authorities and their 'relevant partners' to cooperate");
    expect(duty.partners).toEqual(['local-authority', 'relevant-partners']);
    expect(duty.status).toBe('in-force');
    // Harrow's report does not say who its relevant partners are: the duty reaches no other organisation.
    expect(reached(duty)).toEqual(['local-authority', 'relevant-partners']);
    for (const id of [...NOT_LISTED, 'police']) expect(reached(duty)).not.toContain(id);
  });
  it('Kent 2008 4.1: "particular agencies and organisations" are the section 10 list of Kent’s 2007 report', () => {
    const duty = mark('kent/partnership-agreement-2008', '4.1', 'particular agencies and organisations have a duty to co-operate');
    expect(duty.partners).toEqual(['relevant-partners']);
    expect(duty.subject).toEqual(['particular agencies and organisations']);
    const list = mark('kent/governance-framework-2007', '1.2', 'the following services have a duty to cooperate');
    expect(reached(duty).filter((id) => id !== 'relevant-partners').sort()).toEqual(list.partners.filter((id) => id !== 'relevant-partners').sort());
    // May 2008: schools, colleges and Jobcentre Plus only become statutory partners in January 2010.
    for (const id of [...NOT_LISTED, 'schools', 'colleges', 'jobcentre-plus']) expect(reached(duty)).not.toContain(id);
  });
  it('Kent 2010 2.(1): "each of the statutory partners is required to cooperate" reaches schools, colleges and Jobcentre Plus from January 2010', () => {
    const duty = mark('kent/cabinet-report-2010', '2.1', 'each of the statutory partners is required to cooperate');
    expect(duty.partners).toEqual(['local-authority', 'relevant-partners']);
    for (const id of ['schools', 'colleges', 'jobcentre-plus', 'police', 'district-councils']) expect(reached(duty)).toContain(id);
    for (const id of NOT_LISTED) expect(reached(duty)).not.toContain(id);
  });
  it('County Durham 1.1: "They are designed to provide a framework … as required by the Children Act, 2004" says what the arrangements are for; no duty is marked on it', () => {
    expect(unmarked('durham/governance-arrangements-2009', '1.1', 'They are designed to provide a framework')).toEqual([]);
  });
  it('County Durham 3.1: "partners who are legally bound to co-operate" are the footnote’s relevant partners', () => {
    const duty = mark('durham/governance-arrangements-2009', '3.1', 'legally bound to co-operate');
    const footnote = (partnerInfos().find((p) => p.id === 'relevant-partners')?.members ?? [])
      .filter((m) => m.trust === 'durham' && m.citation?.clause === 'note-1')
      .flatMap((m) => m.partners.map((p) => p.partner));
    expect(footnote.length).toBeGreaterThan(0);
    expect(reached(duty).filter((id) => id !== 'relevant-partners').sort()).toEqual([...new Set(footnote)].sort());
    for (const id of NOT_LISTED) expect(reached(duty)).not.toContain(id);
  });
  it('County Durham 2.1: "All partners named in the Children Act 2004" are the relevant partners, not every partner', () => {
    const duty = mark('durham/governance-arrangements-2009', '2.1', 'All partners named in the Children Act 2004');
    expect(duty.partners).toEqual(['relevant-partners']);
    for (const id of NOT_LISTED) expect(reached(duty)).not.toContain(id);
  });
});

describe('the board’s members are not every partner', () => {
  it('County Durham 4.3: the partners selecting representatives for the Executive Board are its members, not GPs', () => {
    const duty = mark('durham/governance-arrangements-2009', '4.3', 'In selecting representatives');
    expect(duty.partners).toEqual(['partner-representatives']);
    expect(reached(duty)).not.toContain('gps');
    expect(reached(duty)).toContain('voluntary-and-community-sector');
  });
  it('Harrow voting ¶5: agencies voting on the board are its member agencies, not the schools', () => {
    const duty = mark('harrow/scrutiny-report-2009', 'voting-5', 'Agencies will not have authority to vote');
    expect(duty.partners).toEqual(['partner-representatives']);
    expect(reached(duty)).not.toContain('schools');
    expect(reached(duty)).toContain('police');
  });
});

describe('duties of the trust as a body stay off partner pages', () => {
  it('Harrow 4.0: what the Children’s Trust Board does is the board’s, not any partner’s', () => {
    const duty = mark('harrow/scrutiny-report-2009', '4.0', 'The board will meet only 3 times each year');
    expect(duty).toMatchObject({ partners: [], bodies: ['harrow-ct-board'], status: 'proposed' });
    expect(reached(duty)).toEqual([]);
  });
  it('Kent 2010 2.(1): "The Kent Children’s Trust has collective responsibility" for the CYPP, from April 2010, as a body', () => {
    const duty = mark('kent/cabinet-report-2010', '2.1', 'has collective responsibility for developing, publishing and reviewing the CYPP');
    expect(duty).toMatchObject({ partners: [], bodies: ['trust'], scope: 'from April 2010' });
  });
  it('County Durham 5.1: the Local Children’s Boards’ terms of reference are the boards’, not a role of their members', () => {
    expect(mark('durham/governance-arrangements-2009', '5.1', 'Each will be accountable for performance').bodies).toEqual(['durham-local-childrens-boards']);
  });
});

describe('status: what the words only propose, recommend or hope for is not in force', () => {
  it('Harrow 3.0 and voting ¶1: the new board’s membership is proposed', () => {
    expect(mark('harrow/scrutiny-report-2009', '3.0', 'The new Children\'s Trust Board will be made up of').status).toBe('proposed');
    expect(mark('harrow/scrutiny-report-2009', 'voting-1', 'Membership of the Children\'s trust board will extend').status).toBe('proposed');
  });
  it('Harrow 3.0: "We also aspire to having young people represented" gives the young people no proposed seat', () => {
    expect(mark('harrow/scrutiny-report-2009', '3.0', 'We also aspire to having young people represented').partners).not.toContain('young-peoples-reference-groups');
  });
  it('Kent 2007 5.(2): extending the board to the opposition parties is a recommendation to Cabinet', () => {
    expect(mark('kent/governance-framework-2007', '5.2', 'one representative for each main opposition party').status).toBe('recommended');
  });
  it('Kent 2009 review 3.2: the Change for Children plan "resourced by all partners of the KCT" is proposed', () => {
    expect(mark('kent/commissioning-review-2009', '3.2', 'resourced by all partners of the KCT').status).toBe('proposed');
  });
  it('County Durham 9.5(e): a partner votes only where the decision affects it; the scope says so', () => {
    expect(mark('durham/governance-arrangements-2009', '9.5(e)', 'A partner votes if').scope).toBe(
      "if the decision to be made directly affects the partner's statutory duty, powers or finances or if the partner is to be responsible for implementation",
    );
  });
});

describe('statements of fact are not marked as duties', () => {
  // Each pins a clause whose words state what is, or what someone keeps, wants or may do, and require nothing.
  it.each([
    ['durham/governance-arrangements-2009', 'note-1', 'originally defined as relevant partners'],
    ['durham/governance-arrangements-2009', '3.3', 'does not affect the statutory responsibilities'],
    ['durham/governance-arrangements-2009', '8.1', 'will wish to retain their own scrutiny'],
    ['durham/governance-arrangements-2009', '9.4', 'they may refer the issue'],
    ['kent/partnership-agreement-2008', '5.3', 'retain their own existing lines of accountability'],
    ['kent/partnership-agreement-2008', '11.2', 'would normally postpone'],
    ['kent/partnership-agreement-2008', '15.1', 'Joint Area Reviews will inspect'],
    ['kent/cabinet-report-2010', '2.1', 'retains its statutory accountabilities'],
  ])('%s %s: "%s"', (document, clause, words) => {
    expect(unmarked(document, clause, words)).toEqual([]);
  });
});
