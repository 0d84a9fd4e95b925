// The reader's Save panel: Save as Markdown, Save as HTML, Copy as Markdown. Built into the panel the article screen
// made (reader/article-screen.ts) from the separate save.js file, the first time the panel opens. Native buttons, so
// keyboard and screen readers work as everywhere in the reader; what happened is said in the panel and announced.
import type { SavePanelContext } from './api';
import { h } from '../../shared/reader-view/dom';
import { styleOnce } from '../../shared/reader-view/style-once';
import type { ReaderMessageKey, ReaderT } from '../../shared/reader-view/messages';
import { articleAsSeen, type ParseBody, type SaveFormat, savedFile } from './save-article';
import { copyText, downloadFile } from './save-download';

/** The panel's own look, beside the reader's stylesheet (added once per shadow root). */
const SAVE_CSS = `.nd-save-actions{display:flex;flex-direction:column;align-items:stretch;gap:.5em}
.nd-save-actions .nd-button{justify-content:flex-start}`;

/** An inert document's body: DOMParser documents run no script and load nothing. */
const parseBody: ParseBody = (markup) => new DOMParser().parseFromString(markup, 'text/html').body;

export function renderSavePanel(container: HTMLElement, ctx: SavePanelContext): void {
  const { doc } = ctx;
  const t = ctx.t as ReaderT;
  styleOnce(container, 'save', SAVE_CSS);
  const said = h(doc, 'p', { class: 'nd-hint nd-save-status' });
  const say = (message: string) => {
    said.textContent = message;
    ctx.announce(message);
  };
  const seen = () => articleAsSeen(ctx.article(), ctx.restored(), parseBody);

  const button = (key: ReaderMessageKey, action: string, run: () => void) => {
    const b = h(doc, 'button', { type: 'button', class: 'nd-button', 'data-save': action }, [t(key)]);
    b.addEventListener('click', run);
    return b;
  };
  const save = (format: SaveFormat) => () => {
    const file = savedFile(format, seen(), parseBody);
    downloadFile(container, file.name, file.text, file.type);
    say(t('readerSavedStatus', [file.name]));
  };
  const copy = () => {
    // Rendered before any await: the click's permission to write the clipboard does not outlive its task for long.
    const text = savedFile('markdown', seen(), parseBody).text;
    void copyText(container, text).then((ok) => say(t(ok ? 'readerCopiedStatus' : 'readerCopyFailed')));
  };

  container.replaceChildren(
    h(doc, 'div', { class: 'nd-save-actions' }, [
      button('readerSaveMarkdown', 'markdown', save('markdown')),
      button('readerSaveHtml', 'html', save('html')),
      button('readerCopyMarkdown', 'copy-markdown', copy),
    ]),
    said,
  );
}
