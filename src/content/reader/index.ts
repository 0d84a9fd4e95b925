// The reader overlay's entry point: opens a modal dialog in a shadow root at the document root, shows an article,
// a "no article" notice or an error, and on close gives the page back exactly as it was (DOM, inline styles,
// scroll position, focus). Lifecycle only; each part lives in its own file (see the imports).
import type { RelatedLink } from '../../declutter/types';
import type { ReaderContent, ReaderHandle, ReaderOptions, ReaderPrefs } from './api';
import { type ArticleScreen, articleScreen } from './article-screen';
import { h } from '../../shared/reader-view/dom';
import { trapFocus } from './focus-trap';
import type { ReaderT } from '../../shared/reader-view/messages';
import { guardHost } from './host-guard';
import { readyFormats } from '../../shared/reader-view/format';
import { errorView, loadingView, noArticleView } from './notice-view';
import { borrowPage } from './page-state';
import { applyPrefs, createPrefsReporter, normalizePrefs } from './prefs';
import { setupPrint } from './print-mode';
import { TITLE_ID } from '../../shared/reader-view/render-article';
import { createHost, raiseDialog } from './shadow-host';
import { guardTopLayer } from './top-layer-guard';
import { uiLanguage } from '../../shared/ui-direction';

export type { ReaderContent, ReaderHandle, ReaderOptions, ReaderPrefs } from './api';
export { DEFAULT_READER_PREFS } from './api';
export { SHADOW_MODE, HOST_ATTR } from './shadow-host';

/** Key events the reader handles itself must not reach the page's shortcuts (a page's own Escape closing its modal…). */
const SHIELDED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

/**
 * The page's host as the browser's address bar knows it: from the document's address, never from what the page
 * says about itself. An internationalized name comes as punycode (`xn--…`), so a look-alike host cannot pass for
 * another. Pages without a host (file:, data:) show their scheme.
 */
export function pageHost(doc: Document): string {
  try {
    const url = new URL(doc.URL);
    return url.hostname || url.protocol;
  } catch {
    return '';
  }
}

