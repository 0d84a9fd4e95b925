// The views that are not an article: "no article here" with Show anyway, an error with its message, and the wait
// for the article.
import { h } from '../../shared/reader-view/dom';
import type { ReaderT } from '../../shared/reader-view/messages';
import { TITLE_ID } from '../../shared/reader-view/render-article';

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

/**
 * While the extractor reads the page: a busy view whose heading names the dialog. Its words fade in only after a
 * moment (src/shared/reader.css, .nd-loading), so the usual wait of a few dozen milliseconds shows an empty reader, not a flash
 * of text; a slow page says what is happening. Escape and the toolbar button close the reader meanwhile.
 */
export function loadingView(doc: Document, t: ReaderT): NoticeView {
  const heading = h(doc, 'h1', { id: TITLE_ID, tabindex: '-1' }, [t('readerLoadingTitle')]);
  const element = h(doc, 'div', { class: 'nd-scroll', 'aria-busy': 'true' }, [
    h(doc, 'section', { class: 'nd-notice nd-loading' }, [heading]),
  ]);
  return { element, focusTarget: heading };
}
