// Reader preferences as the reader applies them: a clamp for stored values (a stored preference may be old,
// hand-edited or corrupt: the reader must still open readable), and the application onto the reader root (custom properties set through CSSOM, allowed under any page CSP).
// Bounds, themes, fonts and the clamp come from the settings library, so the reader applies exactly what the options page saves.
import { normalizeReaderPrefs, type ReaderPrefs } from '../../settings/reader-prefs';

export { FONTS, LINE_HEIGHT_BOUNDS, SIZE_BOUNDS, THEMES, WIDTH_BOUNDS, type RangeBounds } from '../../settings/reader-prefs';

export function normalizePrefs(prefs: Partial<ReaderPrefs> | undefined): ReaderPrefs {
  return normalizeReaderPrefs(prefs);
}

/** Shared with the options page's preview (src/shared/reader-prefs.ts). */
export { applyPrefs } from '../../shared/reader-prefs';

/**
 * How long preferences must stay unchanged before the glue hears about them. A slider drag fires an input event
 * per step, and the glue saves to storage.sync, which allows 120 writes a minute in Chrome: the reader
 * applies every step at once but reports only where the user stopped.
 */
export const PREFS_REPORT_DELAY_MS = 400;

export interface PrefsReporter {
  /** A new value: applied by the caller already, reported after a quiet moment. */
  push(prefs: ReaderPrefs): void;
  /** Report now whatever is pending (reader closing, page going away). */
  flush(): void;
}

export function createPrefsReporter(report: (prefs: ReaderPrefs) => void, delayMs = PREFS_REPORT_DELAY_MS): PrefsReporter {
  let pending: ReaderPrefs | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (!pending) return;
    const p = pending;
    pending = null;
    report({ ...p });
  };
  return {
    push(prefs) {
      pending = prefs;
      clearTimeout(timer);
      timer = setTimeout(flush, delayMs);
    },
    flush,
  };
}
