/**
 * GOV.UK-style errors, shared by every tool (https://design-system.service.gov.uk/components/error-summary/):
 * the message on the field's form group, and a summary at the top of the tool that links to each
 * field in error. The summary is announced by taking focus, once, when it appears; nothing else
 * repeats the message (no live region, no role="alert"), so a screen reader says it once.
 *
 * The messages on show are the record of what is wrong: the summary is built from them. Both are
 * copied from the templates of ErrorSummary.astro (./templates.ts); a group in error is marked
 * `data-invalid`.
 */
import { copy } from './templates';

/**
 * Shows `message` on `group` (a `.field` or a fieldset): after its legend, label or hint, the group
 * bordered (`data-invalid`), `field` marked invalid. The message describes the fieldset for a group of radios or a
 * date (as GOV.UK does), the field itself otherwise. One message per group.
 */
export function showError(group: HTMLElement, field: HTMLInputElement, message: string): void {
  clearError(group);
  const note = copy(group.closest('[data-widget]') ?? document, 'field-error', '.field-error');
  note.id = `${field.id}-error`;
  note.dataset.for = field.id;
  note.querySelector('.sr-only')!.textContent = 'Error:';
  note.append(` ${message}`);
  const before = group.querySelectorAll(':scope > legend, :scope > label, :scope > .hint');
  if (before.length > 0) before[before.length - 1]!.after(note);
  else group.prepend(note);
  group.dataset.invalid = '';
  // A radio is never wrong on its own: the fieldset's description says the choice is missing.
  if (field.type !== 'radio') field.setAttribute('aria-invalid', 'true');
  const described = describedBy(group, field);
  described.setAttribute('aria-describedby', `${described.getAttribute('aria-describedby') ?? ''} ${note.id}`.trim());
}

/** Removes the group's message, its border and the marks it put on the fields. */
export function clearError(group: HTMLElement): void {
  const note = group.querySelector<HTMLElement>(':scope > .field-error');
  delete group.dataset.invalid;
  if (!note) return;
  const field = document.getElementById(note.dataset.for!) as HTMLInputElement | null;
  field?.removeAttribute('aria-invalid');
  const described = field ? describedBy(group, field) : group;
  const rest = (described.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && id !== note.id);
  if (rest.length > 0) described.setAttribute('aria-describedby', rest.join(' '));
  else described.removeAttribute('aria-describedby');
  note.remove();
}

const describedBy = (group: HTMLElement, field: HTMLElement): HTMLElement => (group instanceof HTMLFieldSetElement ? group : field);

/**
 * Lists the messages on show in `root`'s summary, each a link that moves focus to its field, and
 * shows the summary while there are any. It takes focus when it appears, or on every call with
 * `refocus` (the reader pressed Continue and should hear what still stops them).
 */
export function summarise(root: HTMLElement, refocus = false): void {
  const summary = root.querySelector<HTMLElement>('[data-errors]');
  if (!summary) return;
  const notes = Array.from(root.querySelectorAll<HTMLElement>('.field-error'));
  const appears = summary.hidden && notes.length > 0;
  summary.hidden = notes.length === 0;
  // Unchanged errors keep their links, so a click that blurs a field (firing "change") still lands.
  const key = notes.map((note) => `${note.id}:${note.textContent}`).join('|');
  if (summary.dataset.key !== key) {
    summary.dataset.key = key;
    summary.querySelector('ul')!.replaceChildren(...notes.map((note) => summaryItem(summary, note)));
  }
  if (notes.length > 0 && (appears || refocus)) summary.focus();
}

function summaryItem(summary: HTMLElement, note: HTMLElement): HTMLLIElement {
  const item = copy<HTMLLIElement>(summary, 'error-link', 'li');
  const link = item.querySelector('a')!;
  link.href = `#${note.dataset.for}`;
  link.textContent = note.lastChild!.textContent!.trim();
  link.addEventListener('click', (event) => {
    event.preventDefault();
    document.getElementById(note.dataset.for!)?.focus();
  });
  return item;
}
