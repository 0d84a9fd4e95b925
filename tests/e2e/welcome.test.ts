// The welcome page (src/welcome/, opened by src/background/welcome.ts) in real browsers: it opens once when the
// extension is installed and not when it is updated (an extension reload is an update to the browser), it says
// where this browser keeps the toolbar button, gives the shortcut actually set, and links to the options page.
//
// Without a browser these tests skip with a printed reason; with REQUIRE_BROWSERS=1 (.ci/run) they fail.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { WELCOME_PAGE } from '../../src/shared/pages';
import type { Driver } from './helpers/driver';
import { REQUIRE_BROWSERS, ROOT, unavailable, waitFor } from './helpers/env';
import { openExtensionPage } from './helpers/extension-page';
import { type FixtureServer, startServer } from './helpers/server';
import { browserSession } from './helpers/session';

const WAIT_MS = 10_000;
const ARTICLE = '/pages/e2e-fr-article.html';
const ARTICLE_TITLE = 'Les bibliothèques de quartier ouvriront aussi le dimanche dès la rentrée';
/**
 * Not the manifest's suggested Alt+Shift+R: the page must show the shortcut the user has, read from the browser
 * (headless Chromium assigns no suggested key at all, and the page then says none is set).
 */
const SHORTCUT = 'Alt+Shift+Y';

const EN = JSON.parse(readFileSync(join(ROOT, '_locales', 'en', 'messages.json'), 'utf8')) as Record<string, { message: string }>;
const en = (key: string) => EN[key]!.message;
/** Where each browser keeps the button for a new user (src/platform, buttonPlacement). */
const PLACEMENT = { chromium: en('welcomeButtonExtensionsMenu'), firefox: en('welcomeButtonToolbar') } as const;

for (const kind of ['chromium', 'firefox'] as const) {
  const reason = unavailable(kind);
  if (reason && !REQUIRE_BROWSERS) console.warn(`e2e: skipping the ${kind} welcome tests: ${reason}`);

  describe.skipIf(reason !== null && !REQUIRE_BROWSERS)(`welcome page in ${kind}`, () => {
    const session = browserSession(kind, reason, startServer, { keepWelcomeTab: true });
    let driver: Driver;
    let server: FixtureServer;
    beforeAll(() => {
      ({ driver, server } = session);
    });

    async function welcomeTabs(): Promise<number> {
      const url = await driver.extensionUrl(WELCOME_PAGE);
      return (await driver.tabUrls()).filter((u) => u === url).length;
    }

    it('opens once, by itself, when the extension is installed', async () => {
      await waitFor(async () => (await welcomeTabs()) > 0, WAIT_MS, 'the welcome tab');
      expect(await welcomeTabs()).toBe(1);
    });

    it("says where this browser keeps the button, the shortcut that is set, and shows the reader's sample", async () => {
      await driver.setShortcut(SHORTCUT);
      const tab = await openExtensionPage(driver, WELCOME_PAGE);
      try {
        const shown = await tab.evaluate(() => ({
          placement: document.getElementById('placement')?.textContent,
          shortcut: document.getElementById('shortcut')?.textContent,
          contextMenu: document.getElementById('context-menu')?.textContent,
          sampleTitle: document.getElementById('reader-sample')?.shadowRoot?.querySelector('.nd-title')?.textContent,
          sampleFont: (() => {
            const title = document.getElementById('reader-sample')?.shadowRoot?.querySelector('.nd-title');
            return title ? getComputedStyle(title).fontFamily : '';
          })(),
          options: document.querySelector<HTMLAnchorElement>('#options-link')?.href,
        }));
        expect(shown.placement).toBe(PLACEMENT[kind]);
        expect(shown.shortcut).toBe(en('welcomeShortcut').replace('$SHORTCUT$', SHORTCUT));
        expect(shown.contextMenu).toContain(en('contextMenuTitle'));
        expect(shown.sampleTitle).toBe(en('sampleTitle'));
        // The reader's stylesheet applies inside the sample: its serif stack, not the page's sans.
        expect(shown.sampleFont).toMatch(/^Charter/);
        expect(shown.options).toBe(await driver.extensionUrl('options/options.html'));

        await tab.click('#options-link');
        await waitFor(() => tab.evaluate(() => document.body?.dataset.ready === 'true' && location.pathname.endsWith('/options/options.html')), WAIT_MS, 'the options page from the link');
      } finally {
        await tab.close();
      }
    });

    it('does not open again when the extension is updated', async () => {
      await driver.reloadExtension();
      // Something the updated extension does after its start, end to end: by the time the reader has opened on a
      // click, the update's onInstalled has long been handled (it is dispatched at start, before any click).
      await driver.page.bringToFront();
      await driver.page.goto(server.url(ARTICLE), { waitUntil: 'load' });
      await driver.clickAction();
      await waitFor(
        async () => (await driver.inReader((root) => root.querySelector('.nd-title')?.textContent?.trim())) === ARTICLE_TITLE,
        WAIT_MS,
        'the reader after the update',
      );
      // The reload closed the old extension's tab; an update opens none.
      expect(await welcomeTabs()).toBe(0);
    });
  });
}
