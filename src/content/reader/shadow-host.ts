// The reader's host element: a child of <html> (not <body>, which pages restyle and re-render) with a shadow root,
// so page CSS cannot reach the reader's inside and the reader's CSS cannot leak into the page.
import { HOST_ATTR } from './host-attr';
import { HOST_PRINT_STYLE, HOST_STYLE, type HostRules } from './host-style';
import { READER_CSS } from './styles';

/**
 * ONE place for the shadow root's mode. 'closed': the page's own scripts get `host.shadowRoot === null` and cannot
 * read or rewrite the reader. End-to-end tests read a closed root through CDP in Chromium and through WebDriver
 * BiDi's `includeShadowTree: 'all'` in Firefox (tests/e2e/helpers/firefox.ts), so they need no open root.
 */
export const SHADOW_MODE: ShadowRootMode = 'closed';

export { HOST_ATTR } from './host-attr';

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
  applyHostStyle(host, HOST_STYLE);
  const root = host.attachShadow({ mode: SHADOW_MODE });
  const style = doc.createElement('style');
  style.textContent = READER_CSS;
  root.appendChild(style);
  return { host, root, key };
}

/**
 * Shows the reader's dialog (the <dialog> inside the shadow root) as a modal, at the top of the browser's top layer;
 * called again, it goes back on top (closed and shown again: the top layer is in order of showing). Why the top
 * layer: a page that sets `transform`, `filter` or `will-change` on <html> makes it the containing block of every
 * fixed element, and the reader then sat at the top of the document instead of the viewport (Chromium 156,
 * `html { transform: translateZ(0) }` and the page scrolled: an empty sepia screen); the top layer is laid out
 * against the viewport whatever the ancestors do, above any z-index. Why modal, not a popover: while a page's own
 * modal dialog is open, everything outside the topmost modal dialog is inert, a popover above it included (it
 * shows, but takes no click or focus); the reader must be that topmost modal. Page scripts cannot reach this
 * dialog in the closed shadow root, so they cannot close it either. Without the API (a test DOM), the host's fixed
 * layout remains.
 */
export function raiseDialog(dialog: HTMLDialogElement): void {
  if (typeof dialog.showModal !== 'function' || !dialog.isConnected) return;
  try {
    // A dialog whose host was taken out of the page left the top layer but still says `open`.
    if (dialog.open) dialog.close();
    dialog.showModal();
  } catch {
    // An engine that refuses (the host is not rendered yet): the inline fixed layout still covers the usual pages.
  }
}

/** Printing: out of the top layer (it would print as one fixed box) and flowing like a document. */
export function setHostPrintLayout(host: HTMLElement, dialog: HTMLDialogElement, printing: boolean): void {
  if (printing && dialog.open && typeof dialog.close === 'function') dialog.close();
  applyHostStyle(host, printing ? HOST_PRINT_STYLE : HOST_STYLE);
  if (!printing) raiseDialog(dialog);
}

function applyHostStyle(host: HTMLElement, rules: HostRules): void {
  for (const [name, value] of rules) host.style.setProperty(name, value, 'important');
}
