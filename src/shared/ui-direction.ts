// The language and direction of the extension's own interface (reader bar and panels, options page, any other page
// of the extension): right to left when the messages the browser picked are Arabic.
//
// Decided from the catalog in use, not from i18n.getUILanguage() or @@bidi_dir: those describe the browser's own
// interface, which differs from the catalog the extension is shown in. Measured on Debian's Chromium 156 started
// with --lang=ar: the extension's messages come from _locales/ar, while getUILanguage() answers "en-US" and
// @@bidi_dir "ltr" (Chromium ships only its en-US interface pack there). The other way round, a browser in Hebrew
// or Persian says "rtl" while the extension, having no such catalog, shows English. Every catalog therefore names
// its own language in the message below.

/** The message each _locales/<folder>/messages.json sets to its own BCP 47 tag ("en", "pt-BR"). */
export const UI_LANGUAGE_KEY = 'uiLanguage';

/**
 * Primary language subtags written right to left (Unicode CLDR's character order "right-to-left"). Only Arabic ships
 * a catalog today; the others are here so a catalog added later lays out correctly without touching code.
 */
const RTL_LANGUAGES = new Set(['ar', 'ckb', 'dv', 'fa', 'he', 'ps', 'sd', 'ug', 'ur', 'yi']);

export type UiDirection = 'ltr' | 'rtl';

export interface UiLanguage {
  /** BCP 47 tag of the catalog in use ("ar", "pt-BR"); empty when it cannot be told. */
  lang: string;
  dir: UiDirection;
}

/** The direction a language is written in, from its tag ("ar", "ar-EG", "pt_BR"). */
export function directionOf(tag: string): UiDirection {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return RTL_LANGUAGES.has(primary) ? 'rtl' : 'ltr';
}

/**
 * The interface's language and direction, read through `t` (browser.i18n.getMessage or a stand-in). A browser that
 * answers a missing key with '' or with the key itself gives an empty language, written left to right, as the
 * English fallback is.
 */
export function uiLanguage(t: (key: string) => string): UiLanguage {
  const raw = t(UI_LANGUAGE_KEY).trim();
  const lang = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/.test(raw) ? raw.replace(/_/g, '-') : '';
  return { lang, dir: directionOf(lang) };
}

/** Sets `lang` and `dir` on an extension page's root element (or any element that holds interface text). */
export function applyUiLanguage(element: Element, t: (key: string) => string): UiLanguage {
  const ui = uiLanguage(t);
  if (ui.lang) element.setAttribute('lang', ui.lang);
  element.setAttribute('dir', ui.dir);
  return ui;
}
