// What a test needs from a browser, the same for Chromium and Firefox: open a page, click the extension's
// toolbar button, and look into the reader's shadow root (closed in the product: each browser has its own
// way in, from outside the page, see chromium.ts and firefox.ts).
import type { Browser, Page } from 'puppeteer-core';
import type { BrowserKind } from './env';

/** How a launcher sets up the browser, where a test needs other than the defaults. */
export interface LaunchOptions {
  /** The browser's interface language ("ar"); English (en-US) when not given. */
  uiLanguage?: string;
  /**
   * Installing the extension opens its welcome page in a new tab (src/background/welcome.ts). By default a launch
   * waits for that tab and closes it, so each test starts on the one tab it drives and no tab opens mid-test;
   * the welcome tests keep it to look at it.
   */
  keepWelcomeTab?: boolean;
  /** The unpacked build to install; dist/ by default (the bench installs its own, with performance marks on). */
  unpacked?: string;
}

export interface Driver {
  kind: BrowserKind;
  browser: Browser;
  page: Page;
  /** Where downloads land, without a dialog (Chromium: CDP download behaviour; Firefox: download prefs). */
  downloadDir: string;
  /**
   * Fires the toolbar button's click, the way a user's click does (it grants activeTab). Resolves with the
   * wall-clock time (Date.now()) taken just before the click was dispatched: the bench measures from there.
   */
  clickAction(): Promise<number>;
  /**
   * Runs `fn(shadowRoot, ...args)` in the page against the reader's shadow root and returns its result (JSON
   * only). Resolves null when the page has no reader. `fn` is serialized: it may use only its arguments.
   */
  inReader<A extends unknown[], R>(fn: (root: ShadowRoot, ...args: A) => R, ...args: A): Promise<R | null>;
  /**
   * Presses the extension's keyboard shortcut (Alt+Shift+R) as trusted browser input. Firefox only:
   * puppeteer's keyboard does not reach Chromium's command handler (../shared/BROWSER-TESTS.md).
   */
  pressShortcut?: () => Promise<void>;
  /**
   * Right-clicks the page at `at` (trusted input) and chooses the menu item labelled `label` in the page's
   * context menu. Firefox only: Chromium's headless context menus cannot be opened from a test.
   */
  chooseContextMenuItem?: (at: { x: number; y: number }, label: string) => Promise<void>;
  /**
   * Opens the toolbar button's context menu on the active tab and returns its visible items (label, checked);
   * with `choose`, then clicks the item with that label, as user input. Firefox only: Chromium's headless
   * action menu cannot be opened from a test (../shared/BROWSER-TESTS.md).
   */
  actionMenu?: (choose?: string) => Promise<{ label: string; checked: boolean }[]>;
  /** The toolbar button's badge text and tooltip for the active tab, as the user sees them. */
  actionState(): Promise<{ badge: string; title: string }>;
  /**
   * Lays the active page out for print media (`@media print` applies), or back for the screen. The print dialog
   * itself cannot be driven headless; tests send `beforeprint`/`afterprint` themselves.
   */
  emulatePrint(on: boolean): Promise<void>;
  /** The full URL of a file of the extension (`options/options.html`). */
  extensionUrl(path: string): Promise<string>;
  /**
   * Makes the extension's own `permissions.request` for `pattern` resolve `true` from a click, as a user's
   * "Allow" would: a headless browser cannot answer the prompt (../shared/BROWSER-TESTS.md, "Per-site host
   * permissions"). Chromium: pre-approved on chrome://extensions; Firefox: prompts are off by pref at launch.
   */
  allowHostRequests(pattern: string): Promise<void>;
  /** The address of every open tab, as the browser shows it (tabs the extension opened included). */
  tabUrls(): Promise<string[]>;
  /**
   * Sets the reader's keyboard shortcut (the `_execute_action` command) as a user does in the browser's
   * shortcut settings. Chromium: chrome://extensions' own API; Firefox: commands.update from an extension page.
   */
  setShortcut(keys: string): Promise<void>;
  /** Makes `page` see the system's light or dark theme (`prefers-color-scheme`), as a system setting would. */
  setColorScheme(page: Page, scheme: 'light' | 'dark'): Promise<void>;
  /**
   * Stops the extension's background as the browser does once it has been idle (Chrome stops the service worker
   * after 30 s, Firefox suspends the event page after extensions.background.idle.timeout, 30 s), without the wait;
   * resolves once it is stopped. The next event, a click, starts it again.
   */
  suspendBackground(): Promise<void>;
  /** Reloads the extension, as an update does, and waits until its background has registered its listeners. */
  reloadExtension(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The function text both browsers run with the shadow root as first argument: the test's function, called
 * with the JSON-encoded arguments, its result JSON-encoded again so each protocol only carries a string.
 */
export function wrapForShadow(fn: (...args: never[]) => unknown): string {
  return `async function (root, argsJson) { const fn = (${fn.toString()}); ` +
    `return JSON.stringify(await fn(root, ...JSON.parse(argsJson)) ?? null); }`;
}

/**
 * The attribute that names the reader's host element (a child of <html>, DESIGN.md flow 3). Both drivers pick
 * the host by it from their protocol's tree: pages have shadow roots of their own (Chromium's PDF viewer does).
 */
export { HOST_ATTR } from '../../../src/content/reader/host-attr';
