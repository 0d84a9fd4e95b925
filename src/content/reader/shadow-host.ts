// The reader's host element: a child of <html> (not <body>, which pages restyle and re-render) with a shadow root,
// so page CSS cannot reach the reader's inside and the reader's CSS cannot leak into the page.
import { HOST_PRINT_STYLE, HOST_STYLE, type HostRules } from './host-style';
import { READER_CSS } from './styles';

/**
 * ONE place for the shadow root's mode. 'closed': the page's own scripts get `host.shadowRoot === null` and cannot
 * read or rewrite the reader. End-to-end tests read a closed root through CDP in Chromium
 * (../shared/BROWSER-TESTS.md); if the Firefox tests cannot, the shell engineer may ask to switch this to 'open'.
 */
export const SHADOW_MODE: ShadowRootMode = 'closed';

/**
 * Names the host for anyone debugging the page (and for the tests' drivers); never used to find it at runtime.
 * Its value is the reading's key (ReaderHost.key).
 */
export const HOST_ATTR = 'data-news-declutter-reader';

export interface ReaderHost {
  host: HTMLElement;
  root: ShadowRoot;
  /**
   * Random, new for each reading: the print stylesheet keeps `[HOST_ATTR="key"]` only (print-mode.ts). The
   * attribute's name is public, so a page can carry it on elements of its own
   * (tests/fixtures/hostile/print-fake.html); without the key they would print with the clean article.
   */
  key: string;
}

/** Base-36 letters and digits only: safe inside an attribute selector as it is. */
function readingKey(): string {
  return Array.from(globalThis.crypto.getRandomValues(new Uint32Array(2)), (n) => n.toString(36)).join('');
}

export function createHost(doc: Document): ReaderHost {
  // A plain <div>, not a custom element: a page could define a custom element of that name and run its code on
  // our host when it upgrades.
  const host = doc.createElement('div');
  const key = readingKey();
  host.setAttribute(HOST_ATTR, key);
  // A manual popover (no light dismiss, no Escape of its own) so raiseHost can put it in the top layer.
  host.setAttribute('popover', 'manual');
  applyHostStyle(host, HOST_STYLE);
  const root = host.attachShadow({ mode: SHADOW_MODE });
  const style = doc.createElement('style');
  style.textContent = READER_CSS;
  root.appendChild(style);
  return { host, root, key };
}

/**
 * Puts the connected host in the browser's top layer (Popover API, Chrome 114+, Firefox 125+). Why: a page that
 * sets `transform`, `filter` or `will-change` on <html> makes it the containing block of every fixed element, and
 * the reader then sits at the top of the document instead of the viewport (seen in Chromium 156 with
 * `html { transform: translateZ(0) }` and the page scrolled: an empty sepia screen). The top layer is laid out
 * against the viewport whatever the ancestors do, above any z-index. Without the API, the fixed layout remains.
 */
export function raiseHost(host: HTMLElement): void {
  if (typeof host.showPopover !== 'function' || !host.isConnected) return;
  try {
    // Already showing: browsers either ignore the call or throw InvalidStateError; both are fine.
    host.showPopover();
  } catch {
    // Not supported here (an older engine, a test DOM): the inline fixed layout still covers the usual pages.
  }
}

/** Printing: out of the top layer (it would print as one absolutely positioned box) and flowing like a document. */
export function setHostPrintLayout(host: HTMLElement, printing: boolean): void {
  if (printing) {
    try {
      if (typeof host.hidePopover === 'function') host.hidePopover();
    } catch {
      // See raiseHost.
    }
  }
  applyHostStyle(host, printing ? HOST_PRINT_STYLE : HOST_STYLE);
  if (!printing) raiseHost(host);
}

function applyHostStyle(host: HTMLElement, rules: HostRules): void {
  for (const [name, value] of rules) host.style.setProperty(name, value, 'important');
}
