/**
 * "On this page" follows the reader: the link of the section being read gets `aria-current="true"`
 * (src/lib/contents.ts says which section that is). Starlight's own contents list watches every
 * block of the page to know, which on a long document costs a long task when the page goes idle;
 * this one watches only the headings its links point to. One IntersectionObserver per list notices
 * a heading crossing the reading line; the headings' positions (a few dozen) then say which one
 * the reader has reached last. The list is plain links and works without this script.
 */
import { aboveLineMargin, currentHeading, readingLine } from '../../lib/contents';

/** How far above the window the observed area reaches, in px: more than any page is tall. */
const REACH = 1_000_000;
/** Quiet time after the last resize before the headings are observed again, in ms (as Starlight). */
const RESIZE_QUIET = 200;

/** Longest wait for an idle moment before the list starts anyway, in ms: a busy page still gets its contents followed. */
const IDLE_WAIT = 1000;

/** Runs `task` when the browser is idle (Starlight's contents list starts the same way), or after IDLE_WAIT at the latest. */
const whenIdle = (task: () => void) => (window.requestIdleCallback ? window.requestIdleCallback(() => task(), { timeout: IDLE_WAIT }) : setTimeout(task, 1));

/** The box whose position is the heading's: Starlight's wrapper round a heading and its anchor link, or the heading itself. */
const boxOf = (heading: HTMLElement): HTMLElement => {
  const parent = heading.parentElement;
  return parent?.classList.contains('sl-heading-wrapper') ? parent : heading;
};

export class ContentsList extends HTMLElement {
  #current: HTMLAnchorElement | null = this.querySelector<HTMLAnchorElement>('a[aria-current="true"]');

  constructor() {
    super();
    whenIdle(() => this.#start());
  }

  /** Marks `link` as the section being read. */
  protected setCurrent(link: HTMLAnchorElement): void {
    if (link === this.#current) return;
    this.#current?.removeAttribute('aria-current');
    link.setAttribute('aria-current', 'true');
    this.#current = link;
  }

  /** Height of the bars fixed at the top of the window: the header, and this list's own bar on mobile. */
  #barsHeight(): number {
    const header = document.querySelector('header')?.getBoundingClientRect().height ?? 0;
    const bar = this.querySelector('summary')?.getBoundingClientRect().height ?? 0;
    return header + bar;
  }

  #start(): void {
    const targets = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')].flatMap((link) => {
      const heading = document.getElementById(decodeURIComponent(link.hash.slice(1)));
      return heading ? [{ link, box: boxOf(heading) }] : [];
    });
    if (targets.length === 0) return;
    let line = 0;
    const update = () => {
      const tops = targets.map(({ box }) => (box.getClientRects().length > 0 ? box.getBoundingClientRect().top : null));
      this.setCurrent(targets[currentHeading(tops, line)]!.link);
    };
    let observer: IntersectionObserver | undefined;
    const observe = () => {
      if (observer) return;
      line = readingLine(this.#barsHeight());
      observer = new IntersectionObserver(update, { rootMargin: aboveLineMargin(line, document.documentElement.clientHeight, REACH) });
      for (const { box } of targets) observer.observe(box);
    };
    observe();
    let timer: ReturnType<typeof setTimeout> | undefined;
    window.addEventListener('resize', () => {
      observer?.disconnect();
      observer = undefined;
      clearTimeout(timer);
      timer = setTimeout(() => whenIdle(observe), RESIZE_QUIET);
    });
  }
}

/**
 * The mobile dropdown: also shows the current section's title in its bar, and closes when a link
 * is followed, on a click outside it, and on Escape (focus goes back to its toggle if it was inside).
 */
export class MobileContentsList extends ContentsList {
  protected override setCurrent(link: HTMLAnchorElement): void {
    super.setCurrent(link);
    const display = this.querySelector('.display-current');
    if (display) display.textContent = link.textContent;
  }

  constructor() {
    super();
    const details = this.querySelector('details');
    if (!details) return;
    const close = () => {
      details.open = false;
    };
    for (const link of details.querySelectorAll('a')) link.addEventListener('click', close);
    window.addEventListener('click', (event) => {
      if (!details.contains(event.target as Node)) close();
    });
    window.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !details.open) return;
      const hadFocus = details.contains(document.activeElement);
      close();
      if (hadFocus) details.querySelector('summary')?.focus();
    });
  }
}
