// Reader preferences, remembered across pages: the `reader` part of the global settings (src/settings/),
// in storage.sync with the store's fallback to local. The first reader's own `readerPrefs` key is carried
// over by settings migration 2 (src/settings/migrations.ts).
import { defaultGlobal, type GlobalSettings, SettingsError } from '../settings/index';
import type { ReaderPrefs } from './reader/api';
import { store } from './site-settings';

/** The global settings (reader preferences, the resume switch); the defaults when storage fails. */
export async function loadGlobal(): Promise<GlobalSettings> {
  try {
    // The store repairs a bad stored value field by field; it throws only when storage itself fails.
    return await store().getGlobal();
  } catch (error) {
    console.warn('News Declutter: could not read reader preferences:', error);
    return defaultGlobal();
  }
}

export async function savePrefs(prefs: ReaderPrefs): Promise<void> {
  try {
    await store().updateGlobal({ reader: prefs });
  } catch (error) {
    // SettingsError: the reader produced a value out of range (a bug): keep the stored one. Other errors are the
    // storage's (local full): the reader still shows what the user chose until the page closes.
    console.warn(`News Declutter: could not save reader preferences${error instanceof SettingsError ? ' (invalid)' : ''}:`, error);
  }
}
