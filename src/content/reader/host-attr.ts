/**
 * Names the reader's host element for the print stylesheet and for anyone debugging the page; never used to find
 * it at runtime. A file of its own, free of the stylesheet, so Node tools (the end-to-end drivers under tsx,
 * `npm run bench`, `npm run screenshots`) can import it without loading CSS.
 */
export const HOST_ATTR = 'data-news-declutter-reader';
