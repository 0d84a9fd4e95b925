// A page that removes the reader's host (src/content/reader/host-guard.ts; in real browsers:
// tests/fixtures/hostile/remove-host.html in tests/e2e/hostile.test.ts).
import { describe, expect, it } from 'vitest';
import { MAX_HOST_RESTORES } from '../../src/content/reader/host-guard';
import { makeDom, open } from './reader-helpers';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('reader: a page that removes the host', () => {
  it('puts the host back once it is removed, and the reader stays open', async () => {
    const { doc, host, handle, callbacks } = open();
    host.remove();
    await tick();
    expect(host.parentNode).toBe(doc.documentElement);
    expect(handle.isOpen()).toBe(true);
    expect(callbacks.onClose).not.toHaveBeenCalled();
    handle.close();
  });

  it(`gives up after ${MAX_HOST_RESTORES} restores and gives the page back, scroll lock and all`, async () => {
    const dom = makeDom();
    const doc = dom.window.document;
    const before = doc.documentElement.outerHTML;
    let removed = 0;
    // The page's own observer, as anti-overlay scripts do it: anything new under <html> goes.
    new dom.window.MutationObserver((records) => {
      for (const r of records) {
        for (const n of Array.from(r.addedNodes)) {
          if (n !== doc.head && n !== doc.body && n.parentNode === doc.documentElement) {
            (n as Element).remove();
            removed++;
          }
        }
      }
    }).observe(doc.documentElement, { childList: true });
    const { handle, callbacks } = open(undefined, { dom });
    await tick();
    expect(removed).toBe(MAX_HOST_RESTORES + 1);
    expect(handle.isOpen()).toBe(false);
    expect(callbacks.onClose).toHaveBeenCalledOnce();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('stops watching once the reader is closed', async () => {
    const { doc, host, handle } = open();
    handle.close();
    await tick();
    expect(host.isConnected).toBe(false);
    expect(doc.querySelectorAll('[data-news-declutter-reader]')).toHaveLength(0);
  });
});
