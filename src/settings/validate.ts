// Validation as small pure functions. Each returns the value repaired field by field (a bad field falls back
// to its default, good fields are kept) and the list of problems; a caller that gets problems keeps the
// original aside (./quarantine.ts) so nothing is silently dropped.
import type { FontFamily, ReaderPrefs, Theme } from '../content/reader/api';
import { defaultGlobal, defaultSite, SITE_MODES, type GlobalSettings, type SiteMode, type SiteSettings } from './schema';

export interface Checked<T> {
  value: T;
  /** Human-readable, English, one per bad field ("reader.size: 400 is not between 10 and 40"). Empty when valid. */
  problems: string[];
}

const THEMES: readonly Theme[] = ['light', 'dark', 'sepia', 'system'];
const FONTS: readonly FontFamily[] = ['serif', 'sans', 'mono'];

/** Reader size bounds in px: below 10 is unreadable, above 40 fits a handful of words per line. */
export const SIZE_RANGE = { min: 10, max: 40 } as const;
/** Column width bounds in ch: typography's comfortable measure is 45-90; leave room both ways. */
export const WIDTH_RANGE = { min: 30, max: 120 } as const;
/** Line height bounds (unitless): below 1 lines overlap, above 3 the text falls apart. */
export const LINE_HEIGHT_RANGE = { min: 1, max: 3 } as const;

/** Step ids are file names in src/declutter/steps/: lower-case words joined by "-". */
const STEP_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Far above the real number of steps; stops a hostile import from storing megabytes in one site key. */
export const MAX_DISABLED_STEPS = 64;

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
}

function show(v: unknown): string {
  try {
    const s = JSON.stringify(v);
    return s === undefined ? String(v) : s.length > 60 ? `${s.slice(0, 57)}...` : s;
  } catch {
    return String(v);
  }
}

function oneOf<T extends string>(v: unknown, allowed: readonly T[], fallback: T, path: string, problems: string[]): T {
  if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
  problems.push(`${path}: ${show(v)} is not one of ${allowed.join(', ')}`);
  return fallback;
}

function inRange(v: unknown, range: { min: number; max: number }, fallback: number, path: string, problems: string[]): number {
  if (typeof v === 'number' && Number.isFinite(v) && v >= range.min && v <= range.max) return v;
  problems.push(`${path}: ${show(v)} is not a number between ${range.min} and ${range.max}`);
  return fallback;
}

function unknownFields(obj: Record<string, unknown>, known: readonly string[], path: string, problems: string[]): void {
  for (const k of Object.keys(obj)) if (!known.includes(k)) problems.push(`${path}${k}: unknown setting`);
}

export function validateReaderPrefs(raw: unknown, path = 'reader'): Checked<ReaderPrefs> {
  const d = defaultGlobal().reader;
  const problems: string[] = [];
  if (!isPlainObject(raw)) return { value: d, problems: [`${path}: ${show(raw)} is not an object`] };
  const value: ReaderPrefs = {
    theme: oneOf(raw.theme, THEMES, d.theme, `${path}.theme`, problems),
    font: oneOf(raw.font, FONTS, d.font, `${path}.font`, problems),
    size: inRange(raw.size, SIZE_RANGE, d.size, `${path}.size`, problems),
    width: inRange(raw.width, WIDTH_RANGE, d.width, `${path}.width`, problems),
    lineHeight: inRange(raw.lineHeight, LINE_HEIGHT_RANGE, d.lineHeight, `${path}.lineHeight`, problems),
  };
  unknownFields(raw, Object.keys(d), `${path}.`, problems);
  return { value, problems };
}

export function validateGlobal(raw: unknown, path = ''): Checked<GlobalSettings> {
  if (!isPlainObject(raw)) return { value: defaultGlobal(), problems: [`${path || 'global'}: ${show(raw)} is not an object`] };
  const reader = validateReaderPrefs(raw.reader, `${path}reader`);
  const problems = [...reader.problems];
  // Absent: stored (or exported) before the switch existed, which is the default, not a bad value.
  let resume = defaultGlobal().resume;
  if ('resume' in raw) {
    if (typeof raw.resume === 'boolean') resume = raw.resume;
    else problems.push(`${path}resume: ${show(raw.resume)} is not true or false`);
  }
  unknownFields(raw, ['reader', 'resume'], path, problems);
  return { value: { reader: reader.value, resume }, problems };
}

function validateDisabledSteps(v: unknown, path: string, problems: string[]): string[] {
  if (!Array.isArray(v)) {
    problems.push(`${path}: ${show(v)} is not a list of step ids`);
    return [];
  }
  const out: string[] = [];
  for (const id of v) {
    if (typeof id !== 'string' || !STEP_ID.test(id)) problems.push(`${path}: ${show(id)} is not a step id`);
    else if (!out.includes(id)) out.push(id); // a duplicate carries no choice of its own: folding it loses nothing
  }
  if (out.length > MAX_DISABLED_STEPS) {
    problems.push(`${path}: more than ${MAX_DISABLED_STEPS} step ids`);
    return out.slice(0, MAX_DISABLED_STEPS);
  }
  return out;
}

export function validateSite(raw: unknown, path = 'site'): Checked<SiteSettings> {
  const d = defaultSite();
  if (!isPlainObject(raw)) return { value: d, problems: [`${path}: ${show(raw)} is not an object`] };
  const problems: string[] = [];
  const value: SiteSettings = {
    mode: oneOf<SiteMode>(raw.mode, SITE_MODES, d.mode, `${path}.mode`, problems),
    disabledSteps: 'disabledSteps' in raw ? validateDisabledSteps(raw.disabledSteps, `${path}.disabledSteps`, problems) : [],
  };
  unknownFields(raw, ['mode', 'disabledSteps'], `${path}.`, problems);
  return { value, problems };
}
