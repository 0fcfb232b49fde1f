/**
 * The behaviour every tool shares, as a base custom element. A tool supplies three pure functions
 * from src/lib/rules/ (parse the URL query into state, write state back as a query, explain the
 * state) and this class does the rest:
 *
 * - reads the state from the address; anything ignored is listed in a visible notice (never echoing
 *   the value) and the address is rewritten without it;
 * - fills the form from the state (the form is shown from the start where scripting is on, and a
 *   choice made in it before the script ran is kept); every change re-reads the form, re-explains, updates
 *   `data-result` and the other `data-*` attributes, replaces the URL query, and announces the new
 *   headline in the polite live region, only when it differs from the last one said;
 * - checks typed fields (`data-pattern`, `data-error`) GOV.UK-style (./errors.ts): a wrong value is
 *   marked when the reader leaves the field, not at each key, with the message on the field and a
 *   summary linking to it that takes focus; an invalid value never reaches the address;
 * - tells a host page its height when embedded (see src/layouts/Embed.astro).
 */
import { spoken, type Verdict } from '../../lib/rules/verdict';
import type { Parsed } from '../../lib/rules/state-common';
import type { Rule } from '../../lib/rules/types';
import { renderVerdict } from './render-verdict';
import { CHANGE_EVENT } from './events';
import { clearError, showError, summarise } from './errors';
import { fillList } from './templates';

export { CHANGE_EVENT };

export interface ToolData<R> {
  rule: R;
  names: Record<string, string>;
}

/** A typed value the field's `data-pattern` allows (an empty field is fine: it means "not given"). */
const fits = (input: HTMLInputElement): boolean =>
  !input.dataset.pattern || input.value.trim() === '' || new RegExp(`^(?:${input.dataset.pattern})$`).test(input.value.trim());

export abstract class ToolElement<R extends Rule, S> extends HTMLElement {
  protected rule!: R;
  protected names!: Record<string, string>;
  protected form!: HTMLFormElement;
  /** The current state; read by tool-specific display hooks. */
  state!: S;

  protected abstract parse(params: URLSearchParams, rule: R): Parsed<S>;
  protected abstract query(state: S): URLSearchParams;
  protected abstract explain(rule: R, state: S): Verdict;
  /** Name of the attribute that carries the verdict. */
  protected resultAttribute = 'data-result';
  /** What the live region last said, or would have said for the starting state: never said twice. */
  #spoken = '';
  /**
   * The address of the state whose verdict is on the page. The page comes with the verdict of the
   * empty address (Tool.astro); a verdict is drawn again only for a state with another address.
   */
  #drawn = '';
  #timer = 0;

  /**
   * The tool starts in a task of its own. Its script runs as the page finishes parsing, in the task
   * where the browser also handles DOMContentLoaded (laying out the page's forms there); started in
   * that task, what it writes would be laid out in it too, making one long task where two short
   * ones do.
   */
  connectedCallback(): void {
    setTimeout(() => this.start());
  }

