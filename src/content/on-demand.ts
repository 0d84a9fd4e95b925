// The first of the two files the background injects on a click (src/background/inject.ts), in the same call and
// the same content-script world as content.js, just before it: the mark that tells the content bundle it came from
// a click, not from a site's registered script (src/content/auto-run.ts, src/shared/on-demand.ts). A file rather
// than a separate executeScript with a function: one call to the browser instead of two on every click.
import { ON_DEMAND_KEY } from '../shared/on-demand';

(globalThis as Record<symbol, unknown>)[Symbol.for(ON_DEMAND_KEY)] = true;
