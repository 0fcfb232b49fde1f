// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import rehypeMermaid from 'rehype-mermaid';
import rehypeClauseHeadings from './src/plugins/rehype-clause-headings.ts';
import rehypeAbbreviations from './src/plugins/rehype-abbreviations.ts';
import rehypeTableRegions from './src/plugins/rehype-table-regions.ts';
import remarkDuties from './src/plugins/remark-duties.ts';
import { readGlossaryFiles } from './src/plugins/glossary-files.ts';
import { definingTrusts } from './src/lib/glossary.ts';
import { chromiumPath } from './src/plugins/chromium.ts';
import searchIndex from './src/plugins/search-index.ts';
import offline from './src/plugins/offline.ts';
import contentSecurityPolicy from './src/plugins/csp.ts';
import inlineCss from './src/plugins/inline-css.ts';
import lazyModules from './src/plugins/lazy-modules.ts';
import { relative } from 'node:path';
import { diagramError } from './src/lib/mermaid.ts';
import linkCheck from './src/plugins/link-check.ts';
import { onBundlerWarning } from './src/plugins/known-warnings.ts';

// Acronyms are expanded with <abbr>; terms that are not acronyms (kind: term) link to their entry.
const entries = readGlossaryFiles('./content/glossary').map(({ data }) => data);
const glossary = entries
  .filter((data) => (data.kind ?? 'acronym') === 'acronym')
  .map((data) => ({ term: String(data.term), expansion: data.expansion ? String(data.expansion) : null }));
const definedTerms = entries
  .filter((data) => data.kind === 'term')
  // Malformed definitions are left to the schema, which names the file and field.
  .map((data) => ({
    term: String(data.term),
    trusts: definingTrusts((Array.isArray(data.definitions) ? data.definitions : []).filter((d) => typeof d?.citation?.document === 'string')),
  }));

// The site's public address, for the sitemap and canonical links. Set SITE_URL when building for a
// real host; the default is a reserved documentation domain, never a live one.
const SITE = process.env.SITE_URL ?? 'https://childrens-trust-governance.example';

export default defineConfig({
  site: SITE,
  trailingSlash: 'always',
  // A clean build prints no warnings; the one that cannot be fixed here is filtered in known-warnings.ts.
  // The search page's worker imports Pagefind's script as a module (src/widgets/search/search-worker.ts).
  vite: { build: { rolldownOptions: { onwarn: onBundlerWarning } }, worker: { format: 'es' } },
  markdown: {
    processor: unified({
      // The documents are transcribed verbatim: straight quotes must stay straight.
      smartypants: false,
      remarkPlugins: [remarkDuties],
      rehypePlugins: [
        [
          rehypeMermaid,
          {
            strategy: 'inline-svg',
            launchOptions: { executablePath: chromiumPath() },
            // A diagram that does not parse fails the build, naming the file and the line of its block.
            /** @type {NonNullable<import('rehype-mermaid').RehypeMermaidOptions['errorFallback']>} */
            errorFallback: (element, _diagram, reason, file) => {
              throw new Error(diagramError(relative(process.cwd(), file.path), element.position?.start.line, reason));
            },
          },
        ],
        rehypeClauseHeadings,
        [rehypeAbbreviations, { terms: glossary, defined: definedTerms }],
        rehypeTableRegions,
      ],
    }),
  },
  integrations: [
    starlight({
      title: "Children's Trust Governance",
      description:
        "The governance frameworks and partnership agreements of UK children's trusts, verbatim and clause by clause.",
      favicon: '/favicon.svg',
      // The site's own src/pages/404.astro: Starlight's warns on every build that the docs collection has no 404 entry.
      disable404Route: true,
      pagination: false,
      // The search index is built by src/plugins/search-index.ts, which adds one record per duty.
      pagefind: false,
      lastUpdated: false,
      tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
      markdown: { processedDirs: ['./content/docs'] },
      // Navigation is built per page by src/components/Sidebar.astro and never lists documents.
      sidebar: [{ label: 'Home', link: '/' }],
      components: {
        PageTitle: './src/components/overrides/PageTitle.astro',
        Sidebar: './src/components/overrides/Sidebar.astro',
        Search: './src/components/overrides/HeaderSearch.astro',
        TwoColumnContent: './src/components/overrides/TwoColumnContent.astro',
        Footer: './src/components/overrides/Footer.astro',
        // "On this page" as Starlight's, finding the section being read from its own headings alone.
        TableOfContents: './src/components/overrides/TableOfContents.astro',
        MobileTableOfContents: './src/components/overrides/MobileTableOfContents.astro',
      },
      // print.css comes last: on paper it overrides the screen styles and either theme.
      customCss: ['./src/styles/base.css', './src/styles/site.css', './src/styles/figures.css', './src/styles/print.css'],
    }),
    // Listed after Starlight so that MDX's optimiser keeps the <style> of inline Mermaid SVGs.
    mdx({ optimize: false }),
    // Before the search index: a broken internal link or #fragment fails the build first.
    linkCheck(),
    // The modules pages load on demand, built and named in the pages that load them.
    lazyModules(),
    // Each page's CSS written into it; before the security policy, which hashes the <style>.
    inlineCss(),
    // Before the search index, so that Pagefind reads the pages as they will be served.
    contentSecurityPolicy(),
    searchIndex(),
    // After the search index, so that the offline cache can include it.
    offline(),
  ],
});
