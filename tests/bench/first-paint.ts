/**
 * What a page needs before its first paint, from the built dist/: its HTML up to the end of its
 * first paragraph (inlined CSS and scripts in <head> included) and the stylesheets that block
 * rendering (src/lib/critical-css.ts says which those are and where the first paragraph ends).
 * Shared by the budgets (budgets.ts) and the first-paint test (tests/e2e/first-paint.e2e.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { firstParagraphEnd, renderBlocking } from '../../src/lib/critical-css.ts';
import { DIST, gz } from './js.ts';

/** DESIGN.md §8: what the first round trip can carry (ten TCP segments, about 14 KB). */
export const FIRST_ROUND_TRIP = 14 * 1024;

export interface FirstPaint {
  page: string;
  /** Gzipped bytes of the HTML up to the end of the first paragraph. */
  html: number;
  /** The stylesheets that block rendering, and their gzipped bytes. */
  blocking: { href: string; bytes: number }[];
  /** `html` plus the blocking stylesheets: what must arrive before the first paragraph can paint. */
  bytes: number;
}

/** The first-paint figures of the built page at `page` (a path under dist/, "" for the home page). */
export function firstPaint(page: string): FirstPaint {
  const html = readFileSync(join(DIST, page, 'index.html'), 'utf8');
  const prefix = gz(html.slice(0, firstParagraphEnd(html)));
  const blocking = renderBlocking(html).map((l) => ({ href: l.href, bytes: gz(readFileSync(join(DIST, l.href))) }));
  return { page, html: prefix, blocking, bytes: prefix + blocking.reduce((n, b) => n + b.bytes, 0) };
}
