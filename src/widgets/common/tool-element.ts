/**
 * The behaviour every tool shares, as a base custom element. A tool supplies three pure functions
 * from src/lib/rules/ (parse the URL query into state, write state back as a query, explain the
 * state) and this class does the rest:
 *
 * - reads the state from the address; anything ignored is listed in a visible notice (never echoing
 *   the value) and the address is rewritten without it;
 * - fills the form from the state and shows it; every change re-reads the form, re-explains, updates
 *   `data-result` and the other `data-*` attributes, replaces the URL query, and announces the new
 *   headline in the polite live region;
 * - checks typed fields (`data-pattern`, `data-error`) GOV.UK-style: an error summary linking to each
 *   field, the message beside it, `aria-invalid`; an invalid value never reaches the address;
 * - tells a host page its height when embedded (see src/layouts/Embed.astro).
 */
import type { Verdict } from '../../lib/rules/explain';
import type { Parsed } from '../../lib/rules/state';
import type { Rule } from '../../lib/rules/types';
import { renderVerdict } from './render-verdict';
import { CHANGE_EVENT } from './events';

export { CHANGE_EVENT };

export interface ToolData<R> {
  rule: R;
  names: Record<string, string>;
}

interface FieldError {
  field: HTMLInputElement;
  message: string;
}

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

  connectedCallback(): void {
    const data = JSON.parse(this.querySelector('script[data-tool-data]')!.textContent ?? '{}') as ToolData<R>;
    this.rule = data.rule;
    this.names = data.names;
    this.form = this.querySelector('form[data-tool-form]')!;
    const { state, notices } = this.parse(new URLSearchParams(location.search), this.rule);
    this.showNotices(notices);
    this.state = state;
    this.writeForm(this.query(state));
    this.form.hidden = false;
    this.form.addEventListener('change', () => this.update());
    this.form.addEventListener('input', (event) => {
      if ((event.target as HTMLInputElement).type === 'text') this.update();
    });
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.submit();
    });
    this.render(false);
  }

  /** Re-reads the form and renders. Subclasses with buttons call this after changing state. */
  protected update(): void {
    const errors = this.checkFields();
    this.state = this.parse(this.readForm(), this.rule).state;
    this.render(true, errors);
  }

  /** The form's submit (a "Continue" button); by default the same as a change. */
  protected submit(): void {
    this.update();
  }

  /** The form as a query: every named, non-empty value, skipping fields that fail their check. */
  protected readForm(): URLSearchParams {
    const params = new URLSearchParams();
    for (const element of Array.from(this.form.elements)) {
      const input = element as HTMLInputElement;
      if (!input.name || input.disabled || input.getAttribute('aria-invalid') === 'true') continue;
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

  /** Checks each text field with a `data-pattern`; marks and returns the ones that fail. */
  protected checkFields(): FieldError[] {
    const errors: FieldError[] = [];
    for (const field of Array.from(this.form.querySelectorAll<HTMLInputElement>('input[data-pattern]'))) {
      const value = field.value.trim();
      const bad = value !== '' && !new RegExp(`^(?:${field.dataset.pattern})$`).test(value);
      this.markField(field, bad ? field.dataset.error ?? 'Check this answer' : undefined);
      if (bad) errors.push({ field, message: field.dataset.error ?? 'Check this answer' });
    }
    return errors;
  }

  protected markField(field: HTMLInputElement, message: string | undefined): void {
    const holder = field.closest('.field') ?? field.parentElement!;
    let note = holder.querySelector<HTMLElement>('.field-error');
    if (message === undefined) {
      field.removeAttribute('aria-invalid');
      note?.remove();
      holder.classList.remove('field--error');
      return;
    }
    if (!note) {
      note = document.createElement('p');
      note.className = 'field-error';
      note.id = `${field.id}-error`;
      field.before(note);
    }
    note.textContent = `Error: ${message}`;
    field.setAttribute('aria-invalid', 'true');
    field.setAttribute('aria-describedby', [field.getAttribute('aria-describedby')?.replace(note.id, '').trim(), note.id].filter(Boolean).join(' '));
    holder.classList.add('field--error');
  }

  protected showErrors(errors: readonly FieldError[]): void {
    const summary = this.querySelector<HTMLElement>('[data-errors]');
    if (!summary) return;
    const wasHidden = summary.hidden;
    summary.hidden = errors.length === 0;
    // Unchanged errors keep their links, so a click that blurs a field (firing "change") still lands.
    const key = errors.map((e) => `${e.field.id}:${e.message}`).join('|');
    if (summary.dataset.key === key) return;
    summary.dataset.key = key;
    summary.querySelector('ul')!.replaceChildren(
      ...errors.map(({ field, message }) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = `#${field.id}`;
        a.textContent = message;
        a.addEventListener('click', (event) => {
          event.preventDefault();
          field.focus();
        });
        li.append(a);
        return li;
      }),
    );
    if (wasHidden && errors.length > 0 && this.form.dataset.focusErrors === 'true') summary.focus();
  }

  protected showNotices(notices: readonly string[]): void {
    const box = this.querySelector<HTMLElement>('[data-notices]')!;
    box.hidden = notices.length === 0;
    box.querySelector('ul')!.replaceChildren(
      ...notices.map((text) => {
        const li = document.createElement('li');
        li.textContent = text;
        return li;
      }),
    );
  }

  /** Renders the state: verdict, attributes, address, live region, host page. */
  protected render(announce: boolean, errors: readonly FieldError[] = []): void {
    const verdict = this.explain(this.rule, this.state);
    this.setAttribute(this.resultAttribute, verdict.result);
    for (const name of this.getAttributeNames()) {
      if (name.startsWith('data-') && !['data-widget', 'data-rule', this.resultAttribute].includes(name)) this.removeAttribute(name);
    }
    for (const [name, value] of Object.entries(verdict.attributes)) this.setAttribute(`data-${name}`, value);
    renderVerdict(this.querySelector('[data-verdict]')!, verdict, this.names);
    this.afterRender(verdict);
    this.showErrors(errors);
    const query = this.query(this.state).toString();
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    this.dispatchEvent(new CustomEvent(CHANGE_EVENT, { bubbles: true, detail: { query } }));
    if (announce) {
      const live = this.querySelector('[data-live]')!;
      live.textContent = errors.length > 0 ? `There is a problem: ${errors[0]!.message}` : verdict.headline;
    }
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
