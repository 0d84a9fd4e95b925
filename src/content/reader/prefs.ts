// Reader preferences as the reader applies them: bounds for the sliders, a clamp for stored values (a stored
// preference may be old, hand-edited or corrupt: the reader must still open readable), and the application
// onto the reader root (custom properties set through CSSOM, allowed under any page CSP).
import { DEFAULT_READER_PREFS, type FontFamily, type ReaderPrefs, type Theme } from './api';

export interface RangeBounds { min: number; max: number; step: number }

/** Below 14 px body text strains; above 30 px a line holds too few words for a column. */
export const SIZE_BOUNDS: RangeBounds = { min: 14, max: 30, step: 1 };
/** Measured in ch: 45–75 characters is the comfortable line; allow a little beyond for wide screens. */
export const WIDTH_BOUNDS: RangeBounds = { min: 40, max: 100, step: 2 };
/** Under 1.2 lines touch; over 2.2 the eye loses the next line. */
export const LINE_HEIGHT_BOUNDS: RangeBounds = { min: 1.2, max: 2.2, step: 0.1 };

export const THEMES: readonly Theme[] = ['system', 'light', 'sepia', 'dark'];
export const FONTS: readonly FontFamily[] = ['serif', 'sans', 'mono'];

function clamp(value: unknown, b: RangeBounds, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  const stepped = Math.round((value - b.min) / b.step) * b.step + b.min;
  return Number(Math.min(b.max, Math.max(b.min, stepped)).toFixed(2));
}

export function normalizePrefs(prefs: Partial<ReaderPrefs> | undefined): ReaderPrefs {
  const p = prefs ?? {};
  const d = DEFAULT_READER_PREFS;
  return {
    theme: THEMES.includes(p.theme as Theme) ? (p.theme as Theme) : d.theme,
    font: FONTS.includes(p.font as FontFamily) ? (p.font as FontFamily) : d.font,
    size: clamp(p.size, SIZE_BOUNDS, d.size),
    width: clamp(p.width, WIDTH_BOUNDS, d.width),
    lineHeight: clamp(p.lineHeight, LINE_HEIGHT_BOUNDS, d.lineHeight),
  };
}

/** Shared with the options page's preview (src/shared/reader-prefs.ts). */
export { applyPrefs } from '../../shared/reader-prefs';

/**
 * How long preferences must stay unchanged before the glue hears about them. A slider drag fires an input event
 * per step, and the glue saves to storage.sync, which allows 120 writes a minute in Chrome (issue 4): the reader
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
