/**
 * <gov-search>: runs Pagefind for the search page. It reads and writes the state in the address
 * (src/lib/search-state.ts decides what is allowed) and renders results with DOM text nodes only.
 *
 * Search starts at once: this script's modules are preloaded by the page itself (written in after
 * the index is built, src/plugins/search-index.ts), and the search worker, where Pagefind's script
 * loads and runs (search-worker.ts), starts loading the index as soon as the address asks for a
 * search or the reader reaches for the form (a press or focus anywhere in it), so a reader who
 * opens the page and leaves downloads none of Pagefind (its script and wasm are about 75 KB);
 * typing in the search field loads the index chunks for the words before the search is asked for.
 * Results are shown in order: the first as soon as its data arrives, then the rest of the page of
 * results together (results.ts, `dataInOrder`). The next page of results is fetched when the reader
 * asks for it ("Show more"), not before.
 */
import {
  FILTERS,
  isEmpty,
  parseSearchParams,
  searchesDuties,
  toSearchParams,
  type Allowed,
  type FilterName,
  type SearchState,
  PAGE_RECORD,
  RESULTS_PAGE_SIZE,
} from '../../lib/search-state';
import { dataInOrder, loadPagefind, resultItem, type Filters, type Pagefind, type PagefindResult, type PagefindResultData } from './results';

class GovSearch extends HTMLElement {
  #run = 0;
  /** Results of the last search not yet shown, each with its data once asked for. */
  #pending: { result: PagefindResult; data?: Promise<PagefindResultData> }[] = [];
  #typing = 0;
  /** " for “words”" of the search shown, for the status after "Show more". */
  #words = '';

