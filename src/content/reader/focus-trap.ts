// Keeps keyboard focus inside the reader dialog (aria-modal): Tab and Shift+Tab cycle through the reader's
// controls and links, and focus that lands on the page (a page script, a click on nothing) is brought back.

const FOCUSABLE = [
  'a[href]', 'button:not([disabled])', 'input:not([disabled])', 'select:not([disabled])', 'textarea:not([disabled])',
  'summary', '[tabindex]:not([tabindex="-1"])',
].join(',');

/** Focusable elements of `scope` in document order, skipping those inside a hidden drawer or panel. */
export function focusables(scope: ParentNode): HTMLElement[] {
  return Array.from(scope.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => !isHidden(el));
}

function isHidden(el: Element): boolean {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    if (cur.hasAttribute('hidden') || cur.hasAttribute('inert')) return true;
    // Inside a closed <details>, only its own <summary> can take focus.
    if (cur !== el && cur.localName === 'details' && !cur.hasAttribute('open')) {
      const summary: Element | null = el.closest('summary');
      if (!summary || summary.parentElement !== cur) return true;
    }
  }
  return false;
}

export interface FocusTrap {
  release(): void;
}

/**
 * `dialog` is the element that holds the reader; `root` its shadow root (whose activeElement says where focus is
 * inside); `host` the element the page sees as focused while focus is inside the shadow root.
 */
export function trapFocus(doc: Document, host: HTMLElement, root: ShadowRoot, dialog: HTMLElement): FocusTrap {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
    const items = focusables(dialog);
    if (items.length === 0) {
      event.preventDefault();
      dialog.focus({ preventScroll: true });
      return;
    }
    const first = items[0]!;
    const last = items[items.length - 1]!;
    const current = root.activeElement;
    const inside = doc.activeElement === host && current !== null;
    if (!inside) {
      event.preventDefault();
      (event.shiftKey ? last : first).focus();
    } else if (event.shiftKey && (current === first || current === dialog)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && current === last) {
      event.preventDefault();
      first.focus();
    }
  };
  // Focus moved to the page behind the dialog: bring it back to the dialog itself. The flag stops a ping-pong
  // with a page that refocuses its own element on blur (that would recurse until the stack overflows).
  let pulling = false;
  const onFocusIn = (event: FocusEvent) => {
    if (event.target === host || pulling) return;
    pulling = true;
    try { dialog.focus({ preventScroll: true }); } finally { pulling = false; }
  };
  // Capture on the window, the first stop of every event: sees Tab before page handlers on the document or
  // below can move focus elsewhere or stop it.
  const target: EventTarget = doc.defaultView ?? doc;
  target.addEventListener('keydown', onKeyDown as EventListener, true);
  target.addEventListener('focusin', onFocusIn as EventListener, true);
  return {
    release() {
      target.removeEventListener('keydown', onKeyDown as EventListener, true);
      target.removeEventListener('focusin', onFocusIn as EventListener, true);
    },
  };
}
