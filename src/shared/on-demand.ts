/**
 * `Symbol.for` key of the mark the background sets in a page's content-script world just before it injects
 * the content bundle on a click (src/background/inject.ts). The registered per-site script finds no mark and
 * runs the site's automatic mode; an injected one finds it and waits for `toggle` (src/content/auto-run.ts).
 */
export const ON_DEMAND_KEY = 'news-declutter.on-demand';

/**
 * `Symbol.for` key under which the background hands a click's content script the site's switched-off steps, just
 * before injecting it (src/background/inject.ts), so the first extraction already leaves them out
 * (src/content/auto-run.ts, takeHandedSteps).
 */
export const HANDED_STEPS_KEY = 'news-declutter.disabled-steps';
