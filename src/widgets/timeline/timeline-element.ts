/**
 * <gov-timeline>: enhances the server-rendered plan timeline (Timeline.astro). It reads the state
 * from the address (anything not allowed is listed in a visible notice that never repeats it, and
 * is dropped from the address), fills in the form (on the page from the start where scripting is
 * on; a choice the reader made in it before this ran is kept, and wins over the address), and on
 * every change hides the proposals not chosen,
 * updates each action's status and the as-at line, writes `data-due`, `data-shown` and
 * `data-as-at`, replaces the address, and announces the count in the polite live region when it
 * has changed. The date is read as it is typed but only called wrong once the whole date is in
 * (../common/date-field.ts), with the GOV.UK error summary and message (../common/errors.ts).
 * What is due is decided by src/lib/plan-timeline.ts; this file only renders and listens.
 */
import {
  dueBy,
  forProposals,
  headline,
  longDate,
  notCounted,
  parseTimeline,
  position,
  statusAt,
  statusLabel,
  STATUS_SHORT,
  timelineQuery,
  axisOf,
  datePartsOf,
  type Axis,
  type TimelineAction,
  type TimelineState,
} from '../../lib/plan-timeline';
import { dateEntry, type DatePart } from '../../lib/date-entry';
import { CHANGE_EVENT } from '../common/events';
import { watchDate } from '../common/date-field';
import { fillList } from '../common/templates';

interface Data {
  actions: TimelineAction[];
  proposals: number[];
  defaultAsAt: string;
}

const LABEL = 'As at date';

class GovTimeline extends HTMLElement {
  #data!: Data;
  #axis!: Axis;
  #state!: TimelineState;
  #timer = 0;
  /** What the live region last said, or would have said for the starting state: never said twice. */
  #spoken = '';

  connectedCallback(): void {
    this.#data = JSON.parse(this.querySelector('script[data-timeline-data]')!.textContent!) as Data;
    this.#axis = axisOf(this.#data.actions)!;
    const { defaultAsAt } = this.#data;
    // Changed since the page came: the fields' defaults are the starting state's (Timeline.astro).
    const touched = this.#boxes().some((b) => b.checked !== b.defaultChecked) || this.#parts().some((i) => i.value !== i.defaultValue);
    const chosen = this.#readForm();
    const { state, notices } = touched ? { state: chosen, notices: [] } : parseTimeline(new URLSearchParams(location.search), this.#data.proposals, defaultAsAt);
    this.#list('[data-notices]', notices);
    this.#state = state;
    if (!touched) {
      for (const box of this.#boxes()) box.checked = state.proposals.includes(Number(box.value));
      const parts = datePartsOf(state.asAt);
      for (const input of this.#parts()) input.value = parts[input.dataset.datePart as DatePart];
    }
    const form = this.querySelector<HTMLFormElement>('form')!;
    form.addEventListener('submit', (event) => event.preventDefault());
    form.addEventListener('change', (event) => {
      if ((event.target as HTMLInputElement).type !== 'checkbox') return;
      this.#state = { ...this.#state, proposals: this.#boxes().filter((b) => b.checked).map((b) => Number(b.value)) };
      this.#render(true);
    });
    // Empty fields mean the default date; a date that is not one leaves the last good date in force.
    watchDate(this, LABEL, (asAt) => {
      this.#state = { ...this.#state, asAt: asAt ?? this.#data.defaultAsAt };
      this.#render(true);
    });
    this.#render(false);
    form.dataset.started = '';
  }

  /**
   * The form as the reader left it: the proposals ticked, and the date typed in where it is a date
   * (empty, unfinished or wrong, the default stands, as it does while the reader types).
   */
  #readForm(): TimelineState {
    const proposals = this.#boxes().filter((b) => b.checked).map((b) => Number(b.value)).sort((a, b) => a - b);
    const parts = Object.fromEntries(this.#parts().map((input) => [input.dataset.datePart, input.value])) as Record<DatePart, string>;
    const entry = dateEntry(LABEL, parts, false);
    // A wrong date is marked as the reader goes on (watchDate); until then the default stands.
    return { proposals, asAt: entry.kind === 'date' ? entry.iso : this.#data.defaultAsAt };
  }

  #boxes = () => Array.from(this.querySelectorAll<HTMLInputElement>('input[name="proposal"]'));
  #parts = () => Array.from(this.querySelectorAll<HTMLInputElement>('[data-date-part]'));

  /** Fills a box's list with plain text items (never markup) and shows the box when it has any. */
  #list(selector: string, items: readonly string[]): HTMLUListElement {
    const box = this.querySelector<HTMLElement>(selector)!;
    const list = box.querySelector('ul')!;
    fillList(list, items, box, 'notice');
    box.hidden = items.length === 0;
    return list;
  }

  #announce(text: string): void {
    clearTimeout(this.#timer);
    // Typing a date changes it at every key; announce once the reader pauses, and only news.
    this.#timer = window.setTimeout(() => {
      if (text !== this.#spoken) this.querySelector('[data-live]')!.textContent = text;
      this.#spoken = text;
    }, 400);
  }

  #render(announce: boolean): void {
    const { proposals, asAt } = this.#state;
    const shown = forProposals(this.#data.actions, proposals);
    const result = dueBy(shown, asAt);
    for (const group of Array.from(this.querySelectorAll<HTMLElement>('[data-proposal]'))) {
      group.hidden = !shown.some((a) => a.proposal === Number(group.dataset.proposal));
    }
    const byNumber = new Map(this.#data.actions.map((a) => [a.number, a]));
    for (const row of Array.from(this.querySelectorAll<HTMLElement>('[data-action]'))) {
      const action = byNumber.get(row.dataset.action!)!;
      const status = statusAt(action, asAt);
      row.dataset.status = status;
      row.querySelector('[data-status-text]')!.textContent = row.tagName === 'TR' ? statusLabel(action, status) : STATUS_SHORT[status];
    }
    const at = position(this.#axis, asAt, 'end');
    const line = this.querySelector<HTMLElement>('[data-chart-asat]')!;
    line.style.setProperty('--at', `${(at * 100).toFixed(3)}%`);
    line.toggleAttribute('data-early', at < 0.35);
    const outside = asAt < this.#axis.start ? ' (before the chart)' : asAt > this.#axis.end ? ' (after the chart)' : '';
    this.querySelector('[data-chart-asat-label]')!.textContent = `As at ${longDate(asAt)}${outside}`;
    this.querySelector('[data-status-heading]')!.textContent = `Status as at ${longDate(asAt)}`;
    const head = `${headline(result)}.`;
    const rest = notCounted(result);
    this.querySelector('[data-headline]')!.textContent = head;
    this.querySelector('[data-not-counted]')!.textContent = rest;
    this.dataset.due = String(result.due.length);
    this.dataset.shown = String(shown.length);
    this.dataset.asAt = asAt;
    const query = timelineQuery(this.#state, this.#data.defaultAsAt).toString();
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    this.dispatchEvent(new CustomEvent(CHANGE_EVENT, { bubbles: true, detail: { query } }));
    if (announce) this.#announce(`${head} ${rest}`.trim());
    else this.#spoken = `${head} ${rest}`.trim();
  }
}

customElements.define('gov-timeline', GovTimeline);
