// Puts the content script into a tab on demand (activeTab: nothing runs on a page the user has not asked for), and
// talks to it.
import { browser } from '../platform';
import type { BackgroundReplies, BackgroundToContent, ContentReplies } from '../shared/messages';
import { HANDED_STEPS_KEY } from '../shared/on-demand';
import { SAVE_SCRIPT } from '../shared/save-chunk';

/**
 * The content bundle, as built by scripts/build.ts. Absolute: Firefox resolves a relative path against the
 * calling page, so the same code called from options/ would look for options/content.js (src/background/registrations.ts).
 */
const CONTENT_SCRIPT = '/content.js';
/** Sets the on-demand mark (src/content/on-demand.ts); built beside content.js. */
const ON_DEMAND_SCRIPT = '/on-demand.js';

/**
 * Chromium sometimes refuses the first executeScript right after a click ("Cannot access contents of the
 * page") although activeTab was granted; one retry after this delay removed every failure in 360 measured
 * clicks (../shared/BROWSER-TESTS.md, "Chromium").
 */
export const INJECT_RETRY_DELAY_MS = 150;

/** The read-aloud player, injected the first time the reader's Listen is used (src/content/listen/entry.ts). */
const LISTEN_SCRIPT = '/listen.js';

/** Only the top frame: the reader covers the page, and frames are other documents. */
const TOP_FRAME = 0;

export async function sendToTab<M extends BackgroundToContent>(
  tabId: number,
  message: M,
): Promise<ContentReplies[M['type']]> {
  return (await browser.tabs.sendMessage(tabId, message, { frameId: TOP_FRAME })) as ContentReplies[M['type']];
}

/** Runs in the tab's content-script world (serialized by the browser: it must stand alone). */
function handOverSteps(key: string, steps: string[]): void {
  (globalThis as Record<symbol, unknown>)[Symbol.for(key)] = steps;
}

async function inject(tabId: number, disabledSteps: readonly string[]): Promise<void> {
  // A site that switches steps off: its steps first, so the reader's first extraction leaves them out instead of
  // extracting a second time once its settings arrive. One more call to the browser, on those sites only.
  if (disabledSteps.length) {
    await browser.scripting.executeScript({ target: { tabId }, func: handOverSteps, args: [HANDED_STEPS_KEY, [...disabledSteps]] });
  }
  // ON_DEMAND_SCRIPT first, in the same call: it tells the content script it came from a click, not from a site's
  // registered script (src/content/auto-run.ts): else, on an auto-reader site, it would open the reader by itself
  // and the `toggle` that follows would close it again. Files of one call run in order, in one world.
  await browser.scripting.executeScript({ target: { tabId }, files: [ON_DEMAND_SCRIPT, CONTENT_SCRIPT] });
}

/**
 * Injects the content script on every trigger, without asking the tab first whether it is there: a repeat injection
 * finds the installed script and leaves at once (src/content/main.ts, INSTALLED), and the `toggle` that follows goes
 * to the installed one. Asking first (a `ping` the tab cannot answer before the first injection) put a round trip on
 * every opening click, 10-13 ms in Firefox 153 (docs/performance.md), to spare closing clicks a repeat evaluation.
 */
export function injectContentScript(tabId: number, disabledSteps: readonly string[] = []): Promise<void> {
  return withOneRetry(() => inject(tabId, disabledSteps));
}

/** Runs an injection, and once more after INJECT_RETRY_DELAY_MS when the first attempt fails (Chromium, above). */
async function withOneRetry(run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch {
    await new Promise((resolve) => setTimeout(resolve, INJECT_RETRY_DELAY_MS));
    await run();
  }
}

/** Puts a file loaded on first use (listen.js, save.js) into one frame of the tab. */
function injectChunk(tabId: number, frameId: number, file: string): Promise<void> {
  return withOneRetry(() => browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] }));
}

/**
 * Puts the Listen player into the tab's top frame, where the reader asked for it; the same retry as the content
 * script's (the activeTab grant of the click that opened the reader still holds: the tab has not navigated).
 */
export function injectListen(tabId: number): Promise<void> {
  return injectChunk(tabId, TOP_FRAME, LISTEN_SCRIPT);
}

/**
 * Puts the reader's Save panel code into the frame that asked (src/shared/save-chunk.ts). The access that let the
 * reader in still holds: activeTab from the click, or the site's host permission in an automatic mode.
 */
export async function injectSavePanel(tabId: number, frameId: number | undefined): Promise<BackgroundReplies['load-save']> {
  await injectChunk(tabId, frameId ?? TOP_FRAME, SAVE_SCRIPT);
  return { loaded: true };
}
