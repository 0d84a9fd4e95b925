// Keeps the reader's host in the page while the reader is open. Some pages remove whatever appears under <html>
// (anti-overlay scripts; tests/fixtures/hostile/remove-host.html): the reader vanished while the page stayed
// scroll-locked, with focus pulled toward a detached dialog and Escape still caught, until the user clicked the
// button twice. The host goes back a few times (a framework re-rendering once is harmless), then the guard gives
// up and the reader closes properly, the page restored.

/** Puts back after the page removed the host; one more removal closes the reader. Bounded: two observers that
 * undo each other would otherwise trade microtasks forever and freeze the tab. */
export const MAX_HOST_RESTORES = 3;

export interface HostGuard {
  release(): void;
}

export interface HostGuardCallbacks {
  /** The host was removed and is back under <html>: re-raise it, refocus. */
  restored(): void;
  /** The page keeps removing it: close the reader. */
  giveUp(): void;
}

export function guardHost(doc: Document, host: HTMLElement, callbacks: HostGuardCallbacks): HostGuard {
  const View = doc.defaultView as (Window & typeof globalThis) | null;
  // In a content script the global MutationObserver is our world's; under jsdom only the window has one.
  const Observer: typeof MutationObserver | undefined =
    (globalThis as { MutationObserver?: typeof MutationObserver }).MutationObserver ?? View?.MutationObserver;
  if (!Observer) return { release() {} };
  let restores = 0;
  let released = false;
  const observer = new Observer(() => {
    if (released || host.isConnected) return;
    if (restores >= MAX_HOST_RESTORES) {
      release();
      callbacks.giveUp();
      return;
    }
    restores++;
    doc.documentElement.appendChild(host);
    observe();
    callbacks.restored();
  });
  function observe(): void {
    // <html> for the host itself, the document for a page that swaps <html> out whole. Not the subtree: a page
    // that mutates its body every few milliseconds would run this callback for nothing.
    observer.observe(doc, { childList: true });
    observer.observe(doc.documentElement, { childList: true });
  }
  function release(): void {
    released = true;
    observer.disconnect();
  }
  observe();
  return { release };
}
