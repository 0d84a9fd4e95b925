// The contract between the content script's glue (src/content/main.ts) and the reader overlay
// (src/content/reader/). The glue runs the engine and talks to the background; the reader only renders.
import type { Article, RelatedLink, Removal } from '../../declutter/types';
import type { ListenSlot } from '../listen/api';

// The preferences are the settings library's (one definition for the store, the options page and the reader).
export { DEFAULT_READER_PREFS, type FontFamily, type ReaderPrefs, type Theme } from '../../settings/reader-prefs';
import type { ReaderPrefs } from '../../settings/reader-prefs';

/** What the reader shows: an article, a "no article here" notice with "Show anyway", an error, or a wait for one of them. */
export type ReaderContent =
  /**
   * The page is being read (src/content/main.ts opens the reader before the extractor answers, so that building
   * the reader's frame and styling it overlaps that wait); show() replaces it with what comes back.
   */
  | { kind: 'loading' }
  | { kind: 'article'; article: Article }
  | { kind: 'no-article' }
  | { kind: 'error'; message: string };

export interface ReaderCallbacks {
  /** The user closed the reader (button or Escape); the reader has already removed itself. */
  onClose(): void;
  /**
   * The user changed the display settings. Applied in the reader at once, reported once the user stops for
   * PREFS_REPORT_DELAY_MS (reader/prefs.ts: a slider drag would otherwise flood storage.sync), and on close.
   */
  onPrefsChange(prefs: ReaderPrefs): void;
  /** The user pressed "Show anyway" on the no-article notice: the glue re-runs the engine with force. */
  onShowAnyway(): void;
}

export interface ReaderOptions {
  prefs: ReaderPrefs;
  /** Localized message lookup (browser.i18n.getMessage through the platform module; tests pass a stub). */
  t: (key: string, substitutions?: string[]) => string;
  /** The UI language, for dates ("2026-03-14" shown as "14 mars 2026" in French). */
  uiLocale: string;
  callbacks: ReaderCallbacks;
  /**
   * The "This site" panel, owned by the settings code, not by the reader. When given, the
   * reader shows a "This site" toolbar button; the first time the user opens it, the reader calls this with an
   * empty container inside the dialog (in the shadow root, so focus trap, Escape and theme apply). Build the
   * panel's nodes with `container.ownerDocument.createElement` (never innerHTML: see BROWSER-TESTS.md, Page CSP).
   * Style hooks available inside: class `nd-field`, `nd-choice`, `nd-hint` (see src/shared/reader.css).
   */
  renderSitePanel?: (container: HTMLElement) => void;
  /**
   * Read aloud: when given, the toolbar shows a Listen button; its player is loaded through `listen.load()` the
   * first time it is used (src/content/listen/load.ts).
   */
  listen?: ListenSlot;
  /**
   * Continue where you left off (reader/resume.ts): where this article was left last time, and where it is left
   * now. Absent when the user switched the feature off.
   */
  resume?: ResumeHooks;
  /**
   * The Save panel's code, a separate file loaded on its first opening (reader/save-panel.ts): the reader shows
   * the Save button only when this is given. Rejects when the file cannot be loaded into the page.
   */
  loadSave?: () => Promise<SavePanelModule>;
}

export interface ResumeHooks {
  /** The block index this article was left at, or null. */
  load(): Promise<number | null>;
  /** Remembers the block index the article is left at now; null forgets it (at the top, or read to the end). */
  save(block: number | null): void;
}

/** What the Save panel gets from the article screen. */
export interface SavePanelContext {
  doc: Document;
  t: (key: string, substitutions?: string[]) => string;
  /** The article as the engine gave it, with the related links shown so far. */
  article(): Article;
  /** The receipts the user has put back, in the order restored: "what you see is what you save". */
  restored(): readonly Removal[];
  announce(message: string): void;
}

/** The Save panel chunk's export (src/content/save-entry.ts). */
export interface SavePanelModule {
  renderSavePanel(container: HTMLElement, ctx: SavePanelContext): void;
}

export interface ReaderHandle {
  /** Close and give the page back exactly as it was (scroll, focus, DOM). Idempotent. */
  close(): void;
  isOpen(): boolean;
  /** Replace what the open reader shows (after "Show anyway"). */
  show(content: ReaderContent): void;
  /**
   * The shown article's related links, which may come after it (src/extractor/main.ts): the Related list goes
   * at the end of the page column. Ignored when the reader shows no article or already lists related links.
   */
  showRelated(related: readonly RelatedLink[]): void;
}
