// Printing the clean article only. While printing (our Print button, or the user's own Ctrl+P while the reader
// is open), a <style> added to the page hides everything but the reader's host, and the host flows like a
// document so the article spans every page. Both are undone on `afterprint` and on close: the page is left
// exactly as it was.
import { HOST_ATTR, setHostPrintLayout } from './shadow-host';
import { printPageCss } from './styles';

export interface PrintMode {
  /** Open the browser's print dialog for the article. */
  print(): void;
  /** True between `beforeprint` (or the Print button) and `afterprint`: the dialog is out of the top layer on purpose. */
  printing(): boolean;
  /** Stop listening and undo any print state. Idempotent. */
  dispose(): void;
}

/** `key`: the reading's key, the value of the host's HOST_ATTR (shadow-host.ts, ReaderHost.key). */
export function setupPrint(doc: Document, host: HTMLElement, dialog: HTMLDialogElement, key: string): PrintMode {
  const win = doc.defaultView;
  let style: HTMLStyleElement | null = null;

  const enter = () => {
    if (style) return;
    style = doc.createElement('style');
    // textContent, not a stylesheet link or attribute: the one way that applies under a strict page CSP.
    style.textContent = printPageCss(HOST_ATTR, key);
    (doc.head ?? doc.documentElement).appendChild(style);
    setHostPrintLayout(host, dialog, true);
  };
  const exit = () => {
    if (!style) return;
    style.remove();
    style = null;
    setHostPrintLayout(host, dialog, false);
  };

  win?.addEventListener('beforeprint', enter);
  win?.addEventListener('afterprint', exit);
  return {
    printing: () => style !== null,
    print() {
      enter();
      // Blocking in Chromium and Firefox until the dialog closes; `afterprint` then undoes the print state.
      win?.print();
    },
    dispose() {
      win?.removeEventListener('beforeprint', enter);
      win?.removeEventListener('afterprint', exit);
      exit();
    },
  };
}
