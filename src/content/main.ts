// The content script: injected into a tab on demand by the background (src/background/inject.ts) on each trigger,
// installed once per page (INSTALLED below). It answers `toggle` by having the page read and opening the reader, or
// closing it. The engine runs in the extractor, an extension page, on the page's HTML (src/content/extraction.ts):
// the live page is never changed by reading it (STYLE rule 4).
import { extractPage, type PageReading } from './extraction';
import { browser, getMessage, inPrivateWindow, uiLocale } from '../platform';
import type { BackgroundReplies, ContentReplies, ContentToBackground } from '../shared/messages';
import { isBackgroundToContent } from '../shared/messages';
import type { ReaderHandle, ResumeHooks, SavePanelModule } from './reader/api';
import { openReader } from './reader/index';
import { savePrefs } from './prefs';
import { loadOpeningSettings } from './settings-read';
import { STEP_IDS } from '../declutter/step-ids';
import { autoRun, injectedOnDemand, takeHandedSteps } from './auto-run';
import { renderSitePanel } from './reader/site-panel';
import { listenSlot } from './listen/load';
import { loadSite, onSiteChanged, pageHostname } from './site-settings';
import { afterNextPaint, mark, markPainted, MARKS } from './marks';
import { createReadingPositions, sameSteps } from '../settings/index';
import { SAVE_PANEL_KEY } from '../shared/save-chunk';
import { loadChunk } from './chunks';

/**
 * Set on the content script's global object when it first runs. Both browsers keep one global per
 * extension and page, so a later injection (every trigger injects, src/background/inject.ts) finds it and leaves
 * the listener that is already there to do the work, instead of adding a second one that would toggle back.
 */
const INSTALLED = Symbol.for('news-declutter.content-script');

let reader: ReaderHandle | null = null;

/** `disabledSteps`: the cleaning steps switched off for this site (per-site settings). */
async function extract(force: boolean, disabledSteps: readonly string[]): Promise<PageReading> {
  mark(MARKS.extractStart);
  const reading = await extractPage(document, force, disabledSteps);
  mark(MARKS.extractEnd);
  return reading;
}

/**
 * Shows a reading: its content now; its related links, at the end of the article, once that is painted: the extractor
 * collects them when asked (src/extractor/related-later.ts), so that work never competes with the first paint.
 */
function showReading(handle: ReaderHandle, reading: PageReading): void {
  handle.show(reading.content);
  afterNextPaint(() => {
    void reading.related().then((links) => {
      if (handle.isOpen()) handle.showRelated(links);
    });
  });
}

function tellBackground(message: ContentToBackground): void {
  // The background may be asleep or updating; the tooltip is a nicety, never worth an error.
  browser.runtime.sendMessage(message).catch(() => undefined);
}

function isOpen(): boolean {
  return reader?.isOpen() ?? false;
}

/** The reader's "This site" panel, on pages that belong to a web site. */
function sitePanel(): ((container: HTMLElement) => void) | undefined {
  const hostname = pageHostname();
  if (!hostname) return undefined;
  // Writes go through the background, which takes the site from this page's address and serializes them with the
  // options page's (src/background/content-messages.ts).
  const ask = <M extends 'set-site-never' | 'set-site-step'>(message: Extract<ContentToBackground, { type: M }>) =>
    browser.runtime.sendMessage(message) as Promise<BackgroundReplies[M]>;
  return (container) => renderSitePanel(container, {
    hostname,
    stepIds: STEP_IDS,
    load: loadSite,
    setNever: (never) => ask({ type: 'set-site-never', never }),
    setStep: (stepId, on) => ask({ type: 'set-site-step', stepId, on }),
    openSiteSettings: () => tellBackground({ type: 'open-site-settings' }),
    t: getMessage,
  });
}

/**
 * Where this article was left (`position`, read with the opening settings) and where it is left now, in this device's
 * storage (src/settings/reading-positions.ts).
 */
function resumeHooks(position: number | null): ResumeHooks {
  const url = location.href;
  const positions = createReadingPositions(browser.storage.local);
  return {
    // Already here: the reader returns to it before the article's first paint.
    load: () => Promise.resolve(position),
    save(block) {
      // A lost place is a small loss; a failing storage must not disturb reading.
      positions.set(url, block).catch((error: unknown) => console.warn('News Declutter: could not remember the reading place:', error));
    },
  };
}

/** The Save panel's code: asked of the background the first time, found in this world after (src/shared/save-chunk.ts). */
function loadSave(): Promise<SavePanelModule> {
  return loadChunk<SavePanelModule>(SAVE_PANEL_KEY, { type: 'load-save' }, 'save.js');
}

