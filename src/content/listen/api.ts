// The contract between the reader (in content.js) and the Listen player (listen.js, loaded on first use): the
// reader owns the Listen button and the empty panel, the player fills the panel and speaks. Types only, plus the
// key under which listen.js leaves its entry point on the content script's global object.
import type { ListenSettings } from '../../settings/listen';
import type { ReaderT } from '../../shared/reader-view/messages';

/** Symbol.for(this) on the content script's global: where listen.js puts its ListenModule (./entry.ts). */
export const LISTEN_MODULE_KEY = 'news-declutter.listen';

/** Plays or pauses anywhere in the reader (src/content/reader/listen-control.ts); for aria-keyshortcuts. */
export const LISTEN_SHORTCUT = 'Alt+Shift+L';

/** What the player needs of speechSynthesis (tests pass a fake: tests/unit/listen-player.test.ts). */
export interface SynthLike {
  speak(utterance: SpeechSynthesisUtterance): void;
  cancel(): void;
  getVoices(): SpeechSynthesisVoice[];
  addEventListener(type: 'voiceschanged', listener: () => void): void;
  removeEventListener(type: 'voiceschanged', listener: () => void): void;
}

export interface ListenSettingsAccess {
  load(): Promise<ListenSettings>;
  save(settings: ListenSettings): void;
}

/** What the reader hands the player (./entry.ts adds the browser's speech synthesis). */
export type ListenMountRequest = Omit<ListenMountContext, 'synth' | 'utterance'>;

export interface ListenMountContext {
  doc: Document;
  /** The panel the reader made (in the shadow root): empty, the player fills it. */
  panel: HTMLElement;
  /** The article's heading, read first, and its body, read block by block. Nothing else is read. */
  title: HTMLElement;
  body: HTMLElement;
  /** The article's language ("" when unknown): picks the voice and splits sentences. */
  lang: string;
  uiLocale: string;
  t: ReaderT;
  settings: ListenSettingsAccess;
  /** The browser's speechSynthesis; null when the browser has none. */
  synth: SynthLike | null;
  /** Makes an utterance (the page window's constructor in the product; a fake in tests). */
  utterance(text: string): SpeechSynthesisUtterance;
}

export interface ListenPlayer {
  /** Play when stopped or paused, pause when playing. */
  toggle(): void;
  /** Puts focus on the play/pause button. */
  focus(): void;
  /** Stops speaking and lets go of everything (the panel closed, the reader closed or showed something else). */
  dispose(): void;
}

export interface ListenModule {
  mount(request: ListenMountRequest): ListenPlayer;
}

/** The reader's way to Listen, given by the content script's glue (./load.ts). */
export interface ListenSlot {
  /** listen.js's entry point, injected on the first call. */
  load(): Promise<ListenModule>;
  settings: ListenSettingsAccess;
}
