/**
 * The text a reader sees in a built page's `<main>`, for the fidelity check: what the site shows of
 * a document, without the site's own controls inside it.
 */
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { select, selectAll } from 'hast-util-select';

export function mainText(html: string, where: string): string {
  const tree = fromHtml(html);
  const main = select('main', tree);
  if (!main) throw new Error(`${where}: no <main> in the built page`);
  // Site controls inside the document are not document text: heading anchor links ("Section titled ...").
  for (const control of selectAll('.sl-anchor-link', main)) control.children = [];
  return toText(main);
}
