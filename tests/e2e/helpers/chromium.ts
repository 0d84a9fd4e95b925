// Chromium: load the unpacked build, click the toolbar button, read the closed shadow root over CDP.
// Measured recipe: ../shared/BROWSER-TESTS.md, "Chromium".
import { join } from 'node:path';
import puppeteer, { type CDPSession, type Page, type Protocol } from 'puppeteer-core';
import { BACKGROUND_READY_KEY } from '../../../src/shared/ready';
import { type Driver, HOST_ATTR, wrapForShadow } from './driver';
import { browserEnv, DIST, findBrowser, waitFor } from './env';

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--lang=en-US', '--window-size=1280,900',
];

/** The one extension API the test calls inside the service worker (no @types/chrome in this project). */
interface ChromeGlobal {
  chrome: {
    storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
    tabs: { query(q: object): Promise<{ id?: number }[]> };
    action: { getBadgeText(d: { tabId?: number }): Promise<string>; getTitle(d: { tabId?: number }): Promise<string> };
  };
}

export async function launchChromium(dir: string): Promise<Driver> {
  const browser = await puppeteer.launch({
    browser: 'chrome',
    executablePath: findBrowser('chromium') ?? undefined,
    headless: true,
    pipe: true,
    enableExtensions: true,
    userDataDir: join(dir, 'profile'),
    env: browserEnv(dir),
    args: CHROMIUM_ARGS,
    defaultViewport: { width: 1280, height: 900 },
  });
  try {
    const id = await browser.installExtension(DIST.chromium);
    const extension = await waitFor(async () => (await browser.extensions()).get(id), 10_000, 'the extension');
    // A click sent before the service worker registered its listeners is dropped (about 8% of runs):
    // wait for the worker, then for the flag it sets after registering them (src/background/index.ts).
    await waitFor(async () => {
      const [worker] = await extension.workers();
      if (!worker) return false;
      return worker.evaluate(
        async (key) => {
          const { chrome } = globalThis as unknown as ChromeGlobal;
          return (await chrome.storage.session.get(key))[key] !== undefined;
        },
        BACKGROUND_READY_KEY,
      );
    }, 15_000, 'the service worker to register its listeners');
    const page = (await browser.pages())[0] ?? (await browser.newPage());
    let cdp: CDPSession | null = null;

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
      async actionState() {
        const [worker] = await extension.workers();
        if (!worker) throw new Error('no service worker');
        return worker.evaluate(async () => {
          const { chrome } = globalThis as unknown as ChromeGlobal;
          const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
          return { badge: await chrome.action.getBadgeText({ tabId: tab?.id }), title: await chrome.action.getTitle({ tabId: tab?.id }) };
        });
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
