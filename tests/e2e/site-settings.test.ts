// Per-site settings in real browsers: the built extension in Debian's Chromium and Firefox
// ESR, headless, on fixture pages from 127.0.0.1. Settings are made where a user makes them: the options page,
// clicked with trusted input (permissions.request needs a click), and the toolbar button.
//
// One browser session per browser, tests in order (each starts from the state the previous one left):
// nothing runs on a site with no setting → auto-open → an extension reload keeps it → in place, and off
// again without a reload → the reader's "This site" panel (a step off, then never) → never here.
//
// Without a browser these tests skip with a printed reason; with REQUIRE_BROWSERS=1 (.ci/run) they fail.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { IN_PLACE_ATTR, IN_PLACE_STYLE_ATTR } from '../../src/content/in-place';
import { IN_PLACE_SCRIPT_FILE, CONTENT_SCRIPT_FILE, registrationId } from '../../src/background/registrations';
import { type Driver, HOST_ATTR } from './helpers/driver';
import { expectQuiet, REQUIRE_BROWSERS, unavailable, waitFor } from './helpers/env';
import { type FixtureServer, startServer } from './helpers/server';
import { browserSession } from './helpers/session';

const WAIT_MS = 10_000;
/** How long a page is given to show a reader nobody asked for, before the test says none came. */
const QUIET_MS = 1_500;
/** How long a page that opens the reader by itself is given to show it. */
const READER_SEEN_MS = 2_000;

const ARTICLE = '/pages/e2e-fr-article.html';
const TITLE = 'Les bibliothèques de quartier ouvriront aussi le dimanche dès la rentrée';
/** The fixture site as settings key it: the exact hostname, no port (src/settings/hostname.ts). */
const HOST = '127.0.0.1';
/** What the options page asks access for: the site's origin with no port (Firefox matches nothing with one). */
const HOST_PATTERN = 'http://127.0.0.1/*';
const BLOCKED_TITLE_START = `Off on ${HOST}:`;
const DEFAULT_TITLE = 'Read this page without clutter';
/** The mode items of the button's context menu (_locales/en). */
const AUTO_READER_LABEL = 'Open the reader automatically';
const MODE_LABELS = [AUTO_READER_LABEL, 'Declutter the page in place', 'Never run on this site'];

type Mode = 'off' | 'auto-reader' | 'in-place' | 'never';

/** What the page shows of the extension, read in the page's own world. */
async function pageMarks(page: Page) {
  return page.evaluate((hostAttr, hiddenAttr, styleAttr) => {
    // checkVisibility: false inside a hidden ancestor too (a hidden ad slot hides its label).
    const visible = (el: Element | null) => !!el && el.checkVisibility();
    return {
      readerHosts: document.querySelectorAll(`[${hostAttr}]`).length,
      hidden: document.querySelectorAll(`[${hiddenAttr}]`).length,
      inPlaceStyle: document.querySelectorAll(`style[${styleAttr}]`).length,
      adVisible: visible(document.querySelector('.ad-label')),
      countersVisible: visible(document.querySelector('.counters .comments')),
      shareVisible: visible(document.querySelector('.share')),
      articleVisible: visible(document.querySelector('article h1')),
    };
  }, HOST_ATTR, IN_PLACE_ATTR, IN_PLACE_STYLE_ATTR);
}

/** Whether the page shows anything of the extension: a reader, hidden elements or the in-place style. */
async function touched(page: Page): Promise<boolean> {
  const m = await pageMarks(page);
  return m.readerHosts > 0 || m.hidden > 0 || m.inPlaceStyle > 0;
}

/**
 * Proves that watching the page for QUIET_MS with `touched` sees a change when there is one: the page itself adds a
 * reader host a moment later, the watch sees it, and the host goes again. Then a quiet watch means something.
 */
async function proveWatch(page: Page): Promise<void> {
  await page.evaluate((attr) => {
    setTimeout(() => document.body.appendChild(document.createElement('div')).setAttribute(attr, 'control'), 100);
  }, HOST_ATTR);
  await waitFor(() => touched(page), QUIET_MS, 'the watch to see a host the page added');
  await page.evaluate((attr) => document.querySelector(`[${attr}="control"]`)?.remove(), HOST_ATTR);
}

