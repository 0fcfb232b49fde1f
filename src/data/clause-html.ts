/**
 * The text of a clause as HTML, for tools and briefings that show the words a rule rests on. Taken
 * from the document's MDX (the single source), with components reduced to their text.
 */
import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { clauseSource } from '~/lib/clauses';
import { getSite } from './site';

let processor: Promise<MarkdownRenderer> | undefined;

export async function clauseHtml(citation: { document: string; clause: string }): Promise<string> {
  const doc = (await getSite()).documents.find((d) => d.id === citation.document);
  const source = doc && clauseSource(doc.body ?? '', citation.clause);
  if (source === undefined) throw new Error(`No clause ${citation.clause} in ${citation.document}.`);
  return markdownHtml(source);
}

/**
 * Document source (a clause, or the words of a duty) as HTML: components reduced to their text, and
 * a heading made a bold line so that the page's own outline is kept.
 */
export async function markdownHtml(source: string, headings: 'bold' | 'keep' = 'bold'): Promise<string> {
  const stripped = source.replace(/<\/?[A-Z][A-Za-z]*\b[^>]*>/g, '');
  const markdown = headings === 'bold' ? stripped.replace(/^#{1,6}\s+(.*)$/gm, '**$1**') : stripped;
  processor ??= createMarkdownProcessor({ smartypants: false, syntaxHighlight: false });
  const { code } = await (await processor).render(markdown);
  return code;
}
