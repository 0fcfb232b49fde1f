/**
 * What a widget's script adds to the page, copied from templates the page holds. Each template is
 * named by `data-template` and holds the elements to copy inside copies of the containers they go
 * into, where those containers are: the CSS inlined into the page then holds their rules
 * (src/lib/critical-css.ts counts a template's contents as standing where the template stands), and
 * a page whose widgets all work this way (`data-creates-from-templates` on their roots) loads no
 * full stylesheet (src/plugins/inline-css.ts). State the script changes is set in attributes
 * (`data-invalid`, `data-current`), which the inlined CSS keeps whatever their value.
 */

/** A copy of the first element matching `selector` in the template `name` within `scope`. */
export function copy<T extends Element = HTMLElement>(scope: ParentNode, name: string, selector: string): T {
  const found = scope.querySelector<HTMLTemplateElement>(`template[data-template="${name}"]`)?.content.querySelector(selector);
  if (!found) throw new Error(`The page has no template "${name}" holding ${selector}.`);
  return found.cloneNode(true) as T;
}

/** Fills `list` with one item per text (plain text, never markup), each a copy of the template's `item`. */
export function fillList(list: Element, texts: readonly string[], scope: ParentNode, name: string, item = 'li'): void {
  list.replaceChildren(...texts.map((text) => Object.assign(copy(scope, name, item), { textContent: text })));
}
