/**
 * Results as the reader types in the header's search field, on the page being read, as Starlight's
 * own search dialog gives them: the first RESULTS_PAGE_SIZE of what the search page would show for
 * the same words (pages only, in the same order), and a link to the search page for the rest and
 * the filters. Submitting the form still opens the search page.
 *
 * This module loads when the field (or its button) first takes focus (HeaderSearch.astro). With
 * `warm`, it starts Pagefind at once, on the page's thread, with the files the page asked for at
 * that moment, so that its index is on the way while the reader types; otherwise (Save-Data on)
 * Pagefind waits for the first word. Its work happens only while the reader searches, never as the
 * page loads. Results are cloned from a template in the page, so the page's inlined CSS styles
 * them. Escape, or moving focus out of the search, closes the results.
 */
import { liveSummary, MAX_QUERY_LENGTH, PAGE_RECORD, RESULTS_PAGE_SIZE } from '../../lib/search-state';
import { dataInOrder, loadPagefind, resultItem } from '../../widgets/search/results';

/** Between keystrokes, wait this long before searching, as a person types. */
const PAUSE_MS = 80;

export function start(form: HTMLFormElement, { warm }: { warm: boolean }): void {
  if (form.dataset.liveStarted !== undefined) return;
  form.dataset.liveStarted = '';
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = form.querySelector<HTMLElement>('[data-live-status]')!;
  const panel = form.querySelector<HTMLElement>('[data-live-results]')!;
  const count = panel.querySelector<HTMLElement>('[data-live-count]')!;
  const list = panel.querySelector<HTMLElement>('ol')!;
  const all = panel.querySelector<HTMLAnchorElement>('[data-live-all]')!;
  const template = form.querySelector<HTMLTemplateElement>('template[data-live-result-template]')!;
  const tag = form.dataset.pagefindTag;
  const pagefind = () => loadPagefind(tag, { mainThread: true });
  if (warm) void pagefind();

  let run = 0;
  let timer = 0;
  /** The words in the field as last read: only their results mark the search done. */
  let wanted = '';

  const close = () => {
    run++;
    panel.hidden = true;
    input.removeAttribute('aria-describedby');
  };

  const search = async (q: string) => {
    const mine = ++run;
    const found = await (await pagefind()).search(q, { filters: { record: { any: [PAGE_RECORD] } } });
    if (mine !== run) return;
    const summary = liveSummary(q, found.results.length);
    status.textContent = summary.status;
    count.textContent = summary.status;
    all.href = summary.href;
    all.textContent = summary.link;
    panel.hidden = false;
    input.setAttribute('aria-describedby', status.id);
    if (found.results.length === 0) list.replaceChildren();
    const shown: HTMLLIElement[] = [];
    for (const next of dataInOrder(found.results.slice(0, RESULTS_PAGE_SIZE).map((result) => ({ result })))) {
      const data = await next;
      if (mine !== run) return;
      const item = resultItem(template, data);
      // The last results stay until the first new one can take their place.
      if (shown.length === 0) list.replaceChildren(item);
      else list.append(item);
      shown.push(item);
    }
    // Results for words the reader has since typed past stay shown, but the search is not done.
    if (q === wanted) form.dataset.liveState = 'done';
  };

  const update = () => {
    clearTimeout(timer);
    const q = input.value.trim().slice(0, MAX_QUERY_LENGTH);
    wanted = q;
    form.dataset.liveState = 'searching';
    if (!q) {
      close();
      status.textContent = '';
      delete form.dataset.liveState;
      return;
    }
    timer = window.setTimeout(() => void search(q), PAUSE_MS);
  };

  input.addEventListener('input', update);
  // Escape closes the results and keeps the reader in the field.
  form.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || panel.hidden) return;
    event.preventDefault();
    close();
    input.focus();
  });
  // A press on the results (a browser that does not focus links on click) is not leaving them.
  let pressed = false;
  panel.addEventListener('pointerdown', () => (pressed = true));
  form.addEventListener('focusout', (event) => {
    if (pressed) pressed = false;
    else if (!form.contains(event.relatedTarget as Node | null)) close();
  });
  // Back in the field with words in it: show their results again.
  input.addEventListener('focus', () => {
    if (input.value.trim() && panel.hidden) update();
  });
  // Typed before this module arrived: search for it now.
  if (input.value.trim()) update();
}
