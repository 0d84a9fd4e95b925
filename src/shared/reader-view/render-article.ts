// The article view: header (site, title, byline, date, reading time), the body rebuilt through the allow-list,
// and the related list apart. The article's own lang and dir go on the <article> element, so an Arabic article
// reads right to left inside a left-to-right reader UI.
import type { Article, RelatedLink } from '../../declutter/types';
import { h } from './dom';
import { formatDate } from './format';
import type { ReaderT } from './messages';
import { renderRelated } from './related-list';
import { buildSafeFragment } from './safe-dom';

/** The id of the title: the dialog's aria-labelledby points at it. */
export const TITLE_ID = 'nd-title';

export interface ArticleView {
  /** The whole page column (article + related). */
  element: HTMLElement;
  /** The article's heading. */
  title: HTMLElement;
  /** The body, where receipts' markers are and where restored items go. */
  body: HTMLElement;
  /** Adds the Related list after the article, when the article came without one (it may come after it). */
  addRelated(related: readonly RelatedLink[]): void;
}

export function renderArticle(doc: Document, article: Article, t: ReaderT, uiLocale: string, siteFallback: string): ArticleView {
  const date = formatDate(article.publishedTime, uiLocale);
  // Date and reading time are in the UI language, inside an article that may be in another script and
  // direction: each is its own isolated run (dir=auto), or "3 min read" comes out as "min read 3" in Arabic.
  const ui = { lang: uiLocale || undefined, dir: 'auto' };
  const meta: HTMLElement[] = [];
  if (date) meta.push(h(doc, 'time', { datetime: article.publishedTime, ...ui }, [date]));
  if (article.readingMinutes > 0) {
    meta.push(h(doc, 'span', ui, [t('readerReadingTime', [String(Math.max(1, Math.round(article.readingMinutes)))])]));
  }
  const site = article.siteName.trim() || siteFallback;

  const title = h(doc, 'h1', { class: 'nd-title', id: TITLE_ID, tabindex: '-1' }, [article.title.trim() || site]);
  const head = h(doc, 'header', { class: 'nd-head' }, [
    site ? h(doc, 'p', { class: 'nd-site' }, [site]) : null,
    title,
    article.byline.trim() ? h(doc, 'p', { class: 'nd-byline' }, [article.byline.trim()]) : null,
    meta.length ? h(doc, 'p', { class: 'nd-meta' }, meta) : null,
  ]);

  const body = h(doc, 'div', { class: 'nd-body' });
  body.appendChild(buildSafeFragment(doc, article.contentHtml, { wrapTables: true }));

  const articleEl = h(doc, 'article', {
    class: 'nd-article',
    lang: article.lang || undefined,
    dir: article.dir === 'rtl' ? 'rtl' : 'ltr',
  }, [head, body]);

  let listed = renderRelated(doc, article.related, t);
  // Busy while the related links may still come (an article without any until the extractor says: RelatedRequest),
  // so assistive technology knows the column is not complete yet; a list given with the article is all there is.
  const element = h(doc, 'main', { class: 'nd-page', 'aria-busy': listed ? undefined : 'true' }, [articleEl, listed]);
  const addRelated = (related: readonly RelatedLink[]) => {
    element.removeAttribute('aria-busy');
    if (listed) return;
    listed = renderRelated(doc, related, t);
    if (listed) element.appendChild(listed);
  };
  return { element, title, body, addRelated };
}
