/**
 * Which section of a page the reader is reading, for "On this page" (the contents list,
 * src/components/contents/contents-element.ts). The reading line is a fixed height below the top
 * of the window (under the header, and under the mobile "On this page" bar where there is one); the
 * section being read is the one whose heading is the last to have passed that line. Only the
 * contents list's own headings are measured: a few dozen at most, however long the page.
 * Pure: positions in, an index out.
 */

/** Space between the bars at the top of the window and the reading line's band, in px (Starlight's 2rem). */
export const READING_GAP = 32;
/** Depth of the band below it in which a heading already counts as being read, in px (as Starlight's contents list). */
export const READING_BAND = 53;

/**
 * The reading line, in px from the top of the window: the height of the bars fixed at the top (the
 * header, and the mobile contents bar when there is one), the gap, and the band under it. A heading
 * whose top is at or above this line has been reached.
 */
export function readingLine(barsHeight: number): number {
  return barsHeight + READING_GAP + READING_BAND;
}

/**
 * The index of the heading being read: of the headings whose top (px from the top of the window,
 * null for one that is not shown) is at or above `line`, the lowest on the page; a tie goes to the
 * later in the list. When none has reached the line yet, the first (the page title, which leads
 * every contents list).
 */
export function currentHeading(tops: readonly (number | null)[], line: number): number {
  let current = 0;
  let best = -Infinity;
  tops.forEach((top, i) => {
    if (top === null || top > line) return;
    if (top >= best) {
      best = top;
      current = i;
    }
  });
  return current;
}

/**
 * Root margin for an IntersectionObserver on the viewport whose area is everything above the
 * reading line: a heading then enters or leaves it exactly when it crosses the line, in whichever
 * direction and however far a scroll jumps (a jump from below the window to above it still crosses).
 * `reach` is how far above the window the area goes: more than the page is tall.
 */
export function aboveLineMargin(line: number, windowHeight: number, reach: number): string {
  return `${Math.ceil(reach)}px 0px ${Math.floor(line - windowHeight)}px 0px`;
}
