// Counts, from the page's own world, every reader host that comes and goes. Release builds leave no marks in the page,
// and a burst of toolbar clicks has no end anyone announces: each toggle the content script carries out either adds
// a host (open) or removes one (close), so "n clicks landed" is "opened + closed = n", a condition to wait for
// instead of a pause.
import type { Page } from 'puppeteer-core';
import { HOST_ATTR } from './driver';

export interface HostCounts {
  /** Hosts added to the page since the watch started. */
  opened: number;
  /** Hosts removed from the page since the watch started. */
  closed: number;
  /** The most hosts the page held at once. */
  most: number;
  /** Hosts in the page now. */
  now: number;
}

/** Starts counting in the page; a later call starts again from zero. */
export async function watchReaderHosts(page: Page): Promise<void> {
  await page.evaluate((attr) => {
    const w = window as unknown as { ndHostWatch?: { counts: HostCounts; observer: MutationObserver } };
    w.ndHostWatch?.observer.disconnect();
    const counts = { opened: 0, closed: 0, most: 0, now: 0 };
    const isHost = (n: Node) => n instanceof Element && n.hasAttribute(attr);
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        counts.opened += [...r.addedNodes].filter(isHost).length;
        counts.closed += [...r.removedNodes].filter(isHost).length;
      }
      counts.most = Math.max(counts.most, document.querySelectorAll(`[${attr}]`).length);
    });
    observer.observe(document, { childList: true, subtree: true });
    w.ndHostWatch = { counts, observer };
  }, HOST_ATTR);
}

/** What the watch has seen so far. */
export async function readerHostCounts(page: Page): Promise<HostCounts> {
  return page.evaluate((attr) => {
    const w = window as unknown as { ndHostWatch?: { counts: HostCounts } };
    if (!w.ndHostWatch) throw new Error('watchReaderHosts was not called on this page');
    return { ...w.ndHostWatch.counts, now: document.querySelectorAll(`[${attr}]`).length };
  }, HOST_ATTR);
}
