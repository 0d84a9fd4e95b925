// The display settings popover: theme, font, size, width, line height. Native radio buttons and range inputs,
// so arrow keys, screen readers and forced colours work without custom widgets.
import type { ReaderPrefs } from './api';
import { h } from '../../shared/reader-view/dom';
import { formatNumber } from '../../shared/reader-view/format';
import type { ReaderMessageKey, ReaderT } from '../../shared/reader-view/messages';
import { FONTS, LINE_HEIGHT_BOUNDS, SIZE_BOUNDS, THEMES, WIDTH_BOUNDS, type RangeBounds } from './prefs';

export const SETTINGS_ID = 'nd-settings';

const THEME_KEYS: Record<ReaderPrefs['theme'], ReaderMessageKey> = {
  system: 'readerThemeSystem', light: 'readerThemeLight', sepia: 'readerThemeSepia', dark: 'readerThemeDark',
};
const FONT_KEYS: Record<ReaderPrefs['font'], ReaderMessageKey> = {
  serif: 'readerFontSerif', sans: 'readerFontSans', mono: 'readerFontMono',
};

export interface SettingsPanelOptions {
  doc: Document;
  prefs: ReaderPrefs;
  t: ReaderT;
  uiLocale: string;
  /** Every change, already applied to the panel's state. */
  onChange(prefs: ReaderPrefs): void;
}

export function createSettingsPanel(o: SettingsPanelOptions): HTMLElement {
  const { doc, t } = o;
  let prefs = { ...o.prefs };
  const update = (patch: Partial<ReaderPrefs>) => {
    prefs = { ...prefs, ...patch };
    o.onChange({ ...prefs });
  };

  const radios = <V extends string>(name: string, legendKey: ReaderMessageKey, values: readonly V[], labels: Record<V, ReaderMessageKey>, current: V, set: (v: V) => void) =>
    h(doc, 'fieldset', { class: 'nd-field' }, [
      h(doc, 'legend', {}, [t(legendKey)]),
      h(doc, 'div', { class: 'nd-choices' }, values.map((value) => {
        const input = h(doc, 'input', { type: 'radio', name: `nd-${name}`, value });
        input.checked = value === current;
        input.addEventListener('change', () => { if (input.checked) set(value); });
        return h(doc, 'label', { class: `nd-choice nd-choice-${name}-${value}` }, [input, h(doc, 'span', {}, [t(labels[value])])]);
      })),
    ]);

  const range = (id: string, labelKey: ReaderMessageKey, bounds: RangeBounds, value: number, unit: string, set: (v: number) => void) => {
    const show = (v: number) => `${formatNumber(v, o.uiLocale)}${unit}`;
    const output = h(doc, 'output', { for: id }, [show(value)]);
    const input = h(doc, 'input', {
      type: 'range', id, class: 'nd-range', min: String(bounds.min), max: String(bounds.max), step: String(bounds.step),
    });
    input.value = String(value);
    input.addEventListener('input', () => {
      const v = Number(input.value);
      output.textContent = show(v);
      input.setAttribute('aria-valuetext', show(v));
      set(v);
    });
    input.setAttribute('aria-valuetext', show(value));
    return h(doc, 'div', { class: 'nd-field' }, [
      h(doc, 'label', { class: 'nd-field-label', for: id }, [t(labelKey), output]),
      input,
    ]);
  };

  return h(doc, 'div', { id: SETTINGS_ID, class: 'nd-panel', role: 'group', 'aria-labelledby': 'nd-settings-title', hidden: '' }, [
    h(doc, 'h2', { id: 'nd-settings-title' }, [t('readerSettings')]),
    radios('theme', 'readerTheme', THEMES, THEME_KEYS, prefs.theme, (theme) => update({ theme })),
    radios('font', 'readerFont', FONTS, FONT_KEYS, prefs.font, (font) => update({ font })),
    range('nd-size', 'readerSize', SIZE_BOUNDS, prefs.size, ' px', (size) => update({ size })),
    range('nd-width', 'readerWidth', WIDTH_BOUNDS, prefs.width, ' ch', (width) => update({ width })),
    range('nd-line-height', 'readerLineHeight', LINE_HEIGHT_BOUNDS, prefs.lineHeight, '', (lineHeight) => update({ lineHeight })),
  ]);
}
