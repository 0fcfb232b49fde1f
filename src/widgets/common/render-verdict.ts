/** Renders a verdict into the structure Verdict.astro produced, with text nodes only. */
import type { Verdict } from '../../lib/rules/verdict';
import { citationLabel, clauseHref } from '../../lib/clauses';

function list(ul: Element, items: readonly string[]): void {
  ul.replaceChildren(
    ...items.map((text) => {
      const li = document.createElement('li');
      li.textContent = text;
      return li;
    }),
  );
}

export function renderVerdict(root: Element, verdict: Verdict, names: Record<string, string>): void {
  root.querySelector('[data-headline]')!.textContent = verdict.headline;
  list(root.querySelector('[data-lines]')!, verdict.lines);
  root.querySelector('[data-quotes]')!.replaceChildren(
    ...verdict.quotes.map((quote) => {
      const block = document.createElement('blockquote');
      block.className = 'rule-quote';
      const words = document.createElement('p');
      words.textContent = quote.words;
      const footer = document.createElement('footer');
      const link = document.createElement('a');
      link.href = clauseHref(quote.citation);
      link.textContent = citationLabel(names, quote.citation);
      footer.append(link);
      block.append(words, footer);
      return block;
    }),
  );
  const others = root.querySelector<HTMLElement>('[data-others]')!;
  others.hidden = verdict.others.length === 0;
  list(others.querySelector('ul')!, verdict.others);
}
