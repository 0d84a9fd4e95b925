// A short sample article shown as the reader shows one: the reader's stylesheet (design tokens included) in a
// shadow root, the reader's markup for an article (the same elements and classes as
// src/content/reader/render-article.ts builds; tests/unit/reader-sample.test.ts keeps the two in step), and the
// preferences applied the way the reader applies them. The options page previews its settings with it and the
// welcome page shows it as the "after" picture. Built with createElement and textContent only: the text comes from
// _locales, never parsed as HTML.
import type { Translate } from './localize';
import { applyPrefs, type AppliedPrefs } from './reader-prefs';
import { READER_STYLESHEET } from './reader-style';

/** The sample's words, in the user's language (keys `sample*` in _locales). */
export interface SampleText {
  site: string;
  title: string;
  byline: string;
  meta: string;
  paragraphs: readonly string[];
}

/** Minutes shown in the sample's reading time: about what its two paragraphs take, rounded up. */
const SAMPLE_READING_MINUTES = '1';

export function sampleText(t: Translate): SampleText {
  return {
    site: t('sampleSite'),
    title: t('sampleTitle'),
    byline: t('sampleByline'),
    meta: t('readerReadingTime', [SAMPLE_READING_MINUTES]),
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

function el(doc: Document, tag: string, className: string, text?: string): HTMLElement {
  const node = doc.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The sample's elements, without the stylesheet: the article column as renderArticle builds it. */
export function buildSampleArticle(doc: Document, text: SampleText): HTMLElement {
  const head = el(doc, 'header', 'nd-head');
  head.append(el(doc, 'p', 'nd-site', text.site), el(doc, 'h1', 'nd-title', text.title), el(doc, 'p', 'nd-byline', text.byline));
  const meta = el(doc, 'p', 'nd-meta');
  meta.append(el(doc, 'span', '', text.meta));
  head.append(meta);
  const body = el(doc, 'div', 'nd-body');
  for (const paragraph of text.paragraphs) body.append(el(doc, 'p', '', paragraph));
  const article = el(doc, 'article', 'nd-article');
  article.append(head, body);
  const page = el(doc, 'main', 'nd-page');
  page.append(article);
  return page;
}

export function mountReaderSample(host: HTMLElement, text: SampleText, prefs: AppliedPrefs): ReaderSample {
  const doc = host.ownerDocument;
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = `${READER_STYLESHEET}\n${EMBED_CSS}`;
  const root = el(doc, 'div', 'nd-root');
  const main = el(doc, 'div', 'nd-main');
  const scroll = el(doc, 'div', 'nd-scroll');
  scroll.append(buildSampleArticle(doc, text));
  main.append(scroll);
  root.append(main);
  shadow.append(style, root);
  applyPrefs(root, prefs);
  return { root, update: (next) => applyPrefs(root, next) };
}
