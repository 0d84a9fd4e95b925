/**
 * Names the reader's host element for anyone debugging the page (and for the tests' drivers); never used to find it
 * at runtime. Its value is the reading's random key (shadow-host.ts, ReaderHost.key), which the print stylesheet
 * keeps: the name alone is public, and a page may put it on elements of its own. A file of its own, free of the stylesheet, so Node tools (the end-to-end drivers under tsx,
 * `npm run bench`, `npm run screenshots`) can import it without loading CSS.
 */
export const HOST_ATTR = 'data-news-declutter-reader';
