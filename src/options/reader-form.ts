// The global reader settings (theme, font, size, width, line spacing). Saved on `change`, not on every
// keystroke or arrow press, to stay far below storage.sync's 120 writes a minute.
import { defaultListen, READER_NUMBER_BOUNDS, type FontFamily, type GlobalSettings, type RangeBounds, type ReaderPrefs, type SettingsStore, type Theme } from '../settings/index';
import type { Translate } from './i18n';
import { errorText, savedMessage } from './save-message';
import type { Status } from './status';

/** The reader's own bounds and steps (src/settings/reader-prefs.ts): the form accepts only values the reader shows as they are. */
const RANGES = READER_NUMBER_BOUNDS;

export interface ReaderForm {
  /** Shows stored values (on load, after an import or reset, after a change in another window). */
  show(settings: GlobalSettings): void;
}

/** The form's values, or null while a number is empty or out of range (the preview reads it on every input too). */
export function readReaderForm(form: HTMLFormElement): ReaderPrefs | null {
  const data = new FormData(form);
  const num = (name: keyof typeof RANGES) => {
    const el = form.elements.namedItem(name) as HTMLInputElement;
    return el.value === '' || !el.checkValidity() ? null : Number(el.value);
  };
  const size = num('size');
  const width = num('width');
  const lineHeight = num('lineHeight');
  if (size === null || width === null || lineHeight === null) return null;
  return { theme: data.get('theme') as Theme, font: data.get('font') as FontFamily, size, width, lineHeight };
}

export function setupReaderForm(form: HTMLFormElement, store: SettingsStore, status: Status, t: Translate): ReaderForm {
  const input = (name: keyof typeof RANGES) => form.elements.namedItem(name) as HTMLInputElement;
  for (const [name, range] of Object.entries(RANGES) as [keyof typeof RANGES, RangeBounds][]) {
    input(name).min = String(range.min);
    input(name).max = String(range.max);
    input(name).step = String(range.step);
  }

  const read = () => readReaderForm(form);

  /** The rest of the global settings as last shown (kept current by show()): a save here keeps them as they are. */
  let rest: Omit<GlobalSettings, 'reader'> = { listen: defaultListen(), resume: true };

  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('change', async (e) => {
    const target = e.target as HTMLInputElement;
    const prefs = read();
    if (!prefs) {
      // The browser's own validation message names the allowed range; put it in the live region too.
      target.reportValidity();
      status.say(target.validationMessage || t('optionsInvalidNumber'), 'error');
      return;
    }
    try {
      status.say(savedMessage(await store.setGlobal({ ...rest, reader: prefs }), t));
    } catch (err) {
      status.say(t('optionsSaveFailed', [errorText(err)]), 'error');
    }
  });

  return {
    show(settings) {
      rest = { listen: settings.listen, resume: settings.resume };
      const r = settings.reader;
      for (const name of ['theme', 'font'] as const) {
        const radio = form.querySelector<HTMLInputElement>(`input[name="${name}"][value="${r[name]}"]`);
        if (radio) radio.checked = true;
      }
      // Not the number being typed: this page's own saves redraw it from storage a moment later, and overwriting the
      // field under the cursor would undo the user's keystrokes (seen: "24" typed, "19" back).
      for (const name of ['size', 'width', 'lineHeight'] as const) {
        if (input(name) !== form.ownerDocument.activeElement) input(name).value = String(r[name]);
      }
    },
  };
}
