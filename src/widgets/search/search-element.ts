/**
 * <gov-search>: runs Pagefind for the search page. It reads and writes the state in the address
 * (src/lib/search-state.ts decides what is allowed), renders results with DOM text nodes only, and
 * loads Pagefind's own script only when the page is opened.
 */
import {
  clauseLabel,
  FILTERS,
  isEmpty,
  nearestTarget,
  parseSearchParams,
  searchesDuties,
  toSearchParams,
  type Allowed,
  type Anchor,
  type FilterName,
  type SearchState,
  DUTY_RECORD,
  PAGE_RECORD,
} from '../../lib/search-state';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors?: Anchor[];
  locations?: number[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string | null, o: { filters: Record<string, { any: string[] }> }): Promise<{ results: PagefindResult[] }>;
}
interface PagefindResult {
  data(): Promise<PagefindResultData>;
}

const PAGE_SIZE = 20;

/** Pagefind excerpts mark matches with <mark>; rebuild them as text nodes and <mark> elements. */
function excerptNodes(excerpt: string): Node[] {
  const decode = (s: string) => {
    const el = document.createElement('textarea');
    el.innerHTML = s; // a <textarea> never parses markup: this only decodes entities.
    return el.value;
  };
  return excerpt.split(/(<mark>[^<]*<\/mark>)/).map((part) => {
    const inner = /^<mark>([^<]*)<\/mark>$/.exec(part);
    if (!inner) return document.createTextNode(decode(part.replace(/<[^>]*>/g, '')));
    const mark = document.createElement('mark');
    mark.textContent = decode(inner[1] ?? '');
    return mark;
  });
}

class GovSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
  #run = 0;
  /** Results of the last search not yet shown, and the button that shows the next page of them. */
  #pending: PagefindResult[] = [];

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
    window.addEventListener('popstate', () => {
      const parsed = parseSearchParams(new URL(location.href).searchParams, this.#allowed());
      this.#write(parsed.state);
      void this.#search(parsed.state);
    });
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
    this.#pagefind ??= import(/* @vite-ignore */ `${'/pagefind/pagefind.js'}`).then(async (pf: Pagefind) => {
      await pf.options({ excerptLength: 24 });
      return pf;
    });
    const pagefind = await this.#pagefind;
    const filters: Record<string, { any: string[] }> = {};
    for (const f of FILTERS) if (state[f].length) filters[f] = { any: this.#labels(f, state[f]) };
    // Without a topic or partner, search pages only, so a passage does not show twice.
    if (!searchesDuties(state)) filters.record = { any: [PAGE_RECORD] };
    const search = await pagefind.search(state.q || null, { filters });
    const data = await Promise.all(search.results.slice(0, PAGE_SIZE).map((r) => r.data()));
    if (run !== this.#run) return;
    list.replaceChildren(...data.map((d) => this.#item(d)));
    this.#pending = search.results.slice(PAGE_SIZE);
    const total = search.results.length;
    const words = state.q ? ` for “${state.q}”` : '';
    status.textContent =
      total === 0
        ? `No results${words}.`
        : `${total} result${total === 1 ? '' : 's'}${words}${total > PAGE_SIZE ? `, showing the first ${PAGE_SIZE}` : ''}.`;
    this.#showMore();
    this.dataset.state = 'done';
    this.dataset.result = String(total);
  }

  async #more() {
    const run = this.#run;
    const next = this.#pending.slice(0, PAGE_SIZE);
    const data = await Promise.all(next.map((r) => r.data()));
    if (run !== this.#run) return;
    const list = this.querySelector<HTMLElement>('[data-results]')!;
    const items = data.map((d) => this.#item(d));
    list.append(...items);
    this.#pending = this.#pending.slice(PAGE_SIZE);
    const shown = list.children.length;
    this.querySelector<HTMLElement>('[data-status]')!.textContent = `Showing ${shown} of ${shown + this.#pending.length} results.`;
    this.#showMore();
    // Keyboard users continue from the first new result.
    items[0]?.querySelector<HTMLAnchorElement>('a')?.focus();
  }

  #showMore() {
    const button = this.querySelector<HTMLButtonElement>('[data-more]')!;
    button.hidden = this.#pending.length === 0;
    button.textContent = `Show ${Math.min(PAGE_SIZE, this.#pending.length)} more results`;
  }

  #item(d: PagefindResultData): HTMLLIElement {
    const li = document.createElement('li');
    // A duty record already points at its clause; a page points at the clause nearest the match.
    const target = d.meta.anchor
      ? { id: d.meta.anchor, label: clauseLabel(d.meta.anchor) }
      : nearestTarget(d.anchors ?? [], d.locations ?? []);
    const heading = document.createElement('h2');
    heading.className = 'result-title';
    const link = document.createElement('a');
    link.href = target ? `${d.url.replace(/#.*$/, '')}#${target.id}` : d.url;
    link.textContent = d.meta.title ?? d.url;
    heading.append(link);
    li.append(heading);
    if (d.filters.record?.includes(DUTY_RECORD)) li.dataset.duty = '';
    const meta = document.createElement('p');
    meta.className = 'result-meta';
    meta.textContent = [d.meta.bearers ?? target?.label, ...(d.filters.trust ?? []), ...(d.filters.type ?? [])].filter(Boolean).join(' · ');
    li.append(meta);
    const excerpt = document.createElement('p');
    excerpt.append(...excerptNodes(d.excerpt));
    li.append(excerpt);
    return li;
  }
}

customElements.define('gov-search', GovSearch);
