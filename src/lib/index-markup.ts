/**
 * Markup that only the search index reads, taken out of the pages once Pagefind has indexed them:
 * the `<span data-expansion>` round a later use of an acronym (src/plugins/rehype-abbreviations.ts)
 * and Pagefind's `data-pagefind-*` attributes (body, ignore, filter, meta, index-attrs). A reader
 * gets the same words and elements that carry something; the index already holds the rest. The
 * `title` of an `<abbr>` stays: it is the reader's expansion. Scripts and styles are left exactly
 * as they are (their hashes are in the page's security policy). Pure; src/plugins/search-index.ts
 * applies it.
 */

/** The attributes Pagefind reads at indexing and nothing reads after. */
const INDEX_ATTRIBUTES = /\s+data-pagefind-(?:body|ignore|filter|meta|index-attrs|weight|sort|default-meta)(?:="[^"]*")?(?=[\s/>])/g;
/** A later use of an acronym: its expansion is for the index only. */
const EXPANSION = /<span data-expansion="[^"]*"(?: data-pagefind-index-attrs="data-expansion")?>([^<]*)<\/span>/g;

/** The page without the markup only the index reads; scripts and styles untouched. */
export function stripIndexMarkup(html: string): string {
  return html
    .split(/(<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>)/i)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(EXPANSION, '$1').replace(/<[a-zA-Z][^<>]*>/g, (tag) => tag.replace(INDEX_ATTRIBUTES, ''))))
    .join('');
}
