// Where the engine runs on a click, for the content script (src/content/extraction.ts): this file says "not here",
// so the page's HTML goes to the extractor, an extension page (Firefox's background page; docs/decisions/0001).
// scripts/build.ts swaps it for ./engine-here.ts in the bundles of a browser that runs the engine in the content
// script (ENGINE_HERE): the engine is in a content bundle only where it is meant to run.
import type { EngineHere } from './engine-here-types';

export const engineHere: EngineHere | null = null;