  /**
   * Reads the state from the address, fills the form and then, in a task of its own, draws the
   * verdict: each half is a short task where the whole would be a long one. The form is on the
   * page from the start (hidden only where scripting is off: tool.css), so that starting does not
   * lay the page out again or move the verdict down; a reader who has changed it before the script
   * ran keeps what they chose, which then wins over the address. `data-started` marks the tool
   * live, once its verdict is drawn.
   */
  protected start(): void {
    const data = JSON.parse(this.querySelector('script[data-tool-data]')!.textContent ?? '{}') as ToolData<R>;
    this.rule = data.rule;
    this.names = data.names;
    this.form = this.querySelector('form[data-tool-form]')!;
    const empty = this.parse(new URLSearchParams(), this.rule);
    this.#drawn = this.query(empty.state).toString();
    const chosen = this.parse(this.readForm(), this.rule).state;
    const touched = this.query(chosen).toString() !== this.#drawn;
    const fromAddress = location.search ? this.parse(new URLSearchParams(location.search), this.rule) : empty;
    const { state, notices } = touched ? { state: chosen, notices: [] } : fromAddress;
    this.showNotices(notices);
    this.state = state;
    if (!touched) this.writeForm(this.query(state));
    // "change" comes when the reader leaves a typed field: only then is a wrong value an error.
    this.form.addEventListener('change', () => this.update(true));
    this.form.addEventListener('input', (event) => {
      if ((event.target as HTMLInputElement).type === 'text') this.update(false);
    });
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.submit();
    });
    setTimeout(() => {
      this.render(false);
      this.form.dataset.started = '';
    });
  }

  /** Re-reads the form and renders; `left` when the reader has left a field (a "change"). */
  protected update(left: boolean): void {
    this.checkFields(left);
    this.state = this.parse(this.readForm(), this.rule).state;
    this.render(true, !left);
  }

  /** The form's submit (a "Continue" button); by default the same as a change. */
  protected submit(): void {
    this.update(true);
  }

  /** The form as a query: every named, non-empty value, skipping fields that fail their check. */
  protected readForm(): URLSearchParams {
    const params = new URLSearchParams();
    for (const element of Array.from(this.form.elements)) {
      const input = element as HTMLInputElement;
      if (!input.name || input.disabled || !fits(input)) continue;
      if ((input.type === 'checkbox' || input.type === 'radio') && !input.checked) continue;
      if (input.value.trim() !== '') params.append(input.name, input.value.trim());
    }
    return params;
  }

  protected writeForm(params: URLSearchParams): void {
    for (const element of Array.from(this.form.elements)) {
      const input = element as HTMLInputElement;
      if (!input.name) continue;
      if (input.type === 'checkbox' || input.type === 'radio') {
        const values = params.getAll(input.name);
        input.checked = values.includes(input.value) || (values.length === 0 && input.hasAttribute('data-default'));
      } else if (input.type === 'text') {
        input.value = params.get(input.name) ?? '';
      }
    }
  }

  /**
   * Marks each typed field whose value its `data-pattern` does not allow, once the reader has left
   * it (`left`): a message while still typing would interrupt. A value put right clears at once.
   */
  protected checkFields(left: boolean): void {
    for (const field of Array.from(this.form.querySelectorAll<HTMLInputElement>('input[data-pattern]'))) {
      const group = field.closest<HTMLElement>('.field') ?? field.parentElement!;
      if (fits(field)) clearError(group);
      else if (left || field.getAttribute('aria-invalid') === 'true') showError(group, field, field.dataset.error ?? 'Check this answer');
    }
  }

  protected showNotices(notices: readonly string[]): void {
    const box = this.querySelector<HTMLElement>('[data-notices]')!;
    box.hidden = notices.length === 0;
    fillList(box.querySelector('ul')!, notices, box, 'notice');
  }

  /** Renders the state: verdict, attributes, errors, address, live region, host page; `typing` while keys come. */
  protected render(announce: boolean, typing = false): void {
    const verdict = this.explain(this.rule, this.state);
    const query = this.query(this.state).toString();
    // Only what changes is written, so that an unchanged verdict costs the page no restyling.
    const wanted = new Map([[this.resultAttribute, verdict.result], ...Object.entries(verdict.attributes).map(([name, value]) => [`data-${name}`, value] as const)]);
    for (const name of this.getAttributeNames()) {
      if (name.startsWith('data-') && !['data-widget', 'data-rule'].includes(name) && !wanted.has(name)) this.removeAttribute(name);
    }
    for (const [name, value] of wanted) if (this.getAttribute(name) !== value) this.setAttribute(name, value);
    if (query !== this.#drawn) renderVerdict(this.querySelector('[data-verdict]')!, verdict, this.names);
    this.#drawn = query;
    this.afterRender(verdict);
    summarise(this);
    // The address, and whatever follows it (the embed code), change only when the state does.
    if (query !== new URLSearchParams(location.search).toString()) {
      history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
      this.dispatchEvent(new CustomEvent(CHANGE_EVENT, { bubbles: true, detail: { query } }));
    }
    // Only news is spoken: the starting verdict, or a change that leaves it as it was, says nothing.
    // Errors are not spoken here either: the error summary takes focus, which says them once.
    const words = this.announcement(verdict);
    clearTimeout(this.#timer);
    if (!announce) this.#spoken = words;
    // While the reader types, each key would be an announcement of its own: wait for a pause.
    else if (typing) this.#timer = window.setTimeout(() => this.#say(words), 400);
    else this.#say(words);
  }

  #say(words: string): void {
    if (words !== this.#spoken) this.querySelector('[data-live]')!.textContent = words;
    this.#spoken = words;
  }

  /** What the live region says after a change: the verdict's headline and, where readings differ, every answer. */
  protected announcement(verdict: Verdict): string {
    return spoken(verdict);
  }

  /** Hook for tool-specific display (showing the ballots of those who vote, the current step...). */
  protected afterRender(_verdict: Verdict): void {}
}

/** The pure pieces a tool is made of, and an optional display hook run after each render. */
export interface ToolParts<R extends Rule, S> {
  parse: (params: URLSearchParams, rule: R) => Parsed<S>;
  query: (state: S) => URLSearchParams;
  explain: (rule: R, state: S) => Verdict;
  afterRender?: (element: ToolElement<R, S>, verdict: Verdict) => void;
}

/** Defines the custom element `tag` for a tool from its pure pieces. */
export function defineTool<R extends Rule, S>(tag: string, parts: ToolParts<R, S>): void {
  class Tool extends ToolElement<R, S> {
    protected parse = parts.parse;
    protected query = parts.query;
    protected explain = parts.explain;
    protected override afterRender(verdict: Verdict): void {
      parts.afterRender?.(this, verdict);
    }
  }
  customElements.define(tag, Tool);
}
