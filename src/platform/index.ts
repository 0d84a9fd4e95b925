// The one module that knows which browser it runs in (STYLE rule 7). Everything else talks to the browser
// through what this file exports, so a difference between Chrome and Firefox is fixed here once.
//
// webextension-polyfill gives Chrome the promise-based `browser.*` namespace Firefox has natively; in Firefox
// it returns the native object unchanged. In the content bundle only, the build swaps the polyfill for
// ./native.ts (the little of it a content script needs; scripts/build.ts, CONTENT_ALIASES).
// First: hides page markup that answers to `browser` before the polyfill looks for the native namespace.
import './unclobber';
import browser from 'webextension-polyfill';
import type { Tabs } from 'webextension-polyfill';

export { browser };
export type { Action, Menus, Runtime, Scripting, Storage, Tabs } from 'webextension-polyfill';

export type BrowserName = 'firefox' | 'chrome';

/** Firefox serves extension files from moz-extension://, Chromium-based browsers from chrome-extension://. */
export const browserName: BrowserName = browser.runtime.getURL('').startsWith('moz-extension:') ? 'firefox' : 'chrome';

/**
 * Where a new user finds the toolbar button (the welcome page says so). Firefox puts it on the toolbar
 * (manifests/firefox.json, action.default_area "navbar"); Chrome keeps a new extension's button in the Extensions
 * menu (the puzzle piece) until the user pins it, and offers no way to pin it for them.
 */
export type ButtonPlacement = 'toolbar' | 'extensions-menu';
export const buttonPlacement: ButtonPlacement = browserName === 'firefox' ? 'toolbar' : 'extensions-menu';

/** A localized string from _locales; the key itself when it is missing, so a gap shows up instead of a blank. */
export function getMessage(key: string, substitutions?: string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/**
 * Whether this script runs in a private (incognito) window, where nothing should outlive the window: the reader
 * then remembers no reading places. Both browsers give content scripts `extension.inIncognitoContext`.
 */
export function inPrivateWindow(): boolean {
  return (browser.extension as { inIncognitoContext?: boolean } | undefined)?.inIncognitoContext === true;
}

/** The browser's UI language ("fr", "en-US"), for dates and numbers. */
export function uiLocale(): string {
  return browser.i18n.getUILanguage();
}

/**
 * Calls `update(tab)` each time the toolbar button's context menu opens, then redraws the open menu, so its
 * checkboxes show the settings of the tab it opened on. Firefox only: it has menus.onShown and menus.refresh;
 * Chrome has neither and shows what the last contextMenus.update set (src/background/site-menu.ts keeps that
 * current on tab switches and loads).
 */
export function onActionMenuShown(update: (tab: Tabs.Tab | undefined) => Promise<void>): void {
  if (browserName !== 'firefox') return;
  // `contextMenus`, not `menus`: Firefox defines `browser.menus` only for the "menus" permission, and this
  // extension asks for the cross-browser "contextMenus" (the same API in Firefox, onShown included). Reading
  // `browser.menus.onShown` threw at the background's top level and stopped every listener after it.
  const menus = browser.contextMenus;
  if (!menus.onShown) return;
  menus.onShown.addListener((info, tab) => {
    if (!info.contexts.includes('action')) return;
    // A menu closed before the update finished has nothing to refresh: Firefox rejects, and that is no error worth more than a note.
    update(tab)
      .then(() => menus.refresh())
      .catch((error: unknown) => console.warn('News Declutter: could not refresh the button\'s menu:', error));
  });
}

/**
 * Web Locks held across the extension's own pages and its worker (one origin), for the settings store's
 * read-modify-writes (src/settings/store.ts, SettingsLock). Extension pages and the background only: in a content
 * script, navigator.locks belongs to the page's origin, where the page could hold a lock forever.
 */
export function extensionLock<T>(name: string, work: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  // A browser without the API (none the manifests accept) still gets the writes, serialized within this page only.
  // request() resolves with what `work` resolves with (the lock's promise adopts the callback's).
  return locks ? (locks.request(name, work) as unknown as Promise<T>) : work();
}

/** Chrome's offscreen document for the extractor (src/extractor/offscreen.html, built beside extractor.js). */
const OFFSCREEN_URL = 'offscreen.html';

interface ChromeOffscreen {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
}
interface ChromeContexts {
  getContexts(filter: { contextTypes: string[]; documentUrls?: string[] }): Promise<unknown[]>;
}

let opening: Promise<void> | null = null;
/**
 * Set once this background has seen the document open: later triggers skip asking Chrome (2-13 ms a click,
 * measured). Should Chrome have closed it since, the content script finds nobody answering and asks for
 * `open-extractor`, which calls this with `recheck`.
 */
let knownOpen = false;

/**
 * Makes sure the extractor (src/extractor/main.ts) is listening. Firefox: always, it is part of the background
 * page (manifests/firefox.json). Chrome: opens the offscreen document it runs in, unless it is open; Chrome keeps a
 * DOM_PARSER document open until the extension closes it or is reloaded, so this opens it about once per browser
 * session. Only one offscreen document may exist: concurrent callers share one creation.
 */
export async function openExtractor(recheck = false): Promise<void> {
  if (browserName === 'firefox') return;
  if (knownOpen && !recheck) return;
  const chrome = (globalThis as unknown as { chrome: { offscreen?: ChromeOffscreen; runtime: ChromeContexts } }).chrome;
  // No offscreen API: the manifest asks for no `offscreen` permission because this build runs the engine in the
  // content script (./engine-here.ts), and nothing listens for an extractor's messages.
  const offscreen = chrome.offscreen;
  if (!offscreen) return;
  const url = browser.runtime.getURL(OFFSCREEN_URL);
  const open = await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
  knownOpen = open.length > 0;
  if (knownOpen) return;
  opening ??= offscreen.createDocument({
    url: OFFSCREEN_URL,
    reasons: ['DOM_PARSER'],
    justification: 'Parses the page the user asked to read, to extract its article.',
  }).finally(() => {
    opening = null;
  });
  await opening;
  knownOpen = true;
}
