// Validation as small pure functions. Each returns the value repaired field by field (a bad field falls back
// to its default, good fields are kept) and the list of problems; a caller that gets problems keeps the
// original aside (./quarantine.ts) so nothing is silently dropped.
import { FONTS, LINE_HEIGHT_BOUNDS, SIZE_BOUNDS, THEMES, WIDTH_BOUNDS, withinBounds, type RangeBounds, type ReaderPrefs } from './reader-prefs';
import { validateListen } from './listen';
import { defaultGlobal, defaultSite, SITE_MODES, type GlobalSettings, type SiteMode, type SiteSettings } from './schema';

export interface Checked<T> {
  value: T;
  /** Human-readable, English, one per bad field ("reader.size: 400 is not a number from 14 to 30 in steps of 1"). Empty when valid. */
  problems: string[];
}

/** Step ids are file names in src/declutter/steps/: lower-case words joined by "-". */
const STEP_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Far above the real number of steps; stops a hostile import from storing megabytes in one site key. */
export const MAX_DISABLED_STEPS = 64;

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null; // null: a hostMap
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

function inRange(v: unknown, range: RangeBounds, fallback: number, path: string, problems: string[]): number {
  if (withinBounds(v, range)) return v;
  problems.push(`${path}: ${show(v)} is not a number from ${range.min} to ${range.max} in steps of ${range.step}`);
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
    size: inRange(raw.size, SIZE_BOUNDS, d.size, `${path}.size`, problems),
    width: inRange(raw.width, WIDTH_BOUNDS, d.width, `${path}.width`, problems),
    lineHeight: inRange(raw.lineHeight, LINE_HEIGHT_BOUNDS, d.lineHeight, `${path}.lineHeight`, problems),
  };
  unknownFields(raw, Object.keys(d), `${path}.`, problems);
  return { value, problems };
}

export function validateGlobal(raw: unknown, path = ''): Checked<GlobalSettings> {
  if (!isPlainObject(raw)) return { value: defaultGlobal(), problems: [`${path || 'global'}: ${show(raw)} is not an object`] };
  const reader = validateReaderPrefs(raw.reader, `${path}reader`);
  // `listen` came later: a `global` saved before it has none, and that is the defaults, not a problem.
  const listen = 'listen' in raw ? validateListen(raw.listen, `${path}listen`) : { value: defaultGlobal().listen, problems: [] };
  const problems = [...reader.problems, ...listen.problems];
  // `resume` too: absent means stored (or exported) before the switch existed, which is the default, not a bad value.
  let resume = defaultGlobal().resume;
  if ('resume' in raw) {
    if (typeof raw.resume === 'boolean') resume = raw.resume;
    else problems.push(`${path}resume: ${show(raw.resume)} is not true or false`);
  }
  unknownFields(raw, ['reader', 'listen', 'resume'], path, problems);
  return { value: { reader: reader.value, listen: listen.value, resume }, problems };
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
