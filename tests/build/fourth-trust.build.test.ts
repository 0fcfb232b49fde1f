/**
 * The content-driven checks hold for any content: a copy of the project gets a fourth trust
 * (tests/fixtures/fourth-trust/: a short terms of reference of our own words, with numbered
 * clauses, a running footer declared as furniture, a duty, two bodies and a "no rule" record),
 * is built, and then every check that reads the content collections runs over the whole copy:
 * fidelity, links, structure diagrams, the comparison, partner pages and search records. Each
 * check is written over whatever trusts and documents the copy has, so it also covers the fourth.
 */
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { brokenLinks } from '../../src/plugins/link-check';
import { warningLines } from '../../src/lib/build-log';
import { checkSources, sourceDocuments } from '../../src/scripts/sources';
import { documentTypeLabels, documentTypes } from '../../src/schemas/document';
import { checkReviews } from '../../src/scripts/reviews';
import { provenanceHref } from '../../src/lib/reviews';
import { build, makeCopy, ROOT, type BuildResult, type Copy } from './copy';

const FIXTURE = join(ROOT, 'tests/fixtures/fourth-trust');
/** The fixture's trust, read from the fixture itself. */
const NEW_TRUST = parse(readFileSync(join(FIXTURE, 'content/trusts/testshire.yaml'), 'utf8')) as { id: string; name: string; area: string };

let copy: Copy;
let result: BuildResult;
const dist = () => join(copy.dir, 'dist');
const page = (path: string) => readFileSync(join(dist(), path, 'index.html'), 'utf8');
/** The YAML entries of a content collection of the copy. */
function entries<T>(collection: string): T[] {
  const dir = join(copy.dir, 'content', collection);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml') && !f.split('/').pop()!.startsWith('_'))
    .map((f) => parse(readFileSync(join(dir, f), 'utf8')) as T);
}
/** Every record of the built search index: its address and its filters. */
function searchRecords(): { url: string; filters: Record<string, string[]> }[] {
  const dir = join(dist(), 'pagefind/fragment');
  return readdirSync(dir).map((f) => {
    const text = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; filters: Record<string, string[]> };
  });
}
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

beforeAll(async () => {
  copy = makeCopy();
  cpSync(join(FIXTURE, 'content'), join(copy.dir, 'content'), { recursive: true });
  // What an editor does for a partner the new trust's documents name: list the trust on it.
  copy.patch('content/partners/every-partner.yaml', 'trusts: [', `trusts: [${NEW_TRUST.id}, `);
  result = await build(copy);
}, 600_000);
afterAll(() => copy?.remove());

