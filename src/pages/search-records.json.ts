/**
 * The duty records for the search index (see src/plugins/search-index.ts, which reads this file
 * after the build and then removes it).
 */
import type { APIRoute } from 'astro';
import { documentNames, getSite } from '~/data/site';
import { partnerInfos } from '~/data/partners';
import { termPattern } from '~/lib/glossary';
import { dutySearchRecords } from '~/lib/partners';
import { documentTypeLabels } from '~/schemas/document';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const terms = site.glossary.filter((g) => g.data.kind === 'acronym').map((g) => ({ term: g.data.term, expansion: g.data.expansion ?? null }));
  const pattern = termPattern(terms);
  const expansion = new Map(terms.map((t) => [t.term, t.expansion]));
  const records = dutySearchRecords(site.duties, {
    partners: await partnerInfos(),
    trustNames: Object.fromEntries(site.trusts.map((t) => [t.data.id, t.data.name])),
    documentTypes: Object.fromEntries(site.documents.map((d) => [d.id, documentTypeLabels[d.data.documentType]])),
    documentNames: await documentNames(),
    bodyNames: Object.fromEntries(site.bodies.map((b) => [b.data.id, b.data.name])),
    expansions: (text) =>
      pattern
        ? [...new Set([...text.matchAll(pattern)].map((m) => m[1]!))].flatMap((term) => {
            const words = expansion.get(term);
            return words ? [[term, words] as [string, string]] : [];
          })
        : [],
  });
  return new Response(JSON.stringify(records), { headers: { 'Content-Type': 'application/json' } });
};
