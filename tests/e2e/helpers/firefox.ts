// Firefox ESR over WebDriver BiDi. Every use of Firefox internals in the tests lives in this file
// (../shared/BROWSER-TESTS.md, "Firefox ESR"):
// - puppeteer has no toolbar-click API for Firefox, so script in the browser window's chrome scope opens the
//   extensions panel and clicks the extension's button (`--remote-allow-system-access` allows that scope);
//   the click grants activeTab and runs action.onClicked like a user's click; the same scope presses the
//   keyboard shortcut (nsITextInputProcessor) and picks the page context-menu item after a real right-click;
// - readiness is the add-on's background state as the parent process sees it;
// - the reader's closed shadow root is reached through BiDi's own node serialization
//   (`includeShadowTree: "all"` serializes closed roots too and gives each a handle to call functions on).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { WELCOME_PAGE } from '../../../src/shared/pages';
import { type Driver, HOST_ATTR, type LaunchOptions, wrapForShadow } from './driver';
import { browserEnv, DIST, findBrowser, waitFor } from './env';

/** The part of puppeteer's BiDi connection used here (puppeteer keeps it off its public types). */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

interface BidiNode {
  type: string;
  sharedId?: string;
  value?: { localName?: string; attributes?: Record<string, string>; shadowRoot?: BidiNode | null };
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text?: string };
}

const BROWSER_WINDOW = 'chrome://browser/content/browser.xhtml';

function connectionOf(browser: Browser): BidiConnection {
  return (browser as unknown as { connection: BidiConnection }).connection;
}

/** The BiDi browsing-context id of a puppeteer page (its main frame's id). */
function contextOf(page: Page): string {
  return (page.mainFrame() as unknown as { _id: string })._id;
}

async function send<T>(browser: Browser, method: string, params: object): Promise<T> {
  return (await connectionOf(browser).send(method, params)).result as T;
}

function unwrap(result: EvaluateResult, what: string): unknown {
  if (result.type !== 'success') throw new Error(`${what}: ${result.exceptionDetails?.text ?? 'exception'}`);
  return result.result?.value;
}

/** Evaluates `expression` (awaited) in the browser window's privileged chrome scope. */
async function inBrowserWindow(browser: Browser, expression: string): Promise<unknown> {
  const tree = await send<{ contexts: { context: string; url: string }[] }>(browser, 'browsingContext.getTree', {
    'moz:scope': 'chrome',
  });
  const win = tree.contexts.find((c) => c.url === BROWSER_WINDOW);
  if (!win) throw new Error('Firefox browser window not found in chrome scope');
  const result = await send<EvaluateResult>(browser, 'script.evaluate', {
    expression,
    target: { context: win.context },
    awaitPromise: true,
    'moz:scope': 'chrome',
  });
  return unwrap(result, 'chrome-scope script');
}

/** The toolbar widget's id: the add-on id with characters outside [a-z0-9_-] replaced, plus a suffix. */
function widgetId(addonId: string): string {
  return `${addonId.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}-browser-action`;
}

/** How long the button's menu must stay unrebuilt after the extension's redraw before it is read or clicked. */
const MENU_SETTLE_MS = 250;

/** How Firefox's ext-menus names the elements of an extension's menu items: its widget id, "-menuitem-", the item id. */
function menuItemIdPrefix(addonId: string): string {
  return `${addonId.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}-menuitem-`;
}

