// Keeps the reader on top while it is open. The reader is the topmost modal dialog of the browser's top layer
// (shadow-host.ts, raiseDialog); a page script can still open its own modal dialog, popover or fullscreen element
// later, and the newest entry of the top layer is drawn above the others. A page modal would also make the reader
// inert (no clicks, no focus) while it is the topmost modal. So when the page opens one, the reader goes back on
// top, which makes the page's dialog the inert one (tests/fixtures/hostile/top-layer.html). Bounded like the host
// guard: a page that answers each raise with a new dialog would otherwise keep both sides busy for as long as the
// reader is open; past the bound the reader closes and the page is given back.

/** Raises after the page put something of its own in the top layer; one more closes the reader. A page's consent
 * dialog and a popover or two are covered; a page that keeps at it is fighting the reader. */
export const MAX_TOP_LAYER_RAISES = 5;

/**
 * What puts an element of the page in the top layer: `toggle` for popovers and dialogs (fired at the element, not
 * bubbling: heard in the capture phase on the window), `fullscreenchange` for fullscreen (the page's click handler
 * can ask for it with the user's click on the reader).
 */
const TOP_LAYER_EVENTS = ['toggle', 'fullscreenchange'] as const;

export interface TopLayerGuard {
  release(): void;
}

export interface TopLayerGuardCallbacks {
  /** The page put something above the reader: raise it again. */
  raise(): void;
  /** The page keeps doing it: close the reader. */
  giveUp(): void;
}

function opened(event: Event): boolean {
  return (event as ToggleEvent).newState === 'open';
}

/** Dialogs and popovers can enter the top layer; a <details> fires `toggle` too, and stays in the page's flow. */
function mayBeOnTop(target: EventTarget | null): boolean {
  const el = target as Element | null;
  return !!el && typeof el.hasAttribute === 'function' && (el.localName === 'dialog' || el.hasAttribute('popover'));
}

export function guardTopLayer(doc: Document, host: HTMLElement, callbacks: TopLayerGuardCallbacks): TopLayerGuard {
  const target: EventTarget = doc.defaultView ?? doc;
  let raises = 0;
  let released = false;
  const onEvent = (event: Event) => {
    if (released) return;
    // The reader's own dialog and panels never fire these outside its closed shadow root (toggle is not composed);
    // anything heard here is the page's.
    if (event.type === 'toggle' && !(opened(event) && mayBeOnTop(event.target))) return;
    if (event.type === 'fullscreenchange' && !doc.fullscreenElement) return;
    if (event.target === host) return;
    if (raises >= MAX_TOP_LAYER_RAISES) {
      release();
      callbacks.giveUp();
      return;
    }
    raises++;
    callbacks.raise();
  };
  for (const type of TOP_LAYER_EVENTS) target.addEventListener(type, onEvent, true);
  function release(): void {
    released = true;
    for (const type of TOP_LAYER_EVENTS) target.removeEventListener(type, onEvent, true);
  }
  return { release };
}
