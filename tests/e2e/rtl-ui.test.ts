// The interface in Arabic, in real browsers started in Arabic: the reader's bar and panels and the options page lay out
// right to left, while a French article inside stays left to right. The direction comes from the catalog the browser
// picked (src/shared/ui-direction.ts); the logic is unit-tested in tests/unit/rtl-ui.test.ts.
//
// How each browser is put in Arabic (tests/e2e/helpers, LaunchOptions.uiLanguage):
// - Chromium: --lang=ar and LANGUAGE=ar. Debian's Chromium has only its en-US interface pack, so getUILanguage() stays
//   "en-US", but extensions get their ar messages.
// - Firefox: intl.locale.requested=ar, with Debian's Arabic language pack (package firefox-esr-l10n-ar, installed in the
//   application's extensions folder /usr/lib/firefox-esr/browser/extensions/, a scope the test profile enables).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from './helpers/driver';
import { OUTPUT_DIR, REQUIRE_BROWSERS, unavailable, waitFor } from './helpers/env';
import { type FixtureServer, startServer } from './helpers/server';
import { browserSession } from './helpers/session';
import { loadCatalog } from '../../scripts/locale-catalogs';

const WAIT_MS = 10_000;
const ARTICLE = '/pages/e2e-fr-article.html';
const TITLE = 'Les bibliothèques de quartier ouvriront aussi le dimanche dès la rentrée';
const ar = loadCatalog('ar');

interface ReaderDirection {
  title: string;
  dialog: { lang: string | null; dir: string | null; direction: string };
  toolbar: { label: string | null; direction: string; firstRight: number; lastRight: number };
  settingsPanel: string;
  article: { lang: string | null; direction: string };
}

function readDirection(root: ShadowRoot): ReaderDirection | null {
  const dialog = root.querySelector('[role="dialog"]');
  const toolbar = root.querySelector('.nd-toolbar');
  const article = root.querySelector('article');
  const title = root.querySelector('.nd-title')?.textContent?.trim() ?? '';
  if (!dialog || !toolbar || !article || !title) return null;
  const style = (el: Element) => getComputedStyle(el).direction;
  const first = toolbar.firstElementChild!.getBoundingClientRect();
  const last = toolbar.lastElementChild!.getBoundingClientRect();
  const panel = root.querySelector('.nd-panel');
  return {
    title,
    dialog: { lang: dialog.getAttribute('lang'), dir: dialog.getAttribute('dir'), direction: style(dialog) },
    toolbar: { label: toolbar.getAttribute('aria-label'), direction: style(toolbar), firstRight: first.right, lastRight: last.right },
    settingsPanel: panel ? style(panel) : '',
    article: { lang: article.getAttribute('lang'), direction: style(article) },
  };
}

for (const kind of ['chromium', 'firefox'] as const) {
  const reason = unavailable(kind);
  if (reason && !REQUIRE_BROWSERS) {
    console.warn(`e2e: skipping the ${kind} tests: ${reason}. Set REQUIRE_BROWSERS=1 to make this a failure.`);
  }

  describe.skipIf(reason !== null && !REQUIRE_BROWSERS)(`interface in Arabic, ${kind}`, () => {
    const session = browserSession(kind, reason, startServer, { uiLanguage: 'ar' });
    let driver: Driver;
    let server: FixtureServer;
    beforeAll(() => {
      ({ driver, server } = session);
    });

    it('the browser gives the extension its Arabic messages', async () => {
      await driver.page.goto(server.url(ARTICLE), { waitUntil: 'load' });
      const { title } = await driver.actionState();
      const hint = kind === 'firefox' ? ' (Firefox needs its Arabic language pack: Debian package firefox-esr-l10n-ar)' : '';
      expect(title, `the toolbar button's tooltip${hint}`).toBe(ar.actionTitle!.message);
    });

    it('lays the reader bar and its panels right to left, the French article inside left to right', async () => {
      await driver.page.goto(server.url(ARTICLE), { waitUntil: 'load' });
      await driver.clickAction();
      const v = await waitFor(async () => {
        const r = await driver.inReader(readDirection);
        return r?.title === TITLE ? r : null;
      }, WAIT_MS, 'the reader to show the article');

      expect(v.dialog).toEqual({ lang: 'ar', dir: 'rtl', direction: 'rtl' });
      expect(v.toolbar.label).toBe(ar.readerDialogLabel!.message);
      expect(v.toolbar.direction).toBe('rtl');
      // Right to left, the bar starts at the right: the site name there, the close button at the far left.
      expect(v.toolbar.firstRight).toBeGreaterThan(v.toolbar.lastRight);
      expect(v.settingsPanel).toBe('rtl');
      expect(v.article).toEqual({ lang: 'fr', direction: 'ltr' });
      mkdirSync(OUTPUT_DIR, { recursive: true });
      await driver.page.screenshot({ path: join(OUTPUT_DIR, `reader-ar-${kind}.png`) });

      await driver.page.keyboard.press('Escape');
      await waitFor(async () => (await driver.inReader(() => true)) === null, WAIT_MS, 'the reader to close');
    });

    it.each([
      ['options page', 'options/options.html', 'optionsTitle'],
      ['welcome page', 'welcome/welcome.html', 'welcomeTitle'],
    ])('lays the %s right to left, in Arabic', async (_name, path, titleKey) => {
      const tab = await driver.browser.newPage();
      try {
        // Not awaited: Firefox's BiDi can hold the navigation of an extension page until its timeout; the ready flag counts.
        const navigation = tab.goto(await driver.extensionUrl(path), { waitUntil: 'domcontentloaded', timeout: WAIT_MS }).catch(() => undefined);
        await waitFor(() => tab.evaluate(() => document.body?.dataset.ready === 'true'), WAIT_MS, `${path} to be ready`);
        if (kind === 'chromium') await navigation;
        const page = await tab.evaluate(() => ({
          lang: document.documentElement.lang,
          dir: document.documentElement.dir,
          direction: getComputedStyle(document.body).direction,
          heading: document.querySelector('h1')?.textContent ?? '',
        }));
        expect(page).toEqual({ lang: 'ar', dir: 'rtl', direction: 'rtl', heading: ar[titleKey]!.message });
      } finally {
        await tab.close();
      }
    });
  });
}
