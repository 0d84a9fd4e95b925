// Chromium: load the unpacked build, click the toolbar button, read the closed shadow root over CDP.
// Measured recipe: ../shared/BROWSER-TESTS.md, "Chromium".
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type CDPSession, type Page, type Protocol } from 'puppeteer-core';
import { BACKGROUND_READY_KEY } from '../../../src/shared/ready';
import { WELCOME_PAGE } from '../../../src/shared/pages';
import { type Driver, HOST_ATTR, type LaunchOptions, wrapForShadow } from './driver';
import { browserEnv, DIST, findBrowser, waitFor, withTimeout } from './env';

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--window-size=1280,900',
  // Real voices for Listen: Chromium on Linux speaks through speech-dispatcher only when asked to (./speech.ts).
  '--enable-speech-dispatcher',
];

/** The one extension API the test calls inside the service worker (no @types/chrome in this project). */
interface ChromeGlobal {
  chrome: {
    storage: { session: { get(key: string): Promise<Record<string, unknown>>; remove(key: string): Promise<void> } };
    runtime: { reload(): void };
    tabs: { query(q: object): Promise<{ id?: number }[]> };
    action: { getBadgeText(d: { tabId?: number }): Promise<string>; getTitle(d: { tabId?: number }): Promise<string> };
  };
}

/** chrome://extensions' private API (Chromium's own extensions page; not available to extensions). */
interface DevPrivate {
  chrome: {
    developerPrivate: {
      addHostPermission(id: string, host: string): Promise<void>;
      updateProfileConfiguration(update: { inDeveloperMode: boolean }): Promise<void>;
      reload(id: string, options: { failQuietly: boolean }): Promise<void>;
      updateExtensionCommand(update: { extensionId: string; commandName: string; keybinding: string }): Promise<void>;
    };
  };
}

