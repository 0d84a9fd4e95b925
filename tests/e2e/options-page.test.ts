// The options page in real browsers: it wears the reader's design tokens and follows the system's light or dark
// theme, its preview follows the reader settings as they change (before they are saved), the radio groups keep
// their keyboard behaviour and a visible focus ring, and the sites table reads well with none and with 5,000 sites.
//
// Without a browser these tests skip with a printed reason; with REQUIRE_BROWSERS=1 (.ci/run) they fail.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ROWS } from '../../src/options/sites-table';
import type { Driver } from './helpers/driver';
import { REQUIRE_BROWSERS, ROOT, unavailable, waitFor } from './helpers/env';
import { openExtensionPage } from './helpers/extension-page';
import { startServer } from './helpers/server';
import { browserSession } from './helpers/session';

const WAIT_MS = 10_000;
/** A heavy user's settings: far more sites than the table shows at once. */
const MANY_SITES = 5_000;
const MAX_SITES_TEXT = String(MANY_SITES);
/** The design tokens' page backgrounds (src/shared/design-tokens.css), as computed colours. */
const LIGHT_BG = 'rgb(252, 252, 250)';
const DARK_BG = 'rgb(23, 25, 28)';

const EN = JSON.parse(readFileSync(join(ROOT, '_locales', 'en', 'messages.json'), 'utf8')) as Record<string, { message: string }>;

/** The preview's root: the reader sample in an open shadow root on the options page. */
function previewState(page: Page) {
  return page.evaluate(() => {
    const root = document.getElementById('reader-preview')?.shadowRoot?.querySelector<HTMLElement>('.nd-root');
    const title = root?.querySelector('.nd-title');
    return {
      theme: root?.getAttribute('data-theme'),
      font: root?.getAttribute('data-font'),
      size: root?.style.getPropertyValue('--nd-size'),
      background: root ? getComputedStyle(root).backgroundColor : '',
      titleFont: title ? getComputedStyle(title).fontFamily : '',
    };
  });
}

for (const kind of ['chromium', 'firefox'] as const) {
  const reason = unavailable(kind);
  if (reason && !REQUIRE_BROWSERS) console.warn(`e2e: skipping the ${kind} options page tests: ${reason}`);

  describe.skipIf(reason !== null && !REQUIRE_BROWSERS)(`options page in ${kind}`, () => {
    const session = browserSession(kind, reason, startServer);
    let driver: Driver;
    let page: Page;
    beforeAll(async () => {
      driver = session.driver;
      page = await openExtensionPage(driver, 'options/options.html');
    });
    afterAll(async () => {
      await page?.close();
    });

    it("wears the reader's tokens and follows the system's light or dark theme", async () => {
      const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await driver.setColorScheme(page, 'light');
      await waitFor(async () => (await background()) === LIGHT_BG, WAIT_MS, 'the light page');
      await driver.setColorScheme(page, 'dark');
      await waitFor(async () => (await background()) === DARK_BG, WAIT_MS, 'the dark page');
      await driver.setColorScheme(page, 'light');
      await waitFor(async () => (await background()) === LIGHT_BG, WAIT_MS, 'the light page again');
    });

    it('the preview follows the reader settings as they change, before they are saved', async () => {
      expect(await previewState(page)).toMatchObject({ theme: 'system', font: 'serif', size: '19px', background: LIGHT_BG });
      await page.click('label.choice:has(input[name="theme"][value="dark"])');
      await waitFor(async () => (await previewState(page)).background === DARK_BG, WAIT_MS, 'the dark preview');
      await page.click('label.choice:has(input[name="font"][value="sans"])');
      await waitFor(async () => !/^Charter/.test((await previewState(page)).titleFont), WAIT_MS, 'the sans preview');
      // Typed, not yet committed (no change event): the preview already shows it.
      await page.click('#size', { count: 3 });
      await page.keyboard.type('24');
      await waitFor(async () => (await previewState(page)).size === '24px', WAIT_MS, 'the larger preview');
      // Out of range while typing: the preview keeps the last valid size.
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Backspace');
      await page.keyboard.type('99');
      expect((await previewState(page)).size).toBe('24px');
      // Back in range before focus leaves (an invalid number keeps the focus, by design of the form).
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Backspace');
      await page.keyboard.type('22');
      await waitFor(async () => (await previewState(page)).size === '22px', WAIT_MS, 'the preview at 22 px');
    });

    it('radio groups keep arrow keys and show a focus ring on the chosen segment', async () => {
      await page.focus('input[name="theme"][value="dark"]');
      await page.keyboard.press('ArrowRight');
      const focused = await page.evaluate(() => {
        const input = document.activeElement as HTMLInputElement;
        const span = input.nextElementSibling as HTMLElement;
        return { value: input.value, checked: input.checked, outline: getComputedStyle(span).outlineStyle };
      });
      expect(focused).toEqual({ value: 'sepia', checked: true, outline: 'solid' });
      await waitFor(async () => (await previewState(page)).theme === 'sepia', WAIT_MS, 'the sepia preview');
    });

    it('the sites table reads well with no sites and with 5,000', async () => {
      const table = () => page.evaluate(() => ({
        rows: document.querySelectorAll('#sites-body tr').length,
        tableShown: document.querySelector('.table-wrap')!.checkVisibility(),
        count: document.getElementById('sites-count')!.textContent,
      }));
      expect(await table()).toEqual({ rows: 0, tableShown: false, count: EN.optionsSitesEmpty!.message });
      // Written where the store keeps sites (one `site:<hostname>` key each), as an import would; the page redraws
      // on the storage change like it does for a change made in another window.
      await page.evaluate(async (n) => {
        const sites: Record<string, unknown> = {};
        for (let i = 0; i < n; i++) sites[`site:news${String(i).padStart(4, '0')}.example`] = { mode: 'never', disabledSteps: [] };
        const api = (globalThis as unknown as { browser?: { storage: { local: { set(v: object): Promise<void> } } }; chrome?: { storage: { local: { set(v: object): Promise<void> } } } });
        await (api.browser ?? api.chrome)!.storage.local.set(sites);
      }, MANY_SITES);
      await waitFor(async () => (await table()).rows === MAX_ROWS, WAIT_MS, 'the table to show the sites');
      const shown = await table();
      expect(shown.tableShown).toBe(true);
      expect(shown.count).toContain(String(MANY_SITES));
      expect(shown.count).toBe(`Sites 1–${MAX_ROWS} of ${MAX_SITES_TEXT}`);
      // The next page, by keyboard: the rest of the sites are reachable without a search.
      await page.focus('#sites-next');
      await page.keyboard.press('Enter');
      await waitFor(async () => (await table()).count === `Sites ${MAX_ROWS + 1}–${2 * MAX_ROWS} of ${MAX_SITES_TEXT}`, WAIT_MS, 'the second page');
      expect(await page.evaluate(() => document.querySelector('#sites-body tr')?.getAttribute('data-host'))).toBe(`news${String(MAX_ROWS).padStart(4, '0')}.example`);
      // The header stays in view while the list scrolls inside its own box.
      const header = await page.evaluate(() => getComputedStyle(document.querySelector('thead th')!).position);
      expect(header).toBe('sticky');
    });
  });
}
