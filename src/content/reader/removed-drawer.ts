// The Removed drawer (STYLE.md rule 2: every removal leaves a receipt, and the reader can put any item back).
// A side sheet, closed until the user opens it, listing every receipt: kind (localized), the engine's reason
// (one English sentence, marked lang="en"), the removed text, and a Restore / Hide again button.
import type { Removal } from '../../declutter/types';
import { h, icon } from '../../shared/reader-view/dom';
import { KIND_KEYS, type ReaderMessageKey, type ReaderT } from '../../shared/reader-view/messages';
import { findMarker, restoreReceipt, type RestoredItem } from './restore-receipt';

export const DRAWER_ID = 'nd-removed';

export interface RemovedDrawerOptions {
  doc: Document;
  removed: readonly Removal[];
  /** The article body holding the markers. */
  body: HTMLElement;
  /** The article's language, for the removed text. */
  lang: string;
  t: ReaderT;
  /** Tells screen reader users what happened (a polite live region). */
  announce(message: string): void;
  /** The drawer asked to close (its close button): the owner closes it and returns focus. */
  onRequestClose(): void;
}

export interface RemovedDrawer {
  element: HTMLElement;
  open(): void;
  close(): void;
  isOpen(): boolean;
  /** The receipts put back now, in the order they were restored (the Save panel saves what is shown). */
  restored(): Removal[];
}

export function createRemovedDrawer(o: RemovedDrawerOptions): RemovedDrawer {
  const { doc, t } = o;
  const closeButton = h(doc, 'button', {
    type: 'button', class: 'nd-button nd-icon-only', 'aria-label': t('readerRemovedClose'), title: t('readerRemovedClose'),
  }, [icon(doc, 'close')]);
  closeButton.addEventListener('click', () => o.onRequestClose());

  const list = h(doc, 'ul', { class: 'nd-receipts' });
  const restored = new Set<Removal>();
  const onState = (receipt: Removal, isRestored: boolean) => {
    restored.delete(receipt);
    if (isRestored) restored.add(receipt);
  };
  o.removed.forEach((receipt) => list.appendChild(renderReceipt(o, receipt, onState)));

  const element = h(doc, 'aside', {
    id: DRAWER_ID, class: 'nd-drawer', 'aria-labelledby': 'nd-removed-title', hidden: '',
  }, [
    h(doc, 'div', { class: 'nd-drawer-head' }, [
      h(doc, 'h2', { id: 'nd-removed-title', tabindex: '-1' }, [t('readerRemovedTitle')]),
      closeButton,
    ]),
    h(doc, 'div', { class: 'nd-drawer-body' }, [
      h(doc, 'p', { class: 'nd-drawer-intro' }, [o.removed.length ? t('readerRemovedIntro') : t('readerRemovedEmpty')]),
      o.removed.length ? list : null,
    ]),
  ]);

  return {
    element,
    open() {
      element.hidden = false;
      element.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
    },
    close() {
      element.hidden = true;
    },
    isOpen: () => !element.hidden,
    restored: () => [...restored],
  };
}

function kindLabel(t: ReaderT, kind: string): string {
  const key: ReaderMessageKey | undefined = (KIND_KEYS as Record<string, ReaderMessageKey>)[kind];
  // A kind newer than this reader: show its id rather than nothing.
  return (key && t(key)) || kind;
}

function renderReceipt(o: RemovedDrawerOptions, receipt: Removal, onState: (receipt: Removal, isRestored: boolean) => void): HTMLElement {
  const { doc, t } = o;
  const button = h(doc, 'button', { type: 'button', class: 'nd-button nd-quiet' }, [t('readerRestore')]);
  const kind = kindLabel(t, receipt.kind);
  const hasPlace = findMarker(o.body, receipt) !== null;
  const item = h(doc, 'li', { class: 'nd-receipt', 'data-kind': receipt.kind, 'data-restored': 'false' }, [
    h(doc, 'div', { class: 'nd-receipt-top' }, [h(doc, 'span', { class: 'nd-receipt-kind' }, [kind]), button]),
    receipt.reason ? h(doc, 'p', { class: 'nd-receipt-reason', lang: 'en' }, [receipt.reason]) : null,
    receipt.text ? h(doc, 'p', { class: 'nd-receipt-text', lang: o.lang || undefined, dir: 'auto' }, [receipt.text]) : null,
    hasPlace ? null : h(doc, 'p', { class: 'nd-receipt-reason' }, [t('readerRemovedNoPlace')]),
  ]);
  // Screen readers hear "Restore, Ad label" rather than a row of identical "Restore" buttons.
  button.setAttribute('aria-label', `${t('readerRestore')}: ${kind}`);

  let restored: RestoredItem | null = null;
  button.addEventListener('click', () => {
    if (restored) {
      restored.remove();
      restored = null;
      setState(false);
      o.announce(t('readerHiddenStatus'));
      return;
    }
    restored = restoreReceipt(doc, o.body, receipt);
    setState(true);
    o.announce(t('readerRestoredStatus'));
    if (restored.first) revealInScroller(restored.first);
  });

  // The label changes (Restore ⇄ Hide again) instead of aria-pressed: a toggle whose name changes confuses.
  function setState(isRestored: boolean): void {
    onState(receipt, isRestored);
    item.setAttribute('data-restored', String(isRestored));
    const label = isRestored ? t('readerHideAgain') : t('readerRestore');
    button.textContent = label;
    button.setAttribute('aria-label', `${label}: ${kind}`);
  }
  return item;
}

/**
 * Scrolls the reader's own scroll area so `el` sits in its upper third. Not scrollIntoView: that also scrolls
 * every scrollable ancestor, the page's locked viewport included.
 */
function revealInScroller(el: Element): void {
  const scroller = el.closest('.nd-scroll');
  if (!scroller) return;
  const offset = el.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
  scroller.scrollTop += offset - scroller.clientHeight / 3;
}