for (const kind of ['chromium', 'firefox'] as const) {
  const reason = unavailable(kind);
  if (reason && !REQUIRE_BROWSERS) {
    console.warn(`e2e: skipping the ${kind} site-settings tests: ${reason}. Set REQUIRE_BROWSERS=1 to make this a failure.`);
  }

  describe.skipIf(reason !== null && !REQUIRE_BROWSERS)(`per-site settings in ${kind}`, () => {
    const session = browserSession(kind, reason, startServer);
    let driver: Driver;
    let server: FixtureServer;
    beforeAll(() => {
      ({ driver, server } = session);
    });

    async function readerTitle(): Promise<string | null> {
      return driver.inReader((root) => root.querySelector('.nd-title')?.textContent?.trim() ?? '');
    }

    async function openArticle(): Promise<void> {
      await driver.page.bringToFront();
      await driver.page.goto(server.url(ARTICLE), { waitUntil: 'load' });
    }

    /**
     * Opens the options page in its own tab, ready for clicks. Firefox never fires `load` for a
     * moz-extension:// page opened by puppeteer: wait for the DOM, then for the page's own ready flag.
     */
    async function openOptions(): Promise<Page> {
      const tab = await driver.browser.newPage();
      // Not awaited: in Firefox it would wait out its timeout on every call. The ready flag is what counts.
      const navigation = tab.goto(await driver.extensionUrl('options/options.html'), { waitUntil: 'domcontentloaded', timeout: WAIT_MS }).catch(() => undefined);
      // Polled with our own retries: while the tab moves from about:blank to the extension page, Firefox's BiDi
      // can fail an evaluation outright ("right-hand side of 'in' should be an object"), which ends puppeteer's
      // waitForSelector instead of retrying it.
      await waitFor(() => tab.evaluate(() => document.body?.dataset.ready === 'true'), WAIT_MS, 'the options page to be ready');
      if (driver.kind === 'chromium') await navigation;
      return tab;
    }

    /**
     * Sets the fixture site's mode the way a user does on the options page: type the page's address, choose
     * the mode, click "Add site" (a trusted click: an automatic mode's permissions.request needs one).
     */
    async function setModeOnOptionsPage(mode: Mode): Promise<void> {
      const tab = await openOptions();
      try {
        await tab.type('#add-host', `${server.origin}/`);
        await tab.select('#add-mode', mode);
        await tab.click('#add-site button[type="submit"]');
        await waitFor(
          () => tab.evaluate((host, m) => {
            const row = document.querySelector(`tr[data-host="${host}"]`);
            const select = row?.querySelector<HTMLSelectElement>('[data-control="mode"]');
            // Stored, and (automatic modes) granted: no "Allow" button left on the row.
            return m === 'off' ? !row || select?.value === 'off' : select?.value === m && !row?.querySelector('[data-control="allow"]');
          }, HOST, mode),
          WAIT_MS,
          `the options page to show ${mode} for ${HOST}`,
        );
        // The background follows the stored change with its registration a moment later; a page loaded before that
        // would run the previous mode's bundle. Wait for the registration the mode asks for, as the browser reports it.
        const file = mode === 'in-place' ? IN_PLACE_SCRIPT_FILE : mode === 'auto-reader' ? CONTENT_SCRIPT_FILE : null;
        await waitFor(
          () => tab.evaluate(async (id, want) => {
            const api = (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(f: { ids: string[] }): Promise<{ js?: string[] }[]> } } }).chrome;
            const [reg] = await api.scripting.getRegisteredContentScripts({ ids: [id] });
            return want === null ? reg === undefined : (reg?.js ?? []).some((f) => f.replace(/^\//, '') === want.replace(/^\//, ''));
          }, registrationId(HOST), file),
          WAIT_MS,
          `the registration for ${mode} on ${HOST}`,
        );
      } finally {
        await tab.close();
      }
    }

    it('on a site with no setting, nothing is injected until the user clicks', async () => {
      await openArticle();
      await proveWatch(driver.page);
      await expectQuiet(() => touched(driver.page), QUIET_MS, 'the extension touching the page before a click');
      expect(await pageMarks(driver.page)).toMatchObject({ readerHosts: 0, hidden: 0, inPlaceStyle: 0, adVisible: true });
      // No badge: nothing happened here. (Firefox paints the default tooltip only once the button has a state.)
      const before = await driver.actionState();
      expect(before.badge).toBe('');
      expect(['', DEFAULT_TITLE]).toContain(before.title);

      await driver.clickAction();
      await waitFor(async () => (await readerTitle()) === TITLE, WAIT_MS, 'the reader after a click');
    });

    it('auto-open, enabled on the options page (host permission for this origin only): a reload opens the reader by itself', async () => {
      await driver.allowHostRequests(HOST_PATTERN);
      await setModeOnOptionsPage('auto-reader');
      await openArticle();
      const started = Date.now();
      await waitFor(async () => (await readerTitle()) === TITLE, WAIT_MS, 'the reader to open by itself');
      console.log(`e2e ${kind}: load to automatic reader in ${Date.now() - started} ms`);
      expect((await pageMarks(driver.page)).readerHosts).toBe(1);
    });

    it('settings survive an extension reload: the reader still opens by itself', async () => {
      await driver.reloadExtension();
      // Migrations and reconcile run at every background start: the registration is back (or kept) by then.
      await waitFor(async () => {
        await openArticle();
        return waitFor(async () => (await readerTitle()) === TITLE, 3_000, 'the reader').catch(() => false);
      }, 20_000, 'the reader to open by itself after the extension reloaded');
      const tab = await openOptions();
      const mode = await tab.evaluate((host) => document.querySelector<HTMLSelectElement>(`tr[data-host="${host}"] [data-control="mode"]`)?.value, HOST);
      await tab.close();
      expect(mode).toBe('auto-reader');
    });

    it('in place hides the clutter on the page itself; switching it off shows it again without a reload', async () => {
      await setModeOnOptionsPage('in-place');
      await openArticle();
      const on = await waitFor(async () => {
        const m = await pageMarks(driver.page);
        return m.hidden > 0 && !m.adVisible ? m : null;
      }, WAIT_MS, 'the clutter to be hidden in place');
      expect(on).toMatchObject({ readerHosts: 0, inPlaceStyle: 1, adVisible: false, countersVisible: false, shareVisible: false, articleVisible: true });
      const loadedAt = await driver.page.evaluate(() => performance.timeOrigin);

      await setModeOnOptionsPage('off');
      await driver.page.bringToFront();
      const off = await waitFor(async () => {
        const m = await pageMarks(driver.page);
        return m.hidden === 0 && m.adVisible ? m : null;
      }, WAIT_MS, 'the clutter to come back');
      expect(off).toMatchObject({ inPlaceStyle: 0, countersVisible: true, shareVisible: true, readerHosts: 0 });
      // The same document: no reload happened.
      expect(await driver.page.evaluate(() => performance.timeOrigin)).toBe(loadedAt);
    });

    it('the reader\'s "This site" panel switches a cleaning step off for the site, and sets "never"', async () => {
      const receiptKinds = () => driver.inReader((root) => [...root.querySelectorAll('.nd-receipt')].map((r) => r.getAttribute('data-kind')));
      const inPanel = async (selector: string) => {
        await driver.inReader((root) => {
          const panel = root.querySelector('#nd-site');
          if (panel?.hasAttribute('hidden')) root.querySelector<HTMLElement>('[aria-controls="nd-site"]')?.click();
        });
        await waitFor(() => driver.inReader((root, sel) => root.querySelector(`#nd-site ${sel}`) !== null, selector), WAIT_MS, `${selector} in the panel`);
        await driver.inReader((root, sel) => root.querySelector<HTMLElement>(`#nd-site ${sel}`)?.click(), selector);
      };
      const toggleAndWait = async (open: boolean) => {
        await driver.clickAction();
        await waitFor(async () => open ? (await readerTitle()) === TITLE : (await readerTitle()) === null, WAIT_MS, `the reader ${open ? 'open' : 'closed'}`);
      };

      // Extractions counted where they are asked for: every page of the extension hears the content script's
      // messages, an options tab kept open here included (release builds leave no marks in the page to count).
      const listener = await openOptions();
      await listener.evaluate(() => {
        const g = globalThis as unknown as { __extracts: number; chrome: { runtime: { onMessage: { addListener(f: (m: unknown) => void): void } } } };
        g.__extracts = 0;
        g.chrome.runtime.onMessage.addListener((m) => { if ((m as { type?: string } | null)?.type === 'extract') g.__extracts++; });
      });
      await openArticle();
      await toggleAndWait(true);
      expect(await receiptKinds()).toContain('counter');
      await inPanel('input[data-step="counter"]');
      // The switch is saved a moment after the click: close and reopen until the reader leaves the counters in. A
      // reopening before the save reuses the first reading (the steps did not change), so it extracts nothing.
      await waitFor(async () => {
        await toggleAndWait(false);
        await toggleAndWait(true);
        return !(await receiptKinds())?.includes('counter');
      }, WAIT_MS, 'the reader to open with the counter step off');
      // The counter step is off on this site now: the reader leaves the counters in, so no receipt for them.
      expect((await receiptKinds())?.length).toBeGreaterThan(0);
      // And it read the page once for that opening (one per opening in all): the background handed the site's
      // steps over with the injection, so the extraction did not start with every step and run again.
      expect(await listener.evaluate(() => (globalThis as unknown as { __extracts: number }).__extracts)).toBe(2);
      await listener.close();
      await driver.page.bringToFront();

      await inPanel('input[data-site-control="never"]');
      await waitFor(() => driver.inReader((root) => root.querySelector('#nd-site .nd-hint')?.textContent?.includes('Never run on this site')), WAIT_MS, 'the panel to show "never"');
      // The open reader still closes from the button; the next click explains instead of opening.
      await toggleAndWait(false);
      await driver.clickAction();
      await waitFor(async () => (await driver.actionState()).title.startsWith(BLOCKED_TITLE_START), WAIT_MS, 'the button to explain');
    });

    it('never here: the toolbar click does not open the reader, and the button says why', async () => {
      await setModeOnOptionsPage('never');
      await openArticle();
      await driver.clickAction();
      await waitFor(async () => (await driver.actionState()).title.startsWith(BLOCKED_TITLE_START), WAIT_MS, 'the button to explain');
      await proveWatch(driver.page);
      await expectQuiet(() => touched(driver.page), QUIET_MS, 'a reader after the click on a "never" site');
      expect(await pageMarks(driver.page)).toMatchObject({ readerHosts: 0, hidden: 0 });
      const state = await driver.actionState();
      expect(state.badge).toBe('–');
      expect(state.title).toContain('Never run on this site');

      // A second click opens the way back: the options page on this site's row.
      await driver.clickAction();
      await waitFor(async () => (await driver.tabUrls()).some((u) => u.endsWith(`options/options.html#site=${HOST}`)), WAIT_MS, 'the options page on this site');
    });

    it('a site removed on the options page: the background gives its grant back and drops its registration', async () => {
      await driver.allowHostRequests(HOST_PATTERN);
      await setModeOnOptionsPage('auto-reader');
      const tab = await openOptions();
      try {
        // Read from the extension's own page: what the browser has granted and registered now.
        const state = () => tab.evaluate(async (host) => {
          const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as {
            permissions: { getAll(): Promise<{ origins?: string[] }> };
            scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> };
          };
          const [perms, regs] = await Promise.all([api.permissions.getAll(), api.scripting.getRegisteredContentScripts()]);
          return { granted: (perms.origins ?? []).filter((o) => o.includes(`//${host}/`)), registered: regs.map((r) => r.id) };
        }, HOST);
        await waitFor(async () => (await state()).registered.includes(`nd-site:${HOST}`), WAIT_MS, 'the background to register the site');
        expect((await state()).granted.length).toBeGreaterThan(0);
        await tab.click(`tr[data-host="${HOST}"] [data-control="remove"]`);
        await waitFor(async () => {
          const now = await state();
          return now.granted.length === 0 && !now.registered.includes(`nd-site:${HOST}`);
        }, WAIT_MS, 'the grant and the registration to go');
        // Nothing left to say about the site: no row (a grant the browser kept would show as "still allowed").
        await waitFor(() => tab.evaluate((host) => document.querySelector(`tr[data-host="${host}"]`) === null, HOST), WAIT_MS, 'the row to go');
      } finally {
        await tab.close();
      }
      await openArticle();
      await proveWatch(driver.page);
      await expectQuiet(() => touched(driver.page), QUIET_MS, 'a reader on a removed site');
      expect(await pageMarks(driver.page)).toMatchObject({ readerHosts: 0 });
    });

    // Chromium's action menu cannot be opened headless; its items run the same code (src/background/site-menu.ts).
    it.skipIf(kind !== 'firefox')('the button\'s context menu: checking auto-open asks for this site from the click, the reader then opens by itself; unchecking stops it', async () => {
      const menu = driver.actionMenu!;
      await openArticle();
      await menu(AUTO_READER_LABEL);
      // The click's work (permission, storage, registration) ends a moment after the menu closes: load until then.
      await waitFor(async () => {
        await openArticle();
        return waitFor(async () => (await readerTitle()) === TITLE, READER_SEEN_MS, 'the reader').catch(() => false);
      }, WAIT_MS, 'the reader to open by itself');
      // With the grant the menu sees the tab's site, and shows its mode.
      const items = await menu();
      expect(items.filter((i) => i.checked && MODE_LABELS.includes(i.label)).map((i) => i.label)).toEqual([AUTO_READER_LABEL]);

      await menu(AUTO_READER_LABEL);
      // The same watch as above, which saw the reader open by itself within READER_SEEN_MS, now sees none.
      await waitFor(async () => {
        await openArticle();
        return waitFor(async () => (await readerTitle()) !== null, READER_SEEN_MS, 'a reader').then(() => false, () => true);
      }, WAIT_MS, 'the page to load with no reader');
    });
  });
}
