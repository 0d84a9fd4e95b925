// The two views that are not an article: "no article here" with Show anyway, and an error with its message.
import { h } from './dom';
import type { ReaderT } from './messages';
import { TITLE_ID } from './render-article';

export interface NoticeView {
  element: HTMLElement;
  /** Where focus goes when the view appears: the main action. */
  focusTarget: HTMLElement;
}

function closeButton(doc: Document, t: ReaderT, onClose: () => void): HTMLButtonElement {
  const button = h(doc, 'button', { type: 'button', class: 'nd-button nd-quiet' }, [t('readerClose')]);
  button.addEventListener('click', onClose);
  return button;
}

export function noArticleView(doc: Document, t: ReaderT, onShowAnyway: () => void, onClose: () => void): NoticeView {
  const show = h(doc, 'button', { type: 'button', class: 'nd-button nd-primary' }, [t('readerShowAnyway')]);
  show.addEventListener('click', onShowAnyway);
  const element = h(doc, 'div', { class: 'nd-scroll' }, [
    h(doc, 'section', { class: 'nd-notice' }, [
      h(doc, 'h1', { id: TITLE_ID, tabindex: '-1' }, [t('readerNoArticleTitle')]),
      h(doc, 'p', {}, [t('readerNoArticleBody')]),
      h(doc, 'div', { class: 'nd-notice-actions' }, [show, closeButton(doc, t, onClose)]),
    ]),
  ]);
  return { element, focusTarget: show };
}

export function errorView(doc: Document, t: ReaderT, message: string, onClose: () => void): NoticeView {
  const close = closeButton(doc, t, onClose);
  const element = h(doc, 'div', { class: 'nd-scroll' }, [
    h(doc, 'section', { class: 'nd-notice', role: 'alert' }, [
      h(doc, 'h1', { id: TITLE_ID, tabindex: '-1' }, [t('readerErrorTitle')]),
      // The message is text, never markup, whatever it holds.
      message ? h(doc, 'p', { class: 'nd-error-detail' }, [message]) : null,
      h(doc, 'div', { class: 'nd-notice-actions' }, [close]),
    ]),
  ]);
  return { element, focusTarget: close };
}
