// Puts the content script into a tab once, on demand (activeTab: nothing runs on a page the user has not
// asked for), and talks to it.
import { browser } from '../platform';
import type { BackgroundToContent, ContentReplies } from '../shared/messages';

/**
 * The content bundle, as built by scripts/build.ts. Absolute: Firefox resolves a relative path against the
 * calling page, so the same code called from options/ would look for options/content.js (src/background/site-access.ts).
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

/** Only the top frame: the reader covers the page, and frames are other documents. */
const TOP_FRAME = 0;

export async function sendToTab<M extends BackgroundToContent>(
  tabId: number,
  message: M,
): Promise<ContentReplies[M['type']]> {
  return (await browser.tabs.sendMessage(tabId, message, { frameId: TOP_FRAME })) as ContentReplies[M['type']];
}

/** Whether the tab's top frame has the content script already (a registered one, or an earlier click's). */
export async function isInjected(tabId: number): Promise<boolean> {
  try {
    const reply = await sendToTab(tabId, { type: 'ping' });
    return reply?.type === 'pong';
  } catch {
    // "Receiving end does not exist": no content script yet.
    return false;
  }
}

async function inject(tabId: number): Promise<void> {
  // ON_DEMAND_SCRIPT first, in the same call: it tells the content script it came from a click, not from a site's
  // registered script (src/content/auto-run.ts): else, on an auto-reader site, it would open the reader by itself
  // and the `toggle` that follows would close it again. Files of one call run in order, in one world.
  await browser.scripting.executeScript({ target: { tabId }, files: [ON_DEMAND_SCRIPT, CONTENT_SCRIPT] });
}

/**
 * Injects the content script unless it is already there: a second trigger toggles the same instance.
 * `injected`: the answer of isInjected when the caller asked already (in parallel with its own work).
 */
export async function ensureContentScript(tabId: number, injected?: Promise<boolean>): Promise<void> {
  if (await (injected ?? isInjected(tabId))) return;
  try {
    await inject(tabId);
  } catch {
    await new Promise((resolve) => setTimeout(resolve, INJECT_RETRY_DELAY_MS));
    await inject(tabId);
  }
}
