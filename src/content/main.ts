// The content script: injected into a tab on demand by the background (src/background/inject.ts), once per
// page. It answers `toggle` by running the engine on the page and opening the reader, or closing it.
// The engine works on a clone: the live page is never changed by reading it (STYLE rule 4).
import { declutterDocument } from '../declutter/index';
import { browser, getMessage, uiLocale } from '../platform';
import type { ContentReplies, ContentToBackground } from '../shared/messages';
import { isBackgroundToContent } from '../shared/messages';
import type { ReaderContent, ReaderHandle } from './reader/api';
import { openReader } from './reader/index';
import { loadPrefs, savePrefs } from './prefs';
import { mark, markPainted, MARKS } from './marks';

/**
 * Set on the content script's global object when it first runs. Both browsers keep one global per
 * extension and page, so a second injection (a race between two triggers) finds it and leaves the
 * listener that is already there to do the work, instead of adding a second one that would toggle back.
 */
const INSTALLED = Symbol.for('news-declutter.content-script');

let reader: ReaderHandle | null = null;

function extract(force: boolean): ReaderContent {
  try {
    mark(MARKS.extractStart);
    const article = declutterDocument(document, { force }, { window });
    mark(MARKS.extractEnd);
    return article ? { kind: 'article', article } : { kind: 'no-article' };
  } catch (error) {
    console.error('News Declutter: extraction failed:', error);
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

function tellBackground(message: ContentToBackground): void {
  // The background may be asleep or updating; the tooltip is a nicety, never worth an error.
  browser.runtime.sendMessage(message).catch(() => undefined);
}

function isOpen(): boolean {
  return reader?.isOpen() ?? false;
}

async function open(): Promise<void> {
  const prefs = await loadPrefs();
  const handle: ReaderHandle = openReader(document, extract(false), {
    prefs,
    t: getMessage,
    uiLocale: uiLocale(),
    callbacks: {
      onClose() {
        if (reader === handle) reader = null;
        tellBackground({ type: 'reader-state', open: false });
      },
      onPrefsChange(next) {
        void savePrefs(next);
      },
      onShowAnyway() {
        handle.show(extract(true));
      },
    },
  });
  reader = handle;
  mark(MARKS.rendered);
  markPainted();
}

/** Chromium shows PDFs in a viewer page that takes injected scripts; there is no article to read in it. */
const PDF_TYPE = 'application/pdf';

async function toggleNow(): Promise<ContentReplies['toggle']> {
  if (document.contentType === PDF_TYPE) return { type: 'unsupported', reason: 'pdf' };
  if (isOpen()) {
    reader?.close();
    reader = null;
  } else {
    await open();
  }
  return { type: 'reader-state', open: isOpen() };
}

/**
 * Toggles run one after another: opening awaits the stored preferences, and a second trigger arriving in
 * that gap (a double click, the shortcut held down) must see the first one's reader, not open a second.
 */
let pending: Promise<unknown> = Promise.resolve();
function toggle(): Promise<ContentReplies['toggle']> {
  const next = pending.then(toggleNow);
  pending = next.catch(() => undefined);
  return next;
}

function install(): void {
  mark(MARKS.injected);
  const scope = globalThis as typeof globalThis & { [INSTALLED]?: true };
  if (scope[INSTALLED]) return;
  scope[INSTALLED] = true;
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isBackgroundToContent(message)) return undefined;
    switch (message.type) {
      case 'ping':
        return Promise.resolve<ContentReplies['ping']>({ type: 'pong' });
      case 'toggle':
        return toggle();
    }
  });
}

install();
