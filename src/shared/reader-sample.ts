// A short sample article shown as the reader shows one: the reader's stylesheet (design tokens included) in a
// shadow root, the reader's own article view (src/shared/reader-view/render-article.ts, the renderer the reader
// uses) for an Article made of the sample's words, and the preferences applied the way the reader applies them. The
// options page previews its settings with it and the welcome page shows it as the "after" picture. The words come
// from _locales; they reach the renderer as escaped text, so nothing of them is parsed as markup.
import type { Article } from '../declutter/types';
import { escapeHtml } from './formats/html';
import type { Translate } from './localize';
import { applyPrefs, type AppliedPrefs } from './reader-prefs';
import { READER_STYLESHEET } from './reader-style';
import { h } from './reader-view/dom';
import type { ReaderT } from './reader-view/messages';
import { renderArticle } from './reader-view/render-article';

/** The sample's words, in the user's language (keys `sample*` in _locales). */
export interface SampleText {
  site: string;
  title: string;
  byline: string;
  paragraphs: readonly string[];
}

/** Minutes shown in the sample's reading time: about what its two paragraphs take, rounded up. */
const SAMPLE_READING_MINUTES = 1;

export function sampleText(t: Translate): SampleText {
  return {
    site: t('sampleSite'),
    title: t('sampleTitle'),
    byline: t('sampleByline'),
    paragraphs: [t('sampleParagraph1'), t('sampleParagraph2')],
  };
}

/**
 * The reader's root is laid out to fill the viewport (position: absolute; inset: 0 inside a fixed host); inside a
 * page, the host is a box of its own, so the root fills that box instead. The sample shows its top: a picture, not
 * a scroll area a keyboard could land in, and it is there with the page (no fade-in: the reader fades in over a
 * page, a picture does not).
 */
const EMBED_CSS = ':host { display: block; position: relative; overflow: hidden; contain: content; } .nd-root { animation: none; } .nd-scroll { overflow: hidden; }';

export interface ReaderSample {
  /** The root element, carrying data-theme and data-font as the reader's does. */
  root: HTMLElement;
  update(prefs: AppliedPrefs): void;
}

/** The sample as the engine would hand it to the reader: no date, no related links, nothing removed. */
export function sampleArticle(text: SampleText): Article {
  return {
    title: text.title,
    byline: text.byline,
    siteName: text.site,
    lang: '',
    dir: 'ltr',
    publishedTime: '',
    excerpt: '',
    readingMinutes: SAMPLE_READING_MINUTES,
    contentHtml: text.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join(''),
    text: text.paragraphs.join('\n'),
    related: [],
    removed: [],
  };
}

/** The sample's page column, built by the reader's renderer. */
export function buildSampleArticle(doc: Document, text: SampleText, t: Translate, uiLocale = ''): HTMLElement {
  const view = renderArticle(doc, sampleArticle(text), t as ReaderT, uiLocale, text.site);
  // A picture, not a dialog: the title is no focus target and names nothing here.
  view.title.removeAttribute('id');
  view.title.removeAttribute('tabindex');
  view.element.removeAttribute('aria-busy');
  return view.element;
}

export function mountReaderSample(host: HTMLElement, text: SampleText, prefs: AppliedPrefs, t: Translate): ReaderSample {
  const doc = host.ownerDocument;
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = `${READER_STYLESHEET}\n${EMBED_CSS}`;
  const root = h(doc, 'div', { class: 'nd-root' });
  const main = h(doc, 'div', { class: 'nd-main' });
  const scroll = h(doc, 'div', { class: 'nd-scroll' });
  scroll.append(buildSampleArticle(doc, text, t));
  main.append(scroll);
  root.append(main);
  shadow.append(style, root);
  applyPrefs(root, prefs);
  return { root, update: (next) => applyPrefs(root, next) };
}
