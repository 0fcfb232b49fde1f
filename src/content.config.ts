/**
 * Every content collection and its schema, in one place. The schemas themselves live in
 * src/schemas/, one per concept; cross-entry references are resolved in src/data/site.ts.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { documentFields } from './schemas/document';
import { trustSchema } from './schemas/trust';
import { partnerSchema } from './schemas/partner';
import { bodySchema } from './schemas/body';
import { planSchema } from './schemas/plan';
import { ruleSchema } from './schemas/rule';
import { briefingSchema } from './schemas/briefing';
import { sourceSchema } from './schemas/source';
import { reviewSchema } from './schemas/review';
import { glossaryLoader } from './data/glossary-loader';

const yaml = (dir: string) => glob({ pattern: '**/[^_]*.yaml', base: `./content/${dir}` });

export const collections = {
  docs: defineCollection({
    loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: './content/docs' }),
    schema: docsSchema({ extend: documentFields }),
  }),
  trusts: defineCollection({ loader: yaml('trusts'), schema: trustSchema }),
  partners: defineCollection({ loader: yaml('partners'), schema: partnerSchema }),
  bodies: defineCollection({ loader: yaml('bodies'), schema: bodySchema }),
  plans: defineCollection({ loader: yaml('plans'), schema: planSchema }),
  rules: defineCollection({ loader: yaml('rules'), schema: ruleSchema }),
  glossary: defineCollection({ loader: glossaryLoader() }),
  /** Furniture declarations beside the source texts (content/sources/<trust>/<name>.yaml). */
  sources: defineCollection({ loader: yaml('sources'), schema: sourceSchema }),
  /** Clause-by-clause reviews of the documents (content/reviews/<trust>/<document>.yaml). */
  reviews: defineCollection({ loader: yaml('reviews'), schema: reviewSchema }),
  briefings: defineCollection({ loader: glob({ pattern: '**/[^_]*.mdx', base: './content/briefings' }), schema: briefingSchema }),
  // Starlight reads its interface strings' overrides from an `i18n` collection on every build, and
  // Astro warns when that collection is missing or empty (an empty folder warns too). The site keeps
  // Starlight's English wording, so the collection is one English entry that overrides nothing.
  i18n: defineCollection({ loader: () => [{ id: 'en' }], schema: i18nSchema() }),
};
