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

/** Names the host for the print stylesheet and for anyone debugging the page; never used to find it at runtime. */
export const HOST_ATTR = 'data-news-declutter-reader';

export interface ReaderHost {
  host: HTMLElement;
  root: ShadowRoot;
}

export function createHost(doc: Document): ReaderHost {
  // A plain <div>, not a custom element: a page could define a custom element of that name and run its code on
  // our host when it upgrades.
  const host = doc.createElement('div');
  host.setAttribute(HOST_ATTR, '');
  applyHostStyle(host, HOST_STYLE);
  const root = host.attachShadow({ mode: SHADOW_MODE });
  const style = doc.createElement('style');
  style.textContent = READER_CSS;
  root.appendChild(style);
  return { host, root };
}

export function setHostPrintLayout(host: HTMLElement, printing: boolean): void {
  applyHostStyle(host, printing ? HOST_PRINT_STYLE : HOST_STYLE);
}

function applyHostStyle(host: HTMLElement, rules: HostRules): void {
  for (const [name, value] of rules) host.style.setProperty(name, value, 'important');
}
