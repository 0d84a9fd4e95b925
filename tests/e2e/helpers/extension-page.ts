// Opens one of the extension's own pages (options, welcome) in a new tab, ready for clicks: each page sets
// `document.body.dataset.ready` once it has filled itself in.
import type { Page } from 'puppeteer-core';
import type { Driver } from './driver';
import { waitFor } from './env';

const READY_TIMEOUT_MS = 10_000;

export async function openExtensionPage(driver: Driver, path: string): Promise<Page> {
  const tab = await driver.browser.newPage();
  // Not awaited: Firefox never fires `load` for a moz-extension:// page opened by puppeteer, and the wait would
  // run out its timeout on every call. The ready flag is what counts.
  const navigation = tab.goto(await driver.extensionUrl(path), { waitUntil: 'domcontentloaded', timeout: READY_TIMEOUT_MS }).catch(() => undefined);
  // Polled with our own retries: while the tab moves from about:blank to the extension page, Firefox's BiDi can
  // fail an evaluation outright, which would end puppeteer's waitForSelector instead of retrying it.
  await waitFor(() => tab.evaluate(() => document.body?.dataset.ready === 'true'), READY_TIMEOUT_MS, `${path} to be ready`);
  if (driver.kind === 'chromium') await navigation;
  return tab;
}
