/** Renders a verdict into the structure Verdict.astro produced, with text nodes only. */
import type { Verdict } from '../../lib/rules/verdict';
import { citationLabel, clauseHref } from '../../lib/clauses';

const element = (tag: string, className: string, text?: string): HTMLElement => {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
};

function list(ul: Element, items: readonly string[]): void {
  ul.replaceChildren(...items.map((text) => element('li', '', text)));
}

export function renderVerdict(root: Element, verdict: Verdict, names: Record<string, string>): void {
  root.querySelector('[data-headline]')!.textContent = verdict.headline;
  const answers = root.querySelector<HTMLElement>('[data-answers]')!;
  answers.hidden = verdict.answers.length === 0;
  answers.replaceChildren(
    ...verdict.answers.map((answer) => {
      const li = element('li', 'verdict-answer');
      li.dataset.answer = answer.reading ?? 'adopted';
      li.dataset.answerResult = answer.result;
      li.setAttribute('data-card-line', '');
      li.append(element('span', 'verdict-answer-label', `${answer.label}:`), ' ', element('span', 'verdict-answer-headline', answer.headline));
      return li;
    }),
  );
  list(root.querySelector('[data-lines]')!, verdict.lines);
  root.querySelector('[data-quotes]')!.replaceChildren(
    ...verdict.quotes.map((quote) => {
      const block = element('blockquote', 'rule-quote');
      const footer = element('footer', '');
      const link = document.createElement('a');
      link.href = clauseHref(quote.citation);
      link.textContent = citationLabel(names, quote.citation);
      footer.append(link);
      block.append(element('p', '', quote.words));
      if (quote.items && quote.items.length > 0) {
        const ul = element('ul', 'quote-items');
        list(ul, quote.items);
        block.append(ul);
      }
      block.append(footer);
      return block;
    }),
  );
}