  #load(): Promise<Pagefind> {
    return loadPagefind(this.dataset.pagefindTag);
  }

  connectedCallback() {
    const form = this.querySelector('form')!;
    const { state, notices } = parseSearchParams(new URL(location.href).searchParams, this.#allowed());
    this.#showNotices(notices);
    this.#write(state);
    // What the address held and the page could not use is dropped from the address too.
    if (notices.length > 0) {
      const query = toSearchParams(state).toString();
      history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
    }
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#update();
    });
    form.addEventListener('change', (event) => {
      if ((event.target as HTMLInputElement).type === 'checkbox') this.#update();
    });
    this.querySelector<HTMLButtonElement>('[data-more]')!.addEventListener('click', () => void this.#more());
    // While the reader types, the index chunks for the words load, so the search is ready when asked.
    this.querySelector<HTMLInputElement>('input[name="q"]')!.addEventListener('input', (event) => {
      clearTimeout(this.#typing);
      const words = (event.target as HTMLInputElement).value.trim();
      if (words) this.#typing = window.setTimeout(() => void this.#load().then((pf) => pf.preload(words, { filters: this.#filters(this.#read()) })), 150);
    });
    window.addEventListener('popstate', () => {
      const parsed = parseSearchParams(new URL(location.href).searchParams, this.#allowed());
      this.#write(parsed.state);
      void this.#search(parsed.state);
    });
    const start = () => void this.#load();
    form.addEventListener('pointerdown', start, { once: true });
    form.addEventListener('focusin', start, { once: true });
    void this.#search(state);
  }

  #values(name: FilterName, selector = '') {
    return [...this.querySelectorAll<HTMLInputElement>(`input[name="${name}"]${selector}`)].map((input) => input.value);
  }

  #allowed(): Allowed {
    return Object.fromEntries(FILTERS.map((f) => [f, this.#values(f)])) as unknown as Allowed;
  }

  #read(): SearchState {
    const q = this.querySelector<HTMLInputElement>('input[name="q"]')!.value.trim();
    return { q, ...(Object.fromEntries(FILTERS.map((f) => [f, this.#values(f, ':checked')])) as Record<FilterName, string[]>) };
  }

  #write(state: SearchState) {
    this.querySelector<HTMLInputElement>('input[name="q"]')!.value = state.q;
    for (const input of this.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      input.checked = (state[input.name as FilterName] ?? []).includes(input.value);
    }
    this.#countChosen(state);
  }

  /** The topic and partner lists are long and stay folded; their summaries name what is chosen. */
  #countChosen(state: SearchState) {
    for (const details of this.querySelectorAll<HTMLDetailsElement>('[data-filter-disclosure]')) {
      const name = details.dataset.filterDisclosure as FilterName;
      const chosen = this.#labels(name, state[name]);
      details.querySelector('[data-chosen-count]')!.textContent = chosen.length > 0 ? `: ${chosen.join(', ')}` : '';
    }
  }

  #update() {
    const state = this.#read();
    this.#countChosen(state);
    const query = toSearchParams(state).toString();
    history.pushState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
    this.#showNotices([]);
    void this.#search(state);
  }

  #showNotices(notices: string[]) {
    const box = this.querySelector<HTMLElement>('[data-notices]')!;
    box.replaceChildren(
      ...notices.map((text) => {
        const p = document.createElement('p');
        p.textContent = text;
        return p;
      }),
    );
    box.hidden = notices.length === 0;
  }

  #labels(name: string, values: string[]) {
    return values.map((v) => this.querySelector<HTMLInputElement>(`input[name="${name}"][value="${CSS.escape(v)}"]`)?.dataset.label ?? v);
  }

  #filters(state: SearchState): Filters {
    const filters: Filters = {};
    for (const f of FILTERS) if (state[f].length) filters[f] = { any: this.#labels(f, state[f]) };
    // Without a topic or partner, search pages only, so a passage does not show twice.
    if (!searchesDuties(state)) filters.record = { any: [PAGE_RECORD] };
    return filters;
  }

  async #search(state: SearchState) {
    const run = ++this.#run;
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const list = this.querySelector<HTMLElement>('[data-results]')!;
    this.dataset.state = 'searching';
    this.#pending = [];
    this.querySelector<HTMLButtonElement>('[data-more]')!.hidden = true;
    if (isEmpty(state)) {
      list.replaceChildren();
      status.textContent = 'Enter search words, or choose a trust, document type, topic or partner to browse.';
      this.dataset.state = 'idle';
      this.dataset.result = '0';
      return;
    }
    status.textContent = 'Searching…';
    let search: { results: PagefindResult[] };
    try {
      search = await (await this.#load()).search(state.q || null, { filters: this.#filters(state) });
    } catch (error) {
      if (run !== this.#run) return;
      status.textContent = `The search could not run: ${(error as Error).message}`;
      this.dataset.state = 'failed';
      return;
    }
    if (run !== this.#run) return;
    const total = search.results.length;
    const words = state.q ? ` for “${state.q}”` : '';
    this.#words = words;
    // The count is known before any result's data: say it now, once.
    status.textContent =
      total === 0
        ? `No results${words}.`
        : `${total} result${total === 1 ? '' : 's'}${words}${total > RESULTS_PAGE_SIZE ? `, showing the first ${RESULTS_PAGE_SIZE}` : ''}.`;
    this.dataset.result = String(total);
    this.#pending = search.results.map((result) => ({ result }));
    if (total === 0) list.replaceChildren();
    // The last results stay until the first new one can take their place.
    if (!(await this.#show(run, true))) return;
    this.#showMore();
    this.dataset.state = 'done';
  }

  /**
   * Shows the next page of results in order, each as soon as its data (and that of the ones before
   * it) has arrived. `replace`: the first result replaces the list. Returns the items shown, or
   * undefined when a newer search took over.
   */
  async #show(run: number, replace: boolean): Promise<HTMLLIElement[] | undefined> {
    const list = this.querySelector<HTMLElement>('[data-results]')!;
    const page = this.#pending.slice(0, RESULTS_PAGE_SIZE);
    this.#pending = this.#pending.slice(RESULTS_PAGE_SIZE);
    const data = dataInOrder(page);
    const items: HTMLLIElement[] = [];
    for (const next of data) {
      const d = await next;
      if (run !== this.#run) return undefined;
      const item = this.#item(d);
      if (replace && items.length === 0) list.replaceChildren(item);
      else list.append(item);
      items.push(item);
    }
    return items;
  }

  async #more() {
    const run = this.#run;
    this.querySelector<HTMLButtonElement>('[data-more]')!.hidden = true;
    const items = await this.#show(run, false);
    if (!items) return;
    const shown = this.querySelector<HTMLElement>('[data-results]')!.children.length;
    this.querySelector<HTMLElement>('[data-status]')!.textContent = `Showing ${shown} of ${shown + this.#pending.length} results${this.#words}.`;
    this.#showMore();
    // Keyboard users continue from the first new result.
    items[0]?.querySelector<HTMLAnchorElement>('a')?.focus();
  }

  #showMore() {
    const button = this.querySelector<HTMLButtonElement>('[data-more]')!;
    button.hidden = this.#pending.length === 0;
    button.textContent = `Show ${Math.min(RESULTS_PAGE_SIZE, this.#pending.length)} more results`;
  }

  #item(d: PagefindResultData): HTMLLIElement {
    return resultItem(this.querySelector<HTMLTemplateElement>('template[data-result-template]')!, d);
  }
}

customElements.define('gov-search', GovSearch);
