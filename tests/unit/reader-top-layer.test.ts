// A page that opens its own modal dialog, popover or fullscreen element while the reader is open: the reader goes
// back on top, a bounded number of times (src/content/reader/top-layer-guard.ts; in real browsers:
// tests/fixtures/hostile/top-layer.html in tests/e2e/hostile.test.ts). jsdom has no top layer: fakeModal records
// each showModal, the only way the reader gets on top.
import { describe, expect, it } from 'vitest';
import { MAX_TOP_LAYER_RAISES } from '../../src/content/reader/top-layer-guard';
import { fakeModal, makeDom, open } from './reader-helpers';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** What a browser fires at a page's dialog or popover as it opens: a toggle event that does not bubble. */
function pageOpens(doc: Document, newState = 'open', tag = 'dialog'): void {
  const win = doc.defaultView!;
  const dialog = doc.createElement(tag);
  doc.body.appendChild(dialog);
  const event = new win.Event('toggle', { bubbles: false });
  Object.assign(event, { newState, oldState: newState === 'open' ? 'closed' : 'open' });
  dialog.dispatchEvent(event);
}

describe('reader: a page that opens its own top-layer element', () => {
  it('raises the reader again when the page opens a dialog or popover, and keeps focus where it was', async () => {
    const dom = makeDom();
    const { showModal } = fakeModal(dom);
    const { doc, root, handle } = open(undefined, { dom });
    const button = root.querySelector<HTMLButtonElement>('.nd-toolbar button')!;
    button.focus();
    expect(showModal).toHaveBeenCalledTimes(1);
    pageOpens(doc);
    expect(showModal).toHaveBeenCalledTimes(2);
    expect(root.activeElement).toBe(button);
    // Its own close and reopening is not the user closing the reader.
    await tick();
    expect(handle.isOpen()).toBe(true);
    // A page element closing changes nothing, nor a <details> opening (it fires toggle too, and is no top layer).
    pageOpens(doc, 'closed');
    pageOpens(doc, 'open', 'details');
    expect(showModal).toHaveBeenCalledTimes(2);
    handle.close();
  });

  it(`gives up after ${MAX_TOP_LAYER_RAISES} raises and gives the page back`, () => {
    const dom = makeDom();
    const before = dom.window.document.documentElement.outerHTML;
    fakeModal(dom);
    const { doc, handle, callbacks } = open(undefined, { dom });
    for (let i = 0; i < MAX_TOP_LAYER_RAISES; i++) pageOpens(doc);
    expect(handle.isOpen()).toBe(true);
    pageOpens(doc);
    expect(handle.isOpen()).toBe(false);
    expect(callbacks.onClose).toHaveBeenCalledOnce();
    // The page's own dialogs stay; everything of the reader is gone.
    for (const d of Array.from(doc.querySelectorAll('body > dialog, body > details'))) d.remove();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('raises the reader again when the page makes one of its elements fullscreen, not when it leaves fullscreen', () => {
    const dom = makeDom();
    const { showModal } = fakeModal(dom);
    const { doc, handle } = open(undefined, { dom });
    let fullscreen: Element | null = doc.body;
    Object.defineProperty(doc, 'fullscreenElement', { configurable: true, get: () => fullscreen });
    doc.dispatchEvent(new dom.window.Event('fullscreenchange', { bubbles: true }));
    expect(showModal).toHaveBeenCalledTimes(2);
    fullscreen = null;
    doc.dispatchEvent(new dom.window.Event('fullscreenchange', { bubbles: true }));
    expect(showModal).toHaveBeenCalledTimes(2);
    handle.close();
  });

  it('stops listening once the reader is closed', () => {
    const dom = makeDom();
    const { showModal } = fakeModal(dom);
    const { doc, handle } = open(undefined, { dom });
    handle.close();
    pageOpens(doc);
    expect(showModal).toHaveBeenCalledTimes(1);
  });

  it('closes properly when the browser closes its dialog anyway (a close request it would not let be cancelled)', async () => {
    const dom = makeDom();
    fakeModal(dom);
    const { root, handle, callbacks } = open(undefined, { dom });
    root.querySelector('dialog')!.close();
    await tick();
    expect(handle.isOpen()).toBe(false);
    expect(callbacks.onClose).toHaveBeenCalledOnce();
  });
});