/** `disabledSteps`: the site's switched-off steps as known when the opening started (handed over by the background on a
 * click, read by the automatic mode); the extraction starts with them without waiting for the settings. */
async function open(disabledSteps: readonly string[]): Promise<void> {
  // Three things at once: the site's settings (asked of the background), the page's extraction (in the extractor, another
  // process), and, once the settings are here (6-9 ms in Firefox 153), the reader with a busy view, so that a slow page
  // answers the click at once (measured A/B, the time to the painted article did not change). Should the settings
  // switch off other steps than those the extraction started with (changed in between), it runs again with theirs.
  const settings = loadOpeningSettings();
  const first = extract(false, disabledSteps);
  const { prefs, site, resume, position } = await settings;
  const handle: ReaderHandle = openReader(document, { kind: 'loading' }, {
    prefs,
    t: getMessage,
    uiLocale: uiLocale(),
    renderSitePanel: sitePanel(),
    // A private window keeps no reading places: they would outlive it in local storage.
    resume: resume && !inPrivateWindow() ? resumeHooks(position) : undefined,
    loadSave,
    listen: listenSlot(),
    callbacks: {
      onClose() {
        if (reader === handle) reader = null;
        tellBackground({ type: 'reader-state', open: false });
      },
      onPrefsChange(next) {
        void savePrefs(next);
      },
      onShowAnyway() {
        void extract(true, site.disabledSteps).then((next) => {
          if (handle.isOpen()) showReading(handle, next);
        });
      },
    },
  });
  reader = handle;
  let reading = await first;
  if (!sameSteps(disabledSteps, site.disabledSteps)) reading = await extract(false, site.disabledSteps);
  // Closed while the page was read (Escape, the page removing the reader): nothing to show.
  if (!handle.isOpen()) return;
  showReading(handle, reading);
  mark(MARKS.rendered);
  markPainted();
}

/** Chromium shows PDFs in a viewer page that takes injected scripts; there is no article to read in it. */
const PDF_TYPE = 'application/pdf';

async function toggleNow(): Promise<ContentReplies['toggle']> {
  // Taken on every toggle, closing ones too, so a click's handed-over steps never reach a later opening.
  const handedSteps = takeHandedSteps();
  if (document.contentType === PDF_TYPE) return { type: 'unsupported', reason: 'pdf' };
  if (isOpen()) {
    reader?.close();
    reader = null;
  } else {
    await open(handedSteps);
    // One task later: a page that removes the reader does it from a MutationObserver, and the reader gives up
    // only after a few rounds (reader/host-guard.ts). Answering before that said "open" after the reader had
    // closed, and that late answer overwrote the button's state (Firefox, tests/fixtures/hostile/remove-host.html).
    await new Promise((resolve) => setTimeout(resolve, 0));
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

/**
 * A click injected this script, and that click's `toggle` follows it (src/background/toggle.ts): the reader starts
 * opening at once instead of one message later (the background hears the script ran, then sends), and that `toggle`
 * gets this opening's answer instead of toggling again. Any later `toggle` toggles.
 */
let openingOnInjection: Promise<ContentReplies['toggle']> | null = null;

function answerToggle(): Promise<ContentReplies['toggle']> {
  const first = openingOnInjection;
  openingOnInjection = null;
  return first ?? toggle();
}

/** A site in auto-reader mode registers content.js (in-place mode registers in-place.js: in-place-entry.ts). */
function startAutoRun(): void {
  autoRun({
    loadSite,
    onSiteChanged,
    // Through the toggle queue, so a click arriving while the reader opens by itself sees that reader.
    openReader: async (disabledSteps) => {
      const next = pending.then(async () => {
        if (!isOpen()) await open(disabledSteps);
        tellBackground({ type: 'reader-state', open: isOpen() });
      });
      pending = next.catch(() => undefined);
      await next;
    },
  }).catch((error: unknown) => console.error('News Declutter: automatic mode failed:', error));
}

function install(): void {
  mark(MARKS.injected);
  const scope = globalThis as typeof globalThis & { [INSTALLED]?: true };
  if (scope[INSTALLED]) return;
  scope[INSTALLED] = true;
  // Loaded by a site's registered script: run the site's automatic mode. Injected by a click: open now.
  if (injectedOnDemand()) openingOnInjection = toggle();
  else startAutoRun();
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isBackgroundToContent(message)) return undefined;
    switch (message.type) {
      case 'toggle':
        return answerToggle();
    }
  });
}

install();
