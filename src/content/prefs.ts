// Reader preferences, remembered across pages. Kept to these two functions on purpose: the settings store
// (src/settings/, in progress) will replace their insides without the glue noticing.
import { DEFAULT_READER_PREFS, type FontFamily, type ReaderPrefs, type Theme } from './reader/api';
import { browser } from '../platform';

/** storage.sync key; sync so the reader looks the same on every machine the user signs in to. */
const PREFS_KEY = 'readerPrefs';

const THEMES: readonly Theme[] = ['light', 'dark', 'sepia', 'system'];
const FONTS: readonly FontFamily[] = ['serif', 'sans', 'mono'];

function pick<T>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function positive(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}

/** Stored values are checked one by one: a bad or missing value falls back to its default, not the whole set. */
export function parsePrefs(stored: unknown): ReaderPrefs {
  const s = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  const d = DEFAULT_READER_PREFS;
  return {
    theme: pick(s.theme, THEMES, d.theme),
    font: pick(s.font, FONTS, d.font),
    size: positive(s.size, d.size),
    width: positive(s.width, d.width),
    lineHeight: positive(s.lineHeight, d.lineHeight),
  };
}

export async function loadPrefs(): Promise<ReaderPrefs> {
  try {
    const stored = await browser.storage.sync.get(PREFS_KEY);
    return parsePrefs(stored[PREFS_KEY]);
  } catch {
    // Sync storage can be unavailable (disabled by policy, temporary add-on without an id): read with defaults.
    return { ...DEFAULT_READER_PREFS };
  }
}

export async function savePrefs(prefs: ReaderPrefs): Promise<void> {
  try {
    await browser.storage.sync.set({ [PREFS_KEY]: prefs });
  } catch (error) {
    console.warn('News Declutter: could not save reader preferences:', error);
  }
}