export function openReader(doc: Document, content: ReaderContent, options: ReaderOptions): ReaderHandle {
  const t = options.t as ReaderT;
  // Chrome's message folders spell locales "pt_BR"; Intl and the lang attribute want BCP 47 ("pt-BR").
  const uiLocale = options.uiLocale.replace(/_/g, '-');
  // Before anything changes: the page's focus, scroll position and inline styles.
  const page = borrowPage(doc);
  const { host, root, key } = createHost(doc);
  let prefs = normalizePrefs(options.prefs);

  // The bar, panels and notices are in the language of the messages shown, and right to left when those are Arabic;
  // the article sets its own lang and dir inside (render-article.ts).
  const ui = uiLanguage(options.t);
  // A <dialog>, shown as a modal in the top layer (shadow-host.ts, raiseDialog).
  const dialog = h(doc, 'dialog', {
    class: 'nd-root', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': TITLE_ID, tabindex: '-1',
    lang: ui.lang || uiLocale || undefined, dir: ui.dir,
  });
  applyPrefs(dialog, prefs);
  // A polite live region for what a click changed out of view ("Restored in the article").
  const status = h(doc, 'div', { class: 'nd-sr-only nd-status', role: 'status', 'aria-live': 'polite' });
  root.appendChild(dialog);
  doc.documentElement.appendChild(host);
  raiseDialog(dialog);
  // A page that removes our host must not leave itself locked behind a reader that is gone (host-guard.ts).
  const guard = guardHost(doc, host, {
    restored() {
      raiseDialog(dialog);
      dialog.focus({ preventScroll: true });
    },
    giveUp() {
      console.warn('News Declutter: this page keeps removing the reader, so it was closed and the page given back.');
      userClose();
    },
  });

  const prefsReporter = createPrefsReporter((p) => options.callbacks.onPrefsChange(p));
  // The page may go away with the reader open (a link followed): report the last preferences before it does.
  const onPageHide = () => prefsReporter.flush();
  doc.defaultView?.addEventListener('pagehide', onPageHide);

  const trap = trapFocus(doc, host, root, dialog);
  const printer = setupPrint(doc, host, dialog, key);
  // A page that opens its own modal, popover or fullscreen element must not cover the reader (top-layer-guard.ts).
  const topLayer = guardTopLayer(doc, host, {
    raise() {
      if (printer.printing()) return;
      const focused = root.activeElement as HTMLElement | null;
      raiseDialog(dialog);
      (focused ?? dialog).focus({ preventScroll: true });
    },
    giveUp() {
      console.warn('News Declutter: this page keeps covering the reader, so it was closed and the page given back.');
      userClose();
    },
  });
  // Escape is the reader's own (onKeyDown below): the browser's close request for a modal must not close the
  // dialog behind the reader's back. A close that still happens (the browser's own, past a cancelled one) closes
  // the reader properly; the dialog's own closing while printing or being raised is not one.
  const onCancel = (event: Event) => event.preventDefault();
  const onDialogClose = () => {
    if (dialog.open || printer.printing()) return;
    userClose();
  };
  dialog.addEventListener('cancel', onCancel);
  dialog.addEventListener('close', onDialogClose);
  let escape: () => boolean = () => false;
  let shortcut: (event: KeyboardEvent) => boolean = () => false;
  let disposeScreen = () => {};
  let addRelated: ArticleScreen['addRelated'] | null = null;
  let open = true;

  const onKeyDown = (event: KeyboardEvent) => {
    if (shortcut(event)) {
      event.preventDefault();
      event.stopPropagation();
      return;
    }
    // defaultPrevented is ignored on purpose: a page that cancels every key must not keep the reader open.
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    // First Escape closes an open popover or drawer; the next closes the reader.
    if (!escape()) userClose();
  };
  // Capture on the window: Escape works wherever focus is, before page handlers on the document see it.
  const keyTarget: EventTarget = doc.defaultView ?? doc;
  keyTarget.addEventListener('keydown', onKeyDown as EventListener, true);
  const shield = (event: Event) => event.stopPropagation();
  for (const type of SHIELDED_EVENTS) root.addEventListener(type, shield);

  function close(): void {
    if (!open) return;
    open = false;
    disposeScreen();
    guard.release();
    topLayer.release();
    dialog.removeEventListener('close', onDialogClose);
    keyTarget.removeEventListener('keydown', onKeyDown as EventListener, true);
    doc.defaultView?.removeEventListener('pagehide', onPageHide);
    prefsReporter.flush();
    trap.release();
    printer.dispose();
    host.remove();
    page.restore();
  }

  function userClose(): void {
    if (!open) return;
    close();
    options.callbacks.onClose();
  }

  function show(next: ReaderContent): void {
    if (!open) return;
    disposeScreen();
    escape = () => false;
    shortcut = () => false;
    disposeScreen = () => {};
    addRelated = null;
    let shown = () => {};
    status.textContent = '';
    let nodes: HTMLElement[];
    let focusTarget: HTMLElement;
    if (next.kind === 'article') {
      const screen = articleScreen({
        doc, t, uiLocale, prefs,
        siteFallback: doc.location?.hostname.replace(/^www\./, '') ?? '',
        host: pageHost(doc),
        onPrefsChange(p) {
          prefs = p;
          applyPrefs(dialog, p);
          prefsReporter.push(p);
        },
        announce(message) {
          // Cleared first so the same message twice is still announced.
          status.textContent = '';
          status.textContent = message;
        },
        print: () => printer.print(),
        close: userClose,
        renderSitePanel: options.renderSitePanel,
        resume: options.resume,
        loadSave: options.loadSave,
        listen: options.listen,
      }, next.article);
      shown = screen.shown;
      nodes = screen.nodes;
      focusTarget = screen.focusTarget;
      escape = screen.escape;
      shortcut = screen.shortcut;
      disposeScreen = screen.dispose;
      addRelated = screen.addRelated;
    } else {
      const view = next.kind === 'loading'
        ? loadingView(doc, t)
        : next.kind === 'no-article'
          ? noArticleView(doc, t, () => options.callbacks.onShowAnyway(), userClose)
          : errorView(doc, t, next.message, userClose);
      nodes = [view.element];
      focusTarget = view.focusTarget;
    }
    dialog.replaceChildren(...nodes, status);
    focusTarget.focus({ preventScroll: true });
    shown();
    // While the page is read: what the article's header will need, so that showing it does not wait for it.
    if (next.kind === 'loading') readyFormats(uiLocale);
  }

  function showRelated(related: readonly RelatedLink[]): void {
    if (open) addRelated?.(related);
  }

  show(content);
  return { close, isOpen: () => open, show, showRelated };
}
