/**
 * <gov-search>: runs Pagefind for the search page. It reads and writes the state in the address
 * (src/lib/search-state.ts decides what is allowed), renders results with DOM text nodes only, and
 * loads Pagefind's own script only when the page is opened.
 */
import { nearestTarget, parseSearchParams, toSearchParams, type Anchor, type SearchState } from '../../lib/search-state';

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
  search(q: string | null, o: { filters: Record<string, { any: string[] }> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
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

  connectedCallback() {
    const form = this.querySelector('form')!;
    const { state, notices } = parseSearchParams(new URL(location.href).searchParams, this.#allowed());
    this.#showNotices(notices);
    this.#write(state);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#update();
    });
    form.addEventListener('change', (event) => {
      if ((event.target as HTMLInputElement).type === 'checkbox') this.#update();
    });
    window.addEventListener('popstate', () => {
      const parsed = parseSearchParams(new URL(location.href).searchParams, this.#allowed());
      this.#write(parsed.state);
      void this.#search(parsed.state);
    });
    void this.#search(state);
  }

  #allowed() {
    const values = (name: string) =>
      [...this.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)].map((input) => input.value);
    return { trust: values('trust'), type: values('type') };
  }

  #read(): SearchState {
    const checked = (name: string) =>
      [...this.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((input) => input.value);
    const q = this.querySelector<HTMLInputElement>('input[name="q"]')!.value.trim();
    return { q, trust: checked('trust'), type: checked('type') };
  }

  #write(state: SearchState) {
    this.querySelector<HTMLInputElement>('input[name="q"]')!.value = state.q;
    for (const input of this.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      input.checked = (state[input.name as 'trust' | 'type'] ?? []).includes(input.value);
    }
  }

  #update() {
    const state = this.#read();
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
    if (!state.q && state.trust.length === 0 && state.type.length === 0) {
      list.replaceChildren();
      status.textContent = 'Enter search words, or choose a trust or document type to browse.';
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
    if (state.trust.length) filters.trust = { any: this.#labels('trust', state.trust) };
    if (state.type.length) filters.type = { any: this.#labels('type', state.type) };
    const search = await pagefind.search(state.q || null, { filters });
    const data = await Promise.all(search.results.slice(0, PAGE_SIZE).map((r) => r.data()));
    if (run !== this.#run) return;
    list.replaceChildren(...data.map((d) => this.#item(d)));
    const total = search.results.length;
    const words = state.q ? ` for “${state.q}”` : '';
    status.textContent =
      total === 0
        ? `No results${words}.`
        : `${total} result${total === 1 ? '' : 's'}${words}${total > PAGE_SIZE ? `, showing the first ${PAGE_SIZE}` : ''}.`;
    this.dataset.state = 'done';
    this.dataset.result = String(total);
  }

  #item(d: PagefindResultData): HTMLLIElement {
    const li = document.createElement('li');
    const target = nearestTarget(d.anchors ?? [], d.locations ?? []);
    const heading = document.createElement('h2');
    heading.className = 'result-title';
    const link = document.createElement('a');
    link.href = target ? `${d.url}#${target.id}` : d.url;
    link.textContent = d.meta.title ?? d.url;
    heading.append(link);
    li.append(heading);
    const meta = document.createElement('p');
    meta.className = 'result-meta';
    meta.textContent = [target?.label, ...(d.filters.trust ?? []), ...(d.filters.type ?? [])].filter(Boolean).join(' · ');
    li.append(meta);
    const excerpt = document.createElement('p');
    excerpt.append(...excerptNodes(d.excerpt));
    li.append(excerpt);
    return li;
  }
}

customElements.define('gov-search', GovSearch);
