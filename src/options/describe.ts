// Settings in words, for the import preview: "Open the reader automatically; steps off: Counters".
import type { ReaderPrefs, SiteSettings } from '../settings/index';
import type { Translate } from './i18n';
import { MODE_MESSAGE, stepName } from '../shared/labels';

export function describeSite(s: SiteSettings, t: Translate): string {
  const mode = t(MODE_MESSAGE[s.mode]);
  return s.disabledSteps.length ? `${mode}; ${t('optionsStepsOff', [s.disabledSteps.map((id) => stepName(id, t)).join(', ')])}` : mode;
}

/** Reuses the reader's own labels (_locales reader* keys), so the two pages name a setting the same way. */
export const READER_FIELD_MESSAGE: Record<keyof ReaderPrefs, string> = {
  theme: 'readerTheme',
  font: 'readerFont',
  size: 'readerSize',
  width: 'readerWidth',
  lineHeight: 'readerLineHeight',
};

const VALUE_MESSAGE: Record<string, string> = {
  light: 'readerThemeLight',
  dark: 'readerThemeDark',
  sepia: 'readerThemeSepia',
  system: 'readerThemeSystem',
  serif: 'readerFontSerif',
  sans: 'readerFontSans',
  mono: 'readerFontMono',
};

export function describeReaderValue(v: string | number, t: Translate): string {
  return typeof v === 'number' ? String(v) : t(VALUE_MESSAGE[v] ?? v);
}
