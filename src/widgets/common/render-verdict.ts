/**
 * Renders a verdict into the structure Verdict.astro produced, with text nodes only; each answer,
 * reason and quote is a copy from Verdict.astro's template (./templates.ts).
 */
import type { Verdict } from '../../lib/rules/verdict';
import { citationLabel, clauseHref } from '../../lib/clauses';
import { copy, fillList } from './templates';

const TEMPLATE = 'verdict';

export function renderVerdict(root: Element, verdict: Verdict, names: Record<string, string>): void {
  root.querySelector('[data-headline]')!.textContent = verdict.headline;
  const answers = root.querySelector<HTMLElement>('[data-answers]')!;
  answers.hidden = verdict.answers.length === 0;
  answers.replaceChildren(
    ...verdict.answers.map((answer) => {
      const li = copy(root, TEMPLATE, '.verdict-answer');
      li.dataset.answer = answer.reading ?? 'adopted';
      li.dataset.answerResult = answer.result;
      li.querySelector('.verdict-answer-label')!.textContent = `${answer.label}:`;
      li.querySelector('.verdict-answer-headline')!.textContent = answer.headline;
      return li;
    }),
  );
  fillList(root.querySelector('[data-lines]')!, verdict.lines, root, TEMPLATE, '.verdict-lines li');
  root.querySelector('[data-quotes]')!.replaceChildren(
    ...verdict.quotes.map((quote) => {
      const block = copy(root, TEMPLATE, '.rule-quote');
      block.querySelector('p')!.textContent = quote.words;
      const items = block.querySelector('.quote-items')!;
      if (quote.items && quote.items.length > 0) fillList(items, quote.items, root, TEMPLATE, '.quote-items li');
      else items.remove();
      const link = block.querySelector('footer a')!;
      link.setAttribute('href', clauseHref(quote.citation));
      link.textContent = citationLabel(names, quote.citation);
      return block;
    }),
  );
}
