// Shared set-up for the reader's unit tests (tests/unit/reader*.test.ts): a jsdom page (never happy-dom: see
// src/declutter/sanitize.ts), a `t` stub that reads _locales/<lang>/messages.json like browser.i18n does, and a
// sample article. The reader's shadow root is closed, so tests catch it as it is attached.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { vi } from 'vitest';
import type { Article } from '../../src/declutter/types';
import { DEFAULT_READER_PREFS, type ReaderContent, type ReaderOptions } from '../../src/content/reader/api';
import { openReader } from '../../src/content/reader/index';

interface ChromeMessage { message: string; description?: string; placeholders?: Record<string, { content: string }> }
export type Messages = Record<string, ChromeMessage>;

export function loadMessages(locale: string): Messages {
  // A path, not a URL: under vitest's jsdom environment the global URL resolves import.meta.url differently.
  const file = join(import.meta.dirname, '..', '..', '_locales', locale, 'messages.json');
  return JSON.parse(readFileSync(file, 'utf8')) as Messages;
}

/** browser.i18n.getMessage, for tests: named placeholders ($COUNT$) resolved to $1…$9, then substituted. */
export function makeT(locale = 'en'): ReaderOptions['t'] {
  const messages = loadMessages(locale);
  return (key, subs = []) => {
    const m = messages[key];
    if (!m) return '';
    return m.message
      .replace(/\$([a-zA-Z0-9_]+)\$/g, (_, name: string) => m.placeholders?.[name.toLowerCase()]?.content ?? '')
      .replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  };
}

export const PAGE_HTML = `<!doctype html><html lang="fr"><head><title>Page</title>
<style>html > * { display: none !important; opacity: 0 !important; }</style></head>
<body style="margin:0;color:red"><header><button id="page-button">Menu</button></header>
<main><p>Le texte de la page, encombré.</p><a id="page-link" href="/autre">Autre</a></main></body></html>`;

export function sampleArticle(overrides: Partial<Article> = {}): Article {
  return {
    title: 'Le conseil municipal adopte le budget',
    byline: 'Par Jeanne Martin',
    siteName: 'Le Quotidien',
    lang: 'fr',
    dir: 'ltr',
    publishedTime: '2026-03-14T08:00:00Z',
    excerpt: 'Le budget est adopté.',
    readingMinutes: 4,
    contentHtml: [
      '<p>Premier paragraphe du budget.<span data-nd-removed="1"></span></p>',
      '<span data-nd-removed="0"></span>',
      '<p>Deuxième paragraphe, avec <a href="https://news.example/source">une source</a>.</p>',
      '<figure><img src="https://img.example/photo.jpg" alt="La mairie"><figcaption>La mairie.</figcaption></figure>',
      '<ul><li>Un</li><li>Deux</li></ul>',
      '<blockquote><p>Une citation.</p></blockquote>',
      '<table><tr><th>Poste</th><td>12</td></tr></table>',
    ].join(''),
    text: 'Premier paragraphe du budget.\nDeuxième paragraphe, avec une source.',
    related: [
      { title: 'Les impôts locaux en hausse', url: 'https://www.news.example/impots' },
      { title: 'Analyse du vote', url: 'https://autre.example/analyse' },
    ],
    removed: [
      // Marker 2 is not in contentHtml: a later removal took it along, so the newsletter has no place to go back to.
      { kind: 'ad-label', step: 'ad-label', reason: 'A lone advertising label.', text: 'Publicité', html: '<div>Publicité</div>', marker: 0 },
      { kind: 'counter', step: 'counter', reason: 'A lone number next to the headline.', text: '4', html: '', marker: 1 },
      { kind: 'newsletter', step: 'newsletter', reason: 'A newsletter sign-up box.', text: 'Abonnez-vous', html: '<aside><p>Abonnez-vous</p></aside>', marker: 2 },
    ],
    ...overrides,
  };
}

export interface Opened {
  dom: JSDOM;
  doc: Document;
  win: Window & typeof globalThis;
  handle: ReturnType<typeof openReader>;
  /** The reader's closed shadow root, caught as it was attached. */
  root: ShadowRoot;
  host: HTMLElement;
  callbacks: { onClose: ReturnType<typeof vi.fn>; onPrefsChange: ReturnType<typeof vi.fn>; onShowAnyway: ReturnType<typeof vi.fn> };
}

export function makeDom(html = PAGE_HTML, url = 'https://www.news.example/politique/budget'): JSDOM {
  return new JSDOM(html, { url, pretendToBeVisual: true });
}

export function open(content: ReaderContent = { kind: 'article', article: sampleArticle() }, opts: {
  dom?: JSDOM; locale?: string; extra?: Partial<ReaderOptions>;
} = {}): Opened {
  const dom = opts.dom ?? makeDom();
  const win = dom.window as unknown as Window & typeof globalThis;
  const doc = win.document;
  const roots: ShadowRoot[] = [];
  const original = win.Element.prototype.attachShadow;
  const spy = vi.spyOn(win.Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
    const r = original.call(this, init);
    roots.push(r);
    return r;
  });
  const callbacks = { onClose: vi.fn(), onPrefsChange: vi.fn(), onShowAnyway: vi.fn() };
  const handle = openReader(doc, content, {
    prefs: DEFAULT_READER_PREFS,
    t: makeT(opts.locale ?? 'en'),
    uiLocale: opts.locale ?? 'en',
    callbacks,
    ...opts.extra,
  });
  spy.mockRestore();
  const root = roots[0]!;
  return { dom, doc, win, handle, root, host: root.host as HTMLElement, callbacks };
}

export function key(target: EventTarget, win: Window & typeof globalThis, k: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new win.KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, composed: true, ...init });
  target.dispatchEvent(event);
  return event;
}

export function buttonByText(root: ParentNode, text: string): HTMLButtonElement {
  const b = Array.from(root.querySelectorAll('button')).find((x) => x.textContent?.trim() === text || x.getAttribute('aria-label') === text);
  if (!b) throw new Error(`no button "${text}"`);
  return b as HTMLButtonElement;
}

/**
 * jsdom has no modal dialogs: showModal and close, as far as the reader relies on them (the `open` attribute, and
 * `close` fired as a task after close()). Both are spies.
 */
export function fakeModal(dom: JSDOM) {
  const win = dom.window;
  const proto = win.HTMLDialogElement.prototype as unknown as { showModal(): void; close(): void };
  const showModal = vi.fn(function (this: HTMLDialogElement) { this.setAttribute('open', ''); });
  const close = vi.fn(function (this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    win.setTimeout(() => this.dispatchEvent(new win.Event('close')), 0);
  });
  proto.showModal = showModal;
  proto.close = close;
  return { showModal, close };
}