/** `options.unpacked`: the build to install (the bench installs its own, with performance marks on). */
export async function launchFirefox(dir: string, options: LaunchOptions = {}): Promise<Driver> {
  const unpacked = options.unpacked ?? DIST.firefox;
  const downloadDir = join(dir, 'downloads');
  mkdirSync(downloadDir, { recursive: true });
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findBrowser('firefox') ?? undefined,
    headless: true,
    userDataDir: join(dir, 'profile'),
    env: browserEnv(dir),
    args: ['--remote-allow-system-access', '--width=1280', '--height=900'],
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'intl.locale.requested': options.uiLanguage ?? 'en-US',
      // permissions.request from a click resolves true without the prompt a headless browser cannot answer
      // (../shared/BROWSER-TESTS.md, "Per-site host permissions"); a call outside a click still fails.
      'extensions.webextOptionalPermissionPrompts': false,
      // Downloads go straight to this run's folder, with no dialog or panel (the Save panel's files).
      'browser.download.dir': downloadDir,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.helperApps.neverAsk.saveToDisk': 'text/markdown,text/html',
    },
  });
  try {
    const id = await browser.installExtension(unpacked);
    const backgroundRunning = () => waitFor(
      async () => (await inBrowserWindow(browser, `WebExtensionPolicy.getByID(${JSON.stringify(id)})?.extension?.backgroundState`)) === 'running',
      15_000,
      'the background page to start',
    );
    await backgroundRunning();
    if (!options.keepWelcomeTab) {
      // puppeteer over BiDi does not list a tab the extension opened itself: the window closes it.
      await waitFor(() => inBrowserWindow(browser, `(() => {
        const tab = gBrowser.tabs.find((t) => t.linkedBrowser.currentURI.spec.endsWith(${JSON.stringify(`/${WELCOME_PAGE}`)}));
        if (tab) gBrowser.removeTab(tab);
        return !!tab;
      })()`), 10_000, 'the welcome tab the install opens');
    }
    const page = (await browser.pages())[0] ?? (await browser.newPage());
    const extensionUrl = async (path: string) => {
      const host = await inBrowserWindow(browser, `WebExtensionPolicy.getByID(${JSON.stringify(id)}).mozExtensionHostname`);
      return `moz-extension://${String(host)}/${path}`;
    };

    return {
      kind: 'firefox',
      downloadDir,
      browser,
      page,
      async clickAction() {
        await page.bringToFront();
        // The manifest puts the button on the toolbar (action.default_area). Where a profile keeps it in the
        // extensions panel instead (unified extensions), open that first; the panel closes itself after the click.
        // The time is taken in the browser just before the click.
        return (await inBrowserWindow(browser, `(async () => {
          const onToolbar = document.getElementById(${JSON.stringify(widgetId(id))})?.closest('#nav-bar');
          if (!onToolbar) await gUnifiedExtensions.togglePanel();
          const item = document.getElementById(${JSON.stringify(widgetId(id))});
          if (!item) throw new Error('extension button not found');
          const button = item.querySelector('.unified-extensions-item-action-button') ?? item;
          const at = Date.now();
          button.click();
          return at;
        })()`)) as number;
      },
      async pressShortcut() {
        await page.bringToFront();
        // nsITextInputProcessor makes trusted key events in the browser window, where Firefox's shortcut
        // handling for extension commands listens.
        await inBrowserWindow(browser, `(() => {
          const tip = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
          if (!tip.beginInputTransactionForTests(window)) throw new Error('no input transaction');
          const key = (k, code, keyCode) => new KeyboardEvent('', { key: k, code, keyCode });
          const mods = [key('Alt', 'AltLeft', 18), key('Shift', 'ShiftLeft', 16)];
          for (const m of mods) tip.keydown(m);
          const r = key('R', 'KeyR', 82);
          tip.keydown(r);
          tip.keyup(r);
          for (const m of mods.reverse()) tip.keyup(m);
        })()`);
      },
      async chooseContextMenuItem(at, label) {
        await page.bringToFront();
        await page.mouse.click(at.x, at.y, { button: 'right' });
        // The right-click travels to the parent process, which opens the browser's content-area menu.
        await waitFor(
          async () => (await inBrowserWindow(browser, `document.getElementById('contentAreaContextMenu').state`)) === 'open',
          5_000,
          'the page context menu to open',
        );
        await inBrowserWindow(browser, `(() => {
          const menu = document.getElementById('contentAreaContextMenu');
          const item = [...menu.querySelectorAll('menuitem')].find((i) => !i.hidden && i.label === ${JSON.stringify(label)});
          if (!item) { menu.hidePopup(); throw new Error('context menu item not found: ' + ${JSON.stringify(label)}); }
          menu.activateItem(item);
        })()`);
      },
      async actionMenu(choose) {
        await page.bringToFront();
        // The button's entry in the extensions panel has the context menu the action's items go into. Opened
        // with the entry as trigger, Firefox fills in the extension's items (and fires menus.onShown).
        const items = await inBrowserWindow(browser, `(async () => {
          await gUnifiedExtensions.togglePanel();
          const item = document.getElementById(${JSON.stringify(widgetId(id))});
          if (!item) throw new Error('extension button not found');
          const button = item.querySelector('.unified-extensions-item-action-button') ?? item;
          const menu = document.getElementById('unified-extensions-context-menu');
          // The menu first shows the items as the last update left them; menus.onShown then reaches the background,
          // whose update and menus.refresh rebuild them in the open menu: the old items are removed and new ones
          // added in one task, sometimes twice within a few ms (measured: two rebuilds 2-5 ms apart). Wait for a
          // rebuild (it comes before or after popupshown, as the IPC goes), then until none follows for SETTLE_MS,
          // and for popupshown: an item clicked in a menu still showing, or replaced by a later rebuild, is lost.
          const ours = ${JSON.stringify(menuItemIdPrefix(id))};
          const SETTLE_MS = ${MENU_SETTLE_MS};
          const shown = new Promise((r) => menu.addEventListener('popupshown', r, { once: true }));
          const rebuilt = new Promise((resolve, reject) => {
            let settle = null;
            const observer = new MutationObserver((records) => {
              if (!records.some((r) => [...r.removedNodes].some((n) => n.id?.startsWith(ours)))) return;
              clearTimeout(settle);
              settle = setTimeout(() => { observer.disconnect(); clearTimeout(missing); resolve(); }, SETTLE_MS);
            });
            observer.observe(menu, { childList: true, subtree: true });
            let missing = null;
            shown.then(() => { missing = setTimeout(() => { if (settle === null) { observer.disconnect(); reject(new Error('the extension did not redraw its menu items')); } }, 5000); });
          });
          const ev = new MouseEvent('contextmenu', { bubbles: true, button: 2 });
          button.dispatchEvent(ev);
          if (menu.state !== 'open' && menu.state !== 'showing') menu.openPopup(button, { position: 'after_start', isContextMenu: true, triggerEvent: ev });
          await Promise.all([shown, rebuilt]);
          const all = [...menu.querySelectorAll('menuitem')].filter((i) => !i.hidden);
          const list = all.map((i) => ({ label: i.label, checked: i.getAttribute('checked') === 'true' }));
          const chosen = ${JSON.stringify(choose ?? null)};
          if (chosen === null) { menu.hidePopup(); gUnifiedExtensions.panel?.hidePopup?.(); return JSON.stringify(list); }
          const target = all.find((i) => i.label === chosen);
          if (!target) { menu.hidePopup(); throw new Error('action menu item not found: ' + chosen); }
          menu.activateItem(target);
          return JSON.stringify(list);
        })()`);
        return JSON.parse(items as string) as { label: string; checked: boolean }[];
      },
      async inReader(fn, ...args) {
        const context = contextOf(page);
        const found = await send<EvaluateResult>(browser, 'script.evaluate', {
          expression: `[...document.documentElement.children]`,
          target: { context },
          awaitPromise: false,
          resultOwnership: 'root',
          serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
        });
        const nodes = (unwrap(found, 'finding the reader host') ?? []) as BidiNode[];
        // With a shadow root: a page may carry the attribute on elements of its own (hostile/print-fake.html).
        const host = nodes.find((n) => n.value?.attributes?.[HOST_ATTR] !== undefined && n.value?.shadowRoot);
        const shadow = host?.value?.shadowRoot;
        if (!shadow?.sharedId) return null;
        const result = await send<EvaluateResult>(browser, 'script.callFunction', {
          functionDeclaration: wrapForShadow(fn),
          target: { context },
          arguments: [{ sharedId: shadow.sharedId }, { type: 'string', value: JSON.stringify(args) }],
          awaitPromise: true,
          resultOwnership: 'none',
        });
        return JSON.parse(unwrap(result, 'in reader') as string);
      },
      async emulatePrint(on) {
        // What the developer tools' print simulation sets; puppeteer's emulateMediaType needs CDP.
        await inBrowserWindow(browser, `gBrowser.selectedBrowser.browsingContext.mediumOverride = ${JSON.stringify(on ? 'print' : '')}`);
      },
      async actionState() {
        // The button's own attributes: what Firefox paints on the toolbar for the selected tab.
        const state = await inBrowserWindow(browser, `(() => {
          const item = document.getElementById(${JSON.stringify(widgetId(id))});
          const button = item?.querySelector('.unified-extensions-item-action-button') ?? item;
          return JSON.stringify({ badge: button?.getAttribute('badge') ?? '', title: button?.getAttribute('tooltiptext') ?? '' });
        })()`);
        return JSON.parse(state as string) as { badge: string; title: string };
      },
      extensionUrl,
      async allowHostRequests() {
        // Nothing per host: the launch pref above lets a click's permissions.request through without a prompt.
      },
      async tabUrls() {
        // puppeteer over BiDi does not list a moz-extension:// tab the extension opened itself: ask the window.
        const urls = await inBrowserWindow(browser, `JSON.stringify(gBrowser.tabs.map((t) => t.linkedBrowser.currentURI.spec))`);
        return JSON.parse(urls as string) as string[];
      },
      async setColorScheme(_target, scheme) {
        // puppeteer's emulateMediaFeatures is not implemented over BiDi; Firefox's own setting for the theme web
        // content sees ("Website appearance" in about:preferences) is this pref: 0 dark, 1 light. Every tab follows.
        await inBrowserWindow(browser, `Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', ${scheme === 'dark' ? 0 : 1})`);
      },
      async setShortcut(keys) {
        // about:addons' shortcut page calls the same code as an extension's own commands.update: call that from a
        // page of the extension (a moz-extension:// tab has the `browser` namespace).
        const tab = await browser.newPage();
        try {
          void tab.goto(await extensionUrl('options/options.html'), { waitUntil: 'domcontentloaded', timeout: 10_000 }).catch(() => undefined);
          await waitFor(() => tab.evaluate(() => typeof (globalThis as { browser?: unknown }).browser === 'object' && document.readyState !== 'loading'), 10_000, 'an extension page');
          await tab.evaluate(async (k) => {
            const api = (globalThis as unknown as { browser: { commands: { update(d: { name: string; shortcut: string }): Promise<void> } } }).browser;
            await api.commands.update({ name: '_execute_action', shortcut: k });
          }, keys);
        } finally {
          await tab.close();
        }
      },
      async suspendBackground() {
        // What the idle timer calls once extensions.background.idle.timeout has passed with no event: the event page
        // is torn down and its persistent listeners stay primed, so the next click starts it again. While a listener's
        // promise is pending, a call only restarts the idle timer and forgets those promises, as the timer does: the
        // next call then suspends (a user idle for 60 s gets two timeouts of 30 s).
        const policy = `WebExtensionPolicy.getByID(${JSON.stringify(id)})?.extension`;
        await waitFor(async () => {
          const state = await inBrowserWindow(browser, `${policy}?.backgroundState`);
          if (state === 'running') await inBrowserWindow(browser, `${policy}.terminateBackground()`);
          return (await inBrowserWindow(browser, `${policy}?.backgroundState`)) === 'stopped';
        }, 10_000, 'the background page to stop');
      },
      async reloadExtension() {
        // What about:debugging's "Reload" does for a temporary add-on: shut down, start again from disk; it
        // resolves once the new instance has started, and the background then starts again.
        await inBrowserWindow(browser, `(async () => {
          const { AddonManager } = ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
          const addon = await AddonManager.getAddonByID(${JSON.stringify(id)});
          await addon.reload();
        })()`);
        await backgroundRunning();
      },
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** Longest wait for Firefox Reader View to show an article. */
const READER_VIEW_TIMEOUT_MS = 15_000;
/** Polling step while waiting for the preload script's record. */
const READER_VIEW_POLL_MS = 20;
/** Where the preload script records, in about:reader's window, when the article was painted (Date.now()). */
const READER_VIEW_SHOWN = '__newsDeclutterBenchShown';
/** Tabs whose documents already get the preload script below. */
const readerViewWatched = new WeakSet<Page>();

/**
 * Opens Firefox's own Reader View on `url` in `page` (`about:reader?url=…`) and resolves with the milliseconds
 * from the navigation request to the first frame painted with its article, for `npm run bench`. about:reader
 * fetches and parses the page itself and fires AboutReaderContentReady once the article is in; a BiDi preload
 * script, run in each new document of the tab before anything else, listens for it from the start (a listener
 * added after the load missed fast articles). The navigation is sent without waiting: puppeteer's goto never
 * settles on about:reader.
 */
export async function timeReaderView(page: Page, url: string): Promise<number> {
  const browser = page.browser();
  const context = contextOf(page);
  if (!readerViewWatched.has(page)) {
    await send(browser, 'script.addPreloadScript', {
      functionDeclaration: `() => {
        if (!location.href.startsWith('about:reader')) return;
        document.addEventListener('AboutReaderContentReady', () => requestAnimationFrame(() => setTimeout(() => {
          window.${READER_VIEW_SHOWN} = Date.now();
        }, 0)), { once: true });
      }`,
      contexts: [context],
    });
    readerViewWatched.add(page);
  }
  const startedAt = Date.now();
  await send(browser, 'browsingContext.navigate', { context, url: `about:reader?url=${encodeURIComponent(url)}`, wait: 'none' });
  const deadline = startedAt + READER_VIEW_TIMEOUT_MS;
  for (;;) {
    const result = await send<EvaluateResult>(browser, 'script.evaluate', {
      expression: `location.href.startsWith('about:reader') ? String(window.${READER_VIEW_SHOWN} ?? ` +
        `(document.querySelector('.reader-message')?.textContent ? 'message: ' + document.querySelector('.reader-message').textContent : 'wait')) : 'wait'`,
      target: { context },
      awaitPromise: false,
    }).catch(() => ({ type: 'success', result: { type: 'string', value: 'wait' } }) as EvaluateResult);
    const value = String(unwrap(result, 'Reader View'));
    if (/^\d+$/.test(value)) return Number(value) - startedAt;
    if (Date.now() > deadline) throw new Error(`Reader View showed no article (${value})`);
    await new Promise((r) => setTimeout(r, READER_VIEW_POLL_MS));
  }
}

/**
 * Evaluates `expression` in a WebDriver BiDi sandbox of the page: a realm of its own that sees the page's DOM
 * through Xray wrappers, as the extension's content scripts do (`npm run bench` runs plain Readability there,
 * beside the content script's extraction). Resolves with the expression's value (strings, numbers, booleans).
 */
export async function evaluateInSandbox(page: Page, expression: string, sandbox: string): Promise<unknown> {
  const result = await send<EvaluateResult>(page.browser(), 'script.evaluate', {
    expression,
    target: { context: contextOf(page), sandbox },
    awaitPromise: true,
  });
  return unwrap(result, `script in sandbox ${sandbox}`);
}