describe(`a fourth trust (${NEW_TRUST.id}) builds and passes every content-driven check`, () => {
  it('builds, and prints no warning', () => {
    expect(result.code, result.output.slice(-3000)).toBe(0);
    expect(warningLines(result.output)).toEqual([]);
  });

  it('fidelity: every sentence of every source is on its pages, furniture as declared', () => {
    const checks = checkSources(copy.dir, dist());
    expect(checks.map((c) => c.source).sort()).toEqual([...new Set(sourceDocuments(copy.dir).map((d) => d.sourceFile))].sort());
    for (const check of checks) {
      expect(check.problems, check.source).toEqual([]);
      expect(check.sentences, check.source).toBeGreaterThan(0);
      expect(check.missing, check.source).toEqual([]);
    }
    const added = checks.find((c) => c.documents.some((d) => d.id.startsWith(`${NEW_TRUST.id}/`)));
    expect(added?.dropped.map((d) => d.why)).toEqual(['running footer with a page number', 'running footer with a page number']);
  });

  it('links: no internal link of the copy is broken', async () => {
    expect(await brokenLinks(dist())).toEqual([]);
  });

  it('structure: every trust page draws each of its bodies and each line the bodies data records', () => {
    type Body = { id: string; trust: string; lines?: { to: string; kind: string }[] };
    const bodies = entries<Body>('bodies');
    const trusts = entries<{ id: string }>('trusts');
    expect(trusts.map((t) => t.id)).toContain(NEW_TRUST.id);
    for (const trust of trusts) {
      const html = page(trust.id);
      const own = bodies.filter((b) => b.trust === trust.id);
      expect(own.length, trust.id).toBeGreaterThan(0);
      expect(html, trust.id).toContain(`data-bodies="${own.length}"`);
      for (const body of own) {
        expect(html, body.id).toContain(`data-body="${body.id}"`);
        for (const line of body.lines ?? []) expect(html, body.id).toContain(`data-line="${body.id} ${line.kind} ${line.to}"`);
      }
    }
  });

  it('comparison: a column for every trust, and the new trust\'s quorum "not stated" with the words it quotes', () => {
    const html = page('compare');
    for (const trust of entries<{ name: string }>('trusts')) expect(html).toContain(`<th scope="col">${escapeHtml(trust.name)}</th>`);
    const rule = entries<{ trust: string; kind: string; nearest?: { words: string }[] }>('rules').find((r) => r.trust === NEW_TRUST.id && r.kind === 'quorum');
    expect(rule?.nearest?.[0]?.words).toBeTruthy();
    expect(html).toContain(escapeHtml(rule!.nearest![0]!.words));
  });

  it('partner pages: every partner a duty names lists it, linked to its clause, under its trust', () => {
    const documents = sourceDocuments(copy.dir).filter((d) => d.id.startsWith(`${NEW_TRUST.id}/`));
    expect(documents.length).toBeGreaterThan(0);
    let marks = 0;
    for (const doc of documents) {
      const mdx = readFileSync(join(copy.dir, doc.file), 'utf8');
      // Each <Duty> and the clause it sits in (the fixture keeps every mark inside a <Clause n>).
      for (const m of mdx.matchAll(/<Clause n="([^"]+)">\s*<Duty partners="([^"]+)"/g)) {
        marks++;
        for (const partner of m[2]!.split(/\s+/)) {
          const html = page(`partners/${partner}`);
          expect(html, partner).toContain(`href="/${doc.id}/#${m[1]}"`);
          expect(html, partner).toContain(escapeHtml(NEW_TRUST.name));
        }
      }
    }
    expect(marks).toBeGreaterThan(0);
  });

  it('search records: the new trust\'s pages and duties are indexed with its trust filter', () => {
    const records = searchRecords();
    const own = records.filter((r) => r.filters.trust?.includes(NEW_TRUST.name));
    const documents = sourceDocuments(copy.dir).filter((d) => d.id.startsWith(`${NEW_TRUST.id}/`));
    for (const doc of documents) expect(own.map((r) => r.url), doc.id).toContain(`/${doc.id}/`);
    expect(own.filter((r) => r.filters.record?.includes('Duty')).length).toBeGreaterThan(0);
  });

  /** The new trust's documents, with the type and year their frontmatter gives. */
  const ownDocuments = () =>
    sourceDocuments(copy.dir)
      .filter((d) => d.id.startsWith(`${NEW_TRUST.id}/`))
      .map((d) => {
        const frontmatter = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(copy.dir, d.file), 'utf8'))![1]!) as { title: string; documentType: string; issued: string | Date };
        return { ...d, title: frontmatter.title, type: frontmatter.documentType as (typeof documentTypes)[number], year: new Date(frontmatter.issued).getUTCFullYear() };
      });

  it('home page: the new trust is listed with its documents', () => {
    const html = page('');
    expect(html).toContain(`data-trust="${NEW_TRUST.id}"`);
    expect(html).toContain(`<a href="/${NEW_TRUST.id}/">${escapeHtml(NEW_TRUST.name)}</a>`);
    const docs = ownDocuments();
    expect(docs.length).toBeGreaterThan(0);
    for (const doc of docs) expect(html, doc.id).toContain(`<a href="/${doc.id}/">${escapeHtml(doc.title)}</a>`);
    for (const trust of entries<{ id: string }>('trusts')) expect(html, trust.id).toContain(`data-trust="${trust.id}"`);
  });

  it('document type: a terms of reference is typed so on its page, in its citations, in the search filter and in the comparison', () => {
    const [doc] = ownDocuments().filter((d) => d.type === 'terms-of-reference');
    expect(doc, 'the fixture is a terms of reference').toBeDefined();
    const label = documentTypeLabels['terms-of-reference'];
    expect(label).toBe('Terms of reference');
    expect(searchRecords().find((r) => r.url === `/${doc!.id}/`)?.filters.type).toEqual([label]);
    // Citations name a document by its trust's area, its type and its year.
    const name = `${NEW_TRUST.area} ${label.toLowerCase()} (${doc!.year})`;
    const compare = page('compare');
    expect(compare).toContain(`${escapeHtml(name)}, `);
    expect(/<p data-compared>([^<]*)<\/p>/.exec(compare)?.[1]).toContain(escapeHtml(`the ${name}`));
    expect(page('search')).toContain(`value="terms-of-reference" data-label="${label}"`);
  });

  it('reviews: a document not yet reviewed is published and says so; every document has a provenance page listing its clauses', () => {
    const checks = checkReviews(copy.dir, sourceDocuments(copy.dir));
    const added = checks.filter((c) => c.document.startsWith(`${NEW_TRUST.id}/`));
    expect(added.length).toBeGreaterThan(0);
    for (const check of checks) {
      expect(check.problems, check.document).toEqual([]);
      const html = page(check.document);
      expect(html, check.document).toContain(`href="${provenanceHref(check.document)}"`);
      const provenance = page(provenanceHref(check.document).slice(1, -1));
      expect(provenance, check.document).toContain(`data-clauses="${check.coverage.total}" data-reviewed="${check.coverage.reviewed}"`);
      if (!check.coverage.complete) {
        expect(html, check.document).toContain('data-review-status="under-way"');
        expect(html, check.document).toContain(`Review under way: ${check.coverage.reviewed} of ${check.coverage.total} clauses reviewed`);
      }
    }
    // The fixture brings no review: its documents are under way, every clause listed as not yet reviewed.
    for (const check of added) {
      expect(check.exists).toBe(false);
      expect(check.coverage.unreviewed.length).toBe(check.coverage.total);
    }
  });
});