/** `options.unpacked`: the build to install (the bench installs its own, with performance marks on). */
export async function launchChromium(dir: string, options: LaunchOptions = {}): Promise<Driver> {
  const lang = options.uiLanguage ?? 'en-US';
  const unpacked = options.unpacked ?? DIST.chromium;
  const browser = await puppeteer.launch({
    browser: 'chrome',
    executablePath: findBrowser('chromium') ?? undefined,
    headless: true,
    pipe: true,
    enableExtensions: true,
    userDataDir: join(dir, 'profile'),
    // On Linux Chromium takes its languages from LANGUAGE as much as from --lang: set both. Debian ships only the
    // en-US interface pack, so getUILanguage() stays "en-US" whatever is asked, but the extension's messages follow
    // the requested language (measured: the ar catalog is used under --lang=ar with LANGUAGE=ar).
    env: { ...browserEnv(dir), ...(options.uiLanguage ? { LANGUAGE: lang.replace(/-/g, '_') } : {}) },
    args: [...CHROMIUM_ARGS, `--lang=${lang}`],
    defaultViewport: { width: 1280, height: 900 },
  });
  try {
    const id = await browser.installExtension(unpacked);
    const extension = await waitFor(async () => (await browser.extensions()).get(id), 10_000, 'the extension');
    // A click sent before the service worker registered its listeners is dropped (about 8% of runs):
    // wait for the worker, then for the flag it sets after registering them (src/background/index.ts).
    // After a reload the old worker's target can linger a moment: ask every worker, each with a time limit.
    const workerReady = () => waitFor(async () => {
      for (const worker of await extension.workers()) {
        const ready = await withTimeout(worker.evaluate(
          async (key) => {
            const { chrome } = globalThis as unknown as ChromeGlobal;
            return (await chrome.storage.session.get(key))[key] !== undefined;
          },
          BACKGROUND_READY_KEY,
        ), 2_000, 'asking the worker').catch(() => false);
        if (ready) return true;
      }
      return false;
    }, 15_000, 'the service worker to register its listeners');
    await workerReady();
    if (!options.keepWelcomeTab) {
      const welcome = await browser.waitForTarget((t) => t.url() === `chrome-extension://${id}/${WELCOME_PAGE}`, { timeout: 10_000 });
      await (await welcome.page())?.close();
    }
    const downloadDir = join(dir, 'downloads');
    mkdirSync(downloadDir, { recursive: true });
    const browserCdp = await browser.target().createCDPSession();
    await browserCdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloadDir });
    const page = (await browser.pages())[0] ?? (await browser.newPage());
    let cdp: CDPSession | null = null;

    /** The extension's running worker: after a reload the old one's target can linger, and never answers. */
    async function liveWorker() {
      for (const worker of await extension.workers()) {
        if (await withTimeout(worker.evaluate(() => true), 1_000, 'asking the worker').catch(() => false)) return worker;
      }
      throw new Error('no running service worker');
    }

    /**
     * Runs `fn(developerPrivate, ...args)` in a chrome://extensions tab (Chromium's own extensions page). `fn` is
     * serialized: it may use only its arguments.
     */
    async function onExtensionsPage<A extends unknown[]>(fn: (dp: DevPrivate['chrome']['developerPrivate'], ...args: A) => Promise<void>, ...args: A): Promise<void> {
      const tab = await browser.newPage();
      try {
        await tab.goto('chrome://extensions/', { waitUntil: 'load' });
        await tab.evaluate(`(${fn.toString()})(chrome.developerPrivate, ...${JSON.stringify(args)})`);
      } finally {
        await tab.close();
      }
    }

    async function shadowRootObject(): Promise<string | null> {
      cdp ??= await page.createCDPSession();
      // pierce: true reports shadow roots whatever their mode; a closed root is out of the page's reach
      // but not out of the debugger's.
      const { root } = await cdp.send('DOM.getDocument', { depth: 3, pierce: true });
      const parents: Protocol.DOM.Node[] = [];
      const html = root.children?.find((n) => n.nodeName === 'HTML');
      if (html) parents.push(html, ...(html.children ?? []).filter((n) => n.nodeName === 'BODY'));
      for (const parent of parents) {
        for (const child of parent.children ?? []) {
          // CDP lists attributes as [name, value, name, value, …].
          if (!child.attributes?.some((name, i) => i % 2 === 0 && name === HOST_ATTR)) continue;
          const shadow = child.shadowRoots?.[0];
          if (!shadow) continue;
          const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
          if (object.objectId) return object.objectId;
        }
      }
      return null;
    }

    return {
      kind: 'chromium',
      browser,
      page,
      downloadDir,
      async clickAction() {
        await page.bringToFront();
        const at = Date.now();
        await page.triggerExtensionAction(extension);
        return at;
      },
      async inReader(fn, ...args) {
        const objectId = await shadowRootObject();
        if (!objectId || !cdp) return null;
        const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
          functionDeclaration: wrapForShadow(fn),
          objectId,
          arguments: [{ objectId }, { value: JSON.stringify(args) }],
          awaitPromise: true,
          returnByValue: true,
        });
        if (exceptionDetails) throw new Error(`in reader: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
        return JSON.parse(result.value as string);
      },
      async emulatePrint(on) {
        await page.emulateMediaType(on ? 'print' : undefined);
      },
      async actionState() {
        const worker = await liveWorker();
        return worker.evaluate(async () => {
          const { chrome } = globalThis as unknown as ChromeGlobal;
          const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
          return { badge: await chrome.action.getBadgeText({ tabId: tab?.id }), title: await chrome.action.getTitle({ tabId: tab?.id }) };
        });
      },
      async extensionUrl(path) {
        return `chrome-extension://${id}/${path}`;
      },
      async allowHostRequests(pattern) {
        // The extensions page's private API, as the "Site access" control there calls it. No CDP command grants
        // an extension host access, and the headless prompt cannot be answered.
        await onExtensionsPage((dp, extId, host) => dp.addHostPermission(extId, host), id, pattern);
      },
      async tabUrls() {
        return browser.targets().filter((t) => t.type() === 'page').map((t) => t.url());
      },
      async setColorScheme(target, scheme) {
        await target.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      },
      async setShortcut(keys) {
        // What chrome://extensions/shortcuts does when a user types a shortcut.
        await onExtensionsPage((dp, extId, keybinding) => dp.updateExtensionCommand({ extensionId: extId, commandName: '_execute_action', keybinding }), id, keys);
      },
      async suspendBackground() {
        // Closing the worker's target stops the service worker, as its idle timeout does (Chrome's guide to testing
        // service worker termination with Puppeteer does the same); the offscreen document is not the worker's and stays.
        // Closed again while it is listed: a message on its way may start it anew, and a close sent while it starts
        // can be lost.
        await waitFor(async () => {
          for (const worker of await extension.workers()) await worker.close().catch(() => undefined);
          if ((await extension.workers()).length) return false;
          // The browser's own list too: puppeteer's drops a worker before the browser has stopped it.
          const { targetInfos } = await browserCdp.send('Target.getTargets');
          return !targetInfos.some((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${id}/`));
        }, 10_000, 'the service worker to stop');
      },
      async reloadExtension() {
        // Clear the ready flag first (session storage may survive a reload), so the wait below sees the new worker's.
        for (const worker of await extension.workers()) {
          await worker.evaluate(async (key) => {
            const { chrome } = globalThis as unknown as ChromeGlobal;
            await chrome.storage.session.remove(key);
          }, BACKGROUND_READY_KEY);
        }
        // The "Reload" button of chrome://extensions. Developer mode first: without it Chromium reloads an
        // unpacked extension as disabled ("unsupportedDeveloperExtension"; chrome.runtime.reload() does the same).
        await onExtensionsPage(async (dp, extId) => {
          await dp.updateProfileConfiguration({ inDeveloperMode: true });
          await dp.reload(extId, { failQuietly: true });
        }, id);
        await workerReady();
      },
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * Evaluates `expression` in a new isolated world of the page's main frame, the kind of world Chromium runs
 * content scripts in (`npm run bench` runs plain Readability there, beside the content script's extraction).
 * Resolves with the expression's value, returned by value (JSON-compatible).
 */
export async function evaluateInIsolatedWorld(page: Page, expression: string, worldName: string): Promise<unknown> {
  const cdp = await page.createCDPSession();
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName });
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: executionContextId,
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(`in isolated world: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value;
  } finally {
    await cdp.detach();
  }
}
