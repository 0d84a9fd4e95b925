// Takes one browser's pictures for `npm run screenshots` (scripts/screenshots.ts) into a folder: the built extension
// (dist/) in that headless browser, on the demo article served from 127.0.0.1, at the stores' 1280x800. Uses the
// end-to-end tests' browser drivers (tests/e2e/helpers/), so the extension is loaded and clicked the way the tests
// do it; tests/e2e/screenshots.test.ts runs it in both browsers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { launchChromium } from '../tests/e2e/helpers/chromium';
import type { Driver } from '../tests/e2e/helpers/driver';
import { ROOT, runDir, waitFor, withTimeout } from '../tests/e2e/helpers/env';
import { openExtensionPage } from '../tests/e2e/helpers/extension-page';
import { launchFirefox } from '../tests/e2e/helpers/firefox';
import { startServer } from '../tests/e2e/helpers/server';
import { WELCOME_PAGE } from '../src/shared/pages';
import { shotFile, type ShotBrowser, type ShotName } from './screenshots-listing';

/** What Chrome Web Store and addons.mozilla.org ask for. */
export const SIZE = { width: 1280, height: 800 };
const WAIT_MS = 15_000;
const DEMO = '/demo/article.html';
/** Sites shown in the options page's table: a few, as a user who has set some would have. */
const SITES = ['news.example', 'daily.example', 'sport.example'];

const MANIFEST_SHORTCUT = (JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as {
  commands: { _execute_action: { suggested_key: { default: string } } };
}).commands._execute_action.suggested_key.default;

const launchers: Record<ShotBrowser, (dir: string) => Promise<Driver>> = { chromium: launchChromium, firefox: launchFirefox };

async function shoot(page: Page, outDir: string, browser: ShotBrowser, name: ShotName): Promise<string> {
  // Two frames: whatever the last change restyled is painted.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const file = join(outDir, shotFile(browser, name));
  await page.screenshot({ path: file as `${string}.png` });
  return file;
}

/** Waits until nothing in the reader is animating (its fade-in, the drawer's slide). */
async function readerSettled(driver: Driver): Promise<void> {
  await waitFor(async () => (await driver.inReader((root) => root.getAnimations().every((a) => a.playState !== 'running'))) === true, WAIT_MS, 'the reader to settle');
}

/** Writes `<browser>-<shot>.png` for every shot into `outDir`; resolves with the files written, in order. */
export async function takeScreenshots(browser: ShotBrowser, outDir: string): Promise<string[]> {
  const files: string[] = [];
  const server = await startServer();
  const dir = runDir(browser);
  const driver = await withTimeout(launchers[browser](dir.dir), 60_000, `launching ${browser}`);
  try {
    const { page } = driver;
    await page.setViewport(SIZE);

    await page.goto(server.url(DEMO), { waitUntil: 'load' });
    files.push(await shoot(page, outDir, browser, 'page'));

    await driver.clickAction();
    await waitFor(async () => (await driver.inReader((root) => root.querySelector('.nd-title')?.textContent ?? '')) || null, WAIT_MS, 'the reader');
    await readerSettled(driver);
    files.push(await shoot(page, outDir, browser, 'reader'));

    await driver.inReader((root) => root.querySelector<HTMLButtonElement>('button[aria-controls="nd-removed"]')?.click());
    await waitFor(() => driver.inReader((root) => root.querySelector('.nd-receipt')?.checkVisibility() ?? false), WAIT_MS, 'the Removed drawer');
    await readerSettled(driver);
    files.push(await shoot(page, outDir, browser, 'removed'));

    await driver.inReader((root) => root.querySelector<HTMLButtonElement>('button[aria-controls="nd-removed"]')?.click());
    await driver.inReader((root) => root.querySelector<HTMLButtonElement>('button[aria-controls="nd-save"]')?.click());
    await waitFor(() => driver.inReader((root) => root.querySelector('#nd-save [data-save="markdown"]')?.checkVisibility() ?? false), WAIT_MS, 'the Save panel');
    await readerSettled(driver);
    files.push(await shoot(page, outDir, browser, 'save'));
    await driver.inReader((root) => root.querySelector<HTMLButtonElement>('button[aria-controls="nd-save"]')?.click());

    // Continued reading: scrolled to a paragraph in the middle, closed, opened again.
    await driver.inReader(async (root) => {
      const scroller = root.querySelector<HTMLElement>('.nd-scroll')!;
      const blocks = [...root.querySelectorAll('.nd-body p')];
      const middle = blocks[Math.floor(blocks.length / 2)];
      if (!middle) return;
      const seen = new Promise((resolve) => scroller.addEventListener('scroll', resolve, { once: true }));
      scroller.scrollTop += middle.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
      await seen;
    });
    await driver.clickAction();
    await waitFor(async () => (await driver.inReader(() => true)) === null, WAIT_MS, 'the reader to close');
    await driver.clickAction();
    await waitFor(() => driver.inReader((root) => root.querySelector('.nd-resume-note') !== null), WAIT_MS, 'the continued-reading note');
    await readerSettled(driver);
    files.push(await shoot(page, outDir, browser, 'continued'));

    // Then the theme chosen where a user chooses it (the display panel's radio).
    await driver.inReader((root) => {
      const toggle = root.querySelector<HTMLButtonElement>('button[aria-controls="nd-settings"]');
      toggle?.click();
      root.querySelector<HTMLInputElement>('input[name="nd-theme"][value="dark"]')?.click();
      toggle?.click();
    });
    await waitFor(() => driver.inReader((root) => root.querySelector('.nd-root')?.getAttribute('data-theme') === 'dark' &&
      !root.querySelector('.nd-drawer:not([hidden]), .nd-panel:not([hidden])')), WAIT_MS, 'the dark theme');
    await readerSettled(driver);
    files.push(await shoot(page, outDir, browser, 'dark'));

    const options = await openExtensionPage(driver, 'options/options.html');
    await options.setViewport(SIZE);
    for (const host of SITES) {
      await options.type('#add-host', host);
      await options.select('#add-mode', 'never');
      await options.click('#add-site button[type="submit"]');
      await waitFor(() => options.evaluate((h) => !!document.querySelector(`tr[data-host="${h}"]`), host), WAIT_MS, `${host} in the sites table`);
    }
    // The status line ("Saved.") is news for a moment, not part of the picture: wait for the last one, then clear it.
    await waitFor(() => options.evaluate(() => !!document.getElementById('status')?.textContent), WAIT_MS, 'the last save');
    await options.evaluate(() => { document.getElementById('status')!.textContent = ''; window.scrollTo(0, 0); });
    files.push(await shoot(options, outDir, browser, 'options'));
    await options.close();

    // Headless Chromium assigns no suggested shortcut (a desktop Chrome does, unless another extension holds it):
    // set the manifest's, as a normal install has it, so the picture shows the usual case.
    if (browser === 'chromium') await driver.setShortcut(MANIFEST_SHORTCUT);
    const welcome = await openExtensionPage(driver, WELCOME_PAGE);
    await welcome.setViewport(SIZE);
    files.push(await shoot(welcome, outDir, browser, 'welcome'));
    await welcome.close();
  } finally {
    await driver.close().catch(() => undefined);
    await server.close();
    dir.cleanup();
  }
  return files;
}
