/**
 * Listens to a DateParts group (`[data-date]` inside its fieldset) in a tool. A real date is passed
 * to `use` as it is typed, so the answer follows the reader; a date that is not one yet raises its
 * error only once the whole date has been entered (each part typed in, four digits of year) or
 * focus leaves the date, never at each key (src/lib/date-entry.ts decides which).
 */
import { DATE_PARTS, dateEntry, enteredWhole, type DatePart } from '../../lib/date-entry';
import { clearError, showError, summarise } from './errors';

/**
 * Watches the date in `root`; `use` gets the ISO date, or undefined when the fields are emptied,
 * and whether the reader is still typing (so an announcement can wait for a pause).
 * Returns a function that reads the date as finished (Enter in a field), or undefined without a date.
 */
export function watchDate(root: HTMLElement, label: string, use: (iso: string | undefined, typing: boolean) => void): (() => void) | undefined {
  const box = root.querySelector<HTMLElement>('[data-date]');
  if (!box) return undefined;
  const group = box.closest('fieldset') ?? box;
  const input = (part: DatePart) => box.querySelector<HTMLInputElement>(`[data-date-part="${part}"]`)!;
  // The parts typed in since focus came to the date: a date filled in from the address is not new.
  const typed = new Set<string>();

  const read = (finished: boolean): void => {
    const parts = Object.fromEntries(DATE_PARTS.map((part) => [part, input(part).value])) as Record<DatePart, string>;
    const entry = dateEntry(label, parts, finished || enteredWhole(typed, parts.year));
    if (entry.kind === 'unfinished') return;
    if (entry.kind === 'error') showError(group, input(entry.part), entry.message);
    else clearError(group);
    summarise(root);
    // The last real date stays in force: a wrong one never reaches the answer or the address.
    if (entry.kind !== 'error') use(entry.kind === 'date' ? entry.iso : undefined, !finished);
  };
  // Focus came from, or goes to, somewhere outside the three fields.
  const outside = (event: FocusEvent) => !box.contains(event.relatedTarget as Node | null);

  box.addEventListener('focusin', (event) => {
    if (outside(event)) typed.clear();
  });
  box.addEventListener('input', (event) => {
    typed.add((event.target as HTMLInputElement).dataset.datePart!);
    read(false);
  });
  box.addEventListener('focusout', (event) => {
    if (!outside(event) || typed.size === 0) return;
    typed.clear();
    read(true);
  });
  return () => read(true);
}
