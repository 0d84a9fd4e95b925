// Every string the reader shows goes through `options.t` with one of these keys.
// The list is the single source: tests/unit/reader-locales.test.ts checks that each key exists in
// _locales/{en,fr,de,es}/messages.json and that the reader's sources use no key outside it; tests/unit/locales.test.ts
// checks that every other locale has all of English.
import type { RemovalKind } from '../../declutter/types';

export const READER_MESSAGE_KEYS = [
  'readerDialogLabel',
  'readerClose',
  'readerPrint',
  'readerSettings',
  'readerSitePanel',
  'readerRemovedButton',
  'readerRemovedTitle',
  'readerRemovedIntro',
  'readerRemovedEmpty',
  'readerRemovedClose',
  'readerRemovedNoPlace',
  'readerRestore',
  'readerHideAgain',
  'readerRestoredStatus',
  'readerHiddenStatus',
  'readerKindAdLabel',
  'readerKindCounter',
  'readerKindRelatedLink',
  'readerKindMarkupArtifact',
  'readerKindShareWidget',
  'readerKindNewsletter',
  'readerKindCaption',
  'readerKindBylineBlock',
  'readerKindBoilerplate',
  'readerKindNavigation',
  'readerKindTimestamp',
  'readerRelatedTitle',
  'readerReadingTime',
  'readerTheme',
  'readerThemeLight',
  'readerThemeDark',
  'readerThemeSepia',
  'readerThemeSystem',
  'readerFont',
  'readerFontSerif',
  'readerFontSans',
  'readerFontMono',
  'readerSize',
  'readerWidth',
  'readerLineHeight',
  'readerNoArticleTitle',
  'readerLoadingTitle',
  'readerNoArticleBody',
  'readerShowAnyway',
  'readerErrorTitle',
  'readerSave',
  'readerSaveMarkdown',
  'readerSaveHtml',
  'readerCopyMarkdown',
  'readerSavedStatus',
  'readerCopiedStatus',
  'readerCopyFailed',
  'readerSaveUnavailable',
  'readerResumeNote',
  'readerBackToTop',
  // Listen: the button here, the rest in the player (src/content/listen/, loaded on first use).
  'readerListen',
  'readerListenPlay',
  'readerListenPause',
  'readerListenStop',
  'readerListenPrevious',
  'readerListenNext',
  'readerListenSpeed',
  'readerListenVoice',
  'readerListenChooseVoice',
  'readerListenRemoteVoice',
  'readerListenRemoteNote',
  'readerListenNoLocalVoice',
  'readerListenNoVoice',
  'readerListenLoadingVoices',
  'readerListenFailed',
] as const;

export type ReaderMessageKey = (typeof READER_MESSAGE_KEYS)[number];

/** The reader's view of `ReaderOptions.t`: only known keys, so a typo is a type error. */
export type ReaderT = (key: ReaderMessageKey, substitutions?: string[]) => string;

/**
 * Receipt kinds, localized (the engine's `reason` is one English sentence; the kind is what the user reads first).
 * A Record over RemovalKind: adding a kind to the engine without a label here fails the type check.
 */
export const KIND_KEYS: Record<RemovalKind, ReaderMessageKey> = {
  'ad-label': 'readerKindAdLabel',
  counter: 'readerKindCounter',
  'related-link': 'readerKindRelatedLink',
  'markup-artifact': 'readerKindMarkupArtifact',
  'share-widget': 'readerKindShareWidget',
  newsletter: 'readerKindNewsletter',
  caption: 'readerKindCaption',
  'byline-block': 'readerKindBylineBlock',
  boilerplate: 'readerKindBoilerplate',
  navigation: 'readerKindNavigation',
  timestamp: 'readerKindTimestamp',
};
