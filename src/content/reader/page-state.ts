// What the reader borrows from the page while open, and gives back exactly on close: the scroll lock on
// <html>/<body>, the scroll position and the focused element (DESIGN.md: "gives the page back exactly as it was").

interface SavedInlineStyle {
  el: HTMLElement;
  /** The style attribute as the page wrote it, byte for byte; null when there was none. */
  attribute: string | null;
  /** The attribute as we left it, to tell whether the page changed it while the reader was open. */
  ours: string | null;
  overflow: string;
  priority: string;
}

export interface PageState {
  /** Give everything back. Idempotent. */
  restore(): void;
}

/** Locks page scrolling and remembers scroll position and focus. */
export function borrowPage(doc: Document): PageState {
  const win = doc.defaultView;
  const scrollX = win?.scrollX ?? 0;
  const scrollY = win?.scrollY ?? 0;
  const focused = deepActiveElement(doc);

  const saved: SavedInlineStyle[] = [];
  for (const el of [doc.documentElement, doc.body]) {
    if (!el) continue;
    const entry: SavedInlineStyle = {
      el,
      attribute: el.getAttribute('style'),
      ours: null,
      overflow: el.style.getPropertyValue('overflow'),
      priority: el.style.getPropertyPriority('overflow'),
    };
    // Inline !important through CSSOM: beats page rules, and CSSOM is allowed under any page CSP.
    el.style.setProperty('overflow', 'hidden', 'important');
    entry.ours = el.getAttribute('style');
    saved.push(entry);
  }

  let restored = false;
  return {
    restore() {
      if (restored) return;
      restored = true;
      for (const s of saved) restoreInlineStyle(s);
      restoreFocus(focused, doc);
      if (win && (win.scrollX !== scrollX || win.scrollY !== scrollY)) {
        // 'instant': a page with `scroll-behavior: smooth` would otherwise animate back from the top.
        win.scrollTo({ left: scrollX, top: scrollY, behavior: 'instant' as ScrollBehavior });
      }
    },
  };
}

function restoreInlineStyle(s: SavedInlineStyle): void {
  const { el } = s;
  if (el.getAttribute('style') === s.ours) {
    // Untouched since we locked: put the page's attribute back byte-identical (CSSOM would re-serialize it).
    if (s.attribute === null) el.removeAttribute('style');
    else el.setAttribute('style', s.attribute);
    return;
  }
  // The page changed its own inline style meanwhile (its scripts kept running): undo only our property.
  if (s.overflow) el.style.setProperty('overflow', s.overflow, s.priority);
  else el.style.removeProperty('overflow');
}

/** The element that really has focus, looking inside open shadow roots (the page's own web components). */
function deepActiveElement(doc: Document): Element | null {
  let el: Element | null = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

function restoreFocus(el: Element | null, doc: Document): void {
  if (!el || !el.isConnected || el === doc.body || el === doc.documentElement) return;
  const target = el as HTMLElement;
  if (typeof target.focus === 'function') target.focus({ preventScroll: true });
}
