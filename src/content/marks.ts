// Performance marks on the way from the user's click to the painted reader: `npm run bench` reads them from the
// page's performance timeline (scripts/bench/browser.ts) to split that time into injection, extraction and
// rendering. A mark is an entry in the page's own timeline: it never leaves the page and nothing here sends it.
// Always on: a handful of marks per toggle costs microseconds, and a bench-only branch would measure a different
// build from the one users run.

/** Mark names, prefixed so they never collide with a page's own marks. */
export const MARKS = {
  /** The content script's top level ran: the bundle was injected, parsed and evaluated. */
  injected: 'news-declutter:injected',
  extractStart: 'news-declutter:extract-start',
  /** The page's HTML is serialized and on its way to the extractor (src/content/extraction.ts). */
  extractSent: 'news-declutter:extract-sent',
  /** The extractor's answer is back. */
  extractEnd: 'news-declutter:extract-end',
  /** openReader returned: the overlay is in the DOM, not yet painted. */
  rendered: 'news-declutter:rendered',
  /** The first frame with the reader in it has been painted (see markPainted). */
  painted: 'news-declutter:painted',
} as const;

export type MarkName = (typeof MARKS)[keyof typeof MARKS];

export function mark(name: MarkName): void {
  performance.mark(name);
}

/**
 * Marks `painted` after the next frame: a requestAnimationFrame callback runs just before the frame is painted,
 * and a task queued from it runs once that paint is done (afterNextPaint).
 */
export function markPainted(): void {
  afterNextPaint(() => mark(MARKS.painted));
}

/** Runs fn once the next frame has been painted. */
export function afterNextPaint(fn: () => void): void {
  requestAnimationFrame(() => setTimeout(fn, 0));
}
