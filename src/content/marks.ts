// Performance marks on the way from the user's click to the painted reader: `npm run bench` reads them from the
// page's performance timeline (scripts/bench/browser.ts) to split that time into injection, extraction and
// rendering. Only the bench's own build writes them (`npm run build:bench`, scripts/build.ts --bench): a mark is
// an entry in the page's timeline, where any PerformanceObserver of the page reads it, even after the reader
// closed, and learns that the reader was opened. Release builds define __ND_MARKS__ false; the minifier then drops
// every call with the names (tests/unit/release-traces.test.ts checks the shipped bundles).

/** Replaced at build time (scripts/build.ts); absent under Node and the tests, which then write no marks. */
declare const __ND_MARKS__: boolean | undefined;

/** Whether this build writes marks at all. */
export const MARKS_ON: boolean = typeof __ND_MARKS__ !== 'undefined' && __ND_MARKS__;

/** Mark names, without their prefix: the prefix is added only where a mark is written, so release bundles
 * hold no full mark name. */
export const MARKS = {
  /** The content script's top level ran: the bundle was injected, parsed and evaluated. */
  injected: 'injected',
  extractStart: 'extract-start',
  /** The page's HTML is serialized and on its way to the extractor (src/content/extraction.ts). */
  extractSent: 'extract-sent',
  /** The extractor's answer is back. */
  extractEnd: 'extract-end',
  /** openReader returned: the overlay is in the DOM, not yet painted. */
  rendered: 'rendered',
  /** The first frame with the reader in it has been painted (see markPainted). */
  painted: 'painted',
} as const;

export type MarkName = (typeof MARKS)[keyof typeof MARKS];

/** Prefixed so they never collide with a page's own marks. */
export const MARK_PREFIX = 'news-declutter:';

/** The name in the page's timeline, as the bench looks it up. */
export function markEntryName(name: MarkName): string {
  return MARK_PREFIX + name;
}

export function mark(name: MarkName): void {
  if (MARKS_ON) performance.mark(markEntryName(name));
}

/**
 * Marks `painted` after the next frame: a requestAnimationFrame callback runs just before the frame is painted,
 * and a task queued from it runs once that paint is done (afterNextPaint).
 */
export function markPainted(): void {
  if (MARKS_ON) afterNextPaint(() => mark(MARKS.painted));
}

/** Runs fn once the next frame has been painted. */
export function afterNextPaint(fn: () => void): void {
  requestAnimationFrame(() => setTimeout(fn, 0));
}
