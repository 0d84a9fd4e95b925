// The reader's display preferences, defined once: their type, defaults, the themes and fonts offered, and the
// bounds of each number. The store validates against these, the options page offers these, and the reader's
// sliders and clamp use these, so a value the options page saves is the value the reader shows.

export type Theme = 'light' | 'dark' | 'sepia' | 'system';
export type FontFamily = 'serif' | 'sans' | 'mono';

/** Reader preferences, remembered across pages (`global.reader` in the store). */
export interface ReaderPrefs {
  theme: Theme;
  font: FontFamily;
  /** Font size in CSS px. */
  size: number;
  /** Column width in ch. */
  width: number;
  lineHeight: number;
}

export const DEFAULT_READER_PREFS: Readonly<ReaderPrefs> = Object.freeze({ theme: 'system', font: 'serif', size: 19, width: 68, lineHeight: 1.6 });

/** In the order the reader and the options page offer them. */
export const THEMES: readonly Theme[] = ['system', 'light', 'sepia', 'dark'];
export const FONTS: readonly FontFamily[] = ['serif', 'sans', 'mono'];

/** A number preference: allowed values are min, min + step, … up to max. */
export interface RangeBounds {
  readonly min: number;
  readonly max: number;
  readonly step: number;
}

/** Below 14 px body text strains; above 30 px a line holds too few words for a column. */
export const SIZE_BOUNDS: RangeBounds = Object.freeze({ min: 14, max: 30, step: 1 });
/** Measured in ch: 45–75 characters is the comfortable line; allow a little beyond for wide screens. */
export const WIDTH_BOUNDS: RangeBounds = Object.freeze({ min: 40, max: 100, step: 1 });
/** Under 1.2 lines touch; over 2.2 the eye loses the next line. */
export const LINE_HEIGHT_BOUNDS: RangeBounds = Object.freeze({ min: 1.2, max: 2.2, step: 0.1 });

export const READER_NUMBER_BOUNDS: Readonly<Record<'size' | 'width' | 'lineHeight', RangeBounds>> = Object.freeze({
  size: SIZE_BOUNDS,
  width: WIDTH_BOUNDS,
  lineHeight: LINE_HEIGHT_BOUNDS,
});

/** Decimals kept after snapping to a step: 0.1 steps in binary floating point leave 1.2999999999999998. */
const DECIMALS = 2;

/** The allowed value nearest to `value` (inside the bounds, on a step). */
export function snapToBounds(value: number, b: RangeBounds): number {
  const stepped = Math.round((value - b.min) / b.step) * b.step + b.min;
  return Number(Math.min(b.max, Math.max(b.min, stepped)).toFixed(DECIMALS));
}

/** Whether `value` is one the bounds allow as is (snapping would not change it). */
export function withinBounds(value: unknown, b: RangeBounds): value is number {
  return typeof value === 'number' && Number.isFinite(value) && snapToBounds(value, b) === value;
}

/** Preferences as the reader applies them: an unknown theme or font is the default, a number is snapped into its bounds. */
export function normalizeReaderPrefs(prefs: Partial<Record<keyof ReaderPrefs, unknown>> | undefined): ReaderPrefs {
  const p = prefs ?? {};
  const d = DEFAULT_READER_PREFS;
  const num = (v: unknown, b: RangeBounds, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? snapToBounds(v, b) : fallback);
  return {
    theme: THEMES.includes(p.theme as Theme) ? (p.theme as Theme) : d.theme,
    font: FONTS.includes(p.font as FontFamily) ? (p.font as FontFamily) : d.font,
    size: num(p.size, SIZE_BOUNDS, d.size),
    width: num(p.width, WIDTH_BOUNDS, d.width),
    lineHeight: num(p.lineHeight, LINE_HEIGHT_BOUNDS, d.lineHeight),
  };
}

/** What the store accepted before schema 3, while the reader clamped to the bounds above. */
export const PRE_V3_RANGES: Readonly<Record<keyof typeof READER_NUMBER_BOUNDS, { min: number; max: number }>> = Object.freeze({
  size: { min: 10, max: 40 },
  width: { min: 30, max: 120 },
  lineHeight: { min: 1, max: 3 },
});

/**
 * Stored preferences brought into today's bounds: a number the store accepted before schema 3 is snapped, as
 * the reader already showed it, so the user keeps what they saw. Every other value is left as it is, for
 * validation to judge (and keep aside): a size of -1 was never a choice. Used by the migration to schema 3, for
 * the older migrations' inputs and for export files written before schema 3.
 */
export function snapStoredReaderPrefs(raw: Record<string, unknown>): Record<string, unknown> {
  const out = { ...raw };
  for (const [k, b] of Object.entries(READER_NUMBER_BOUNDS) as [keyof typeof READER_NUMBER_BOUNDS, RangeBounds][]) {
    const v = out[k];
    const old = PRE_V3_RANGES[k];
    if (typeof v === 'number' && v >= old.min && v <= old.max) out[k] = snapToBounds(v, b);
  }
  return out;
}
