// The settings model: one defaults object, the schema version, and the storage keys (STYLE.md rule 9).
// Keys and their history are documented in docs/settings.md; changing a shape here needs a migration
// in ./migrations.ts so no user loses a choice on update.
import { DEFAULT_READER_PREFS, type ReaderPrefs } from './reader-prefs';
import { DEFAULT_LISTEN, type ListenSettings } from './listen';
import { sameMembers } from '../shared/same-members';

/**
 * Version of the stored layout. 0: the legacy flat object under `settings` (see ./legacy-v0.ts).
 * 1: `global` in sync (local fallback) + one `site:<hostname>` key per site in local.
 * 2: the same; the first reader's `readerPrefs` sync key folded into `global` (./migrations.ts).
 * 3: the same; reader numbers within the reader's own bounds (./reader-prefs.ts), which were wider in the store.
 */
export const SCHEMA_VERSION = 3;

/**
 * What the extension does on a site by itself. `never` is a mode, not a separate flag: "never run here" and
 * "open the reader automatically" cannot both hold, so the type makes that state unrepresentable.
 */
export type SiteMode = 'off' | 'auto-reader' | 'in-place' | 'never';
export const SITE_MODES: readonly SiteMode[] = ['off', 'auto-reader', 'in-place', 'never'];
/** Modes that run without a click, so they need the site's host permission and a registered content script. */
export const AUTO_MODES: readonly SiteMode[] = ['auto-reader', 'in-place'];

export interface SiteSettings {
  mode: SiteMode;
  /** Declutter step ids (src/declutter/steps/) switched off on this site. Unknown ids are kept: a newer
   *  version may have written them, and dropping them would lose a choice on downgrade/upgrade. */
  disabledSteps: string[];
}

/** Whether two lists switch off the same steps (order and repeats aside). */
export function sameSteps(a: readonly string[], b: readonly string[]): boolean {
  return sameMembers(a, b);
}

export interface GlobalSettings {
  reader: ReaderPrefs;
  /** Read aloud: speed and voices (./listen.ts). Absent in a stored `global` from before it existed: the defaults. */
  listen: ListenSettings;
  /**
   * Pick up where you left off: the reader remembers, on this device only, the block each article was left at
   * (./reading-positions.ts) and returns there. Added without a schema version: a stored `global` without it
   * predates the switch and means the default (validate.ts), so no stored value changes meaning.
   */
  resume: boolean;
}

/** All of a user's settings, as the store returns them and as export/import carries them. */
export interface AllSettings {
  global: GlobalSettings;
  /** hostname → settings; a site absent here has DEFAULTS.site. */
  sites: Record<string, SiteSettings>;
}

export const DEFAULTS: { readonly global: GlobalSettings; readonly site: SiteSettings } = Object.freeze({
  global: Object.freeze({ reader: Object.freeze({ ...DEFAULT_READER_PREFS }), listen: DEFAULT_LISTEN, resume: true }),
  site: Object.freeze({ mode: 'off' as SiteMode, disabledSteps: Object.freeze([]) as unknown as string[] }),
});

/** Fresh, mutable copies of the defaults (callers may edit what they get). */
export function defaultGlobal(): GlobalSettings {
  return { reader: { ...DEFAULTS.global.reader }, listen: { rate: DEFAULTS.global.listen.rate, voices: { ...DEFAULTS.global.listen.voices } }, resume: DEFAULTS.global.resume };
}
export function defaultSite(): SiteSettings {
  return { mode: DEFAULTS.site.mode, disabledSteps: [] };
}

/** A site whose settings equal the defaults is stored as no key at all, so storage holds only real choices. */
export function isDefaultSite(s: SiteSettings): boolean {
  return s.mode === DEFAULTS.site.mode && s.disabledSteps.length === 0;
}

// ---- Storage keys ----------------------------------------------------------------------------------------

/** storage.local: the schema version the stored data is in. */
export const KEY_SCHEMA = 'schemaVersion';
/** storage.sync (or storage.local as fallback): `{ savedAt, value: GlobalSettings }`. */
export const KEY_GLOBAL = 'global';
/** storage.local: one key per site. */
export const SITE_PREFIX = 'site:';
/** storage.local: values that failed validation, kept aside as `corrupt:<key>:<timestamp>`. */
export const CORRUPT_PREFIX = 'corrupt:';
/**
 * storage.local: where the reader left each article (./reading-positions.ts). Device-only on purpose: it is a
 * reading history, however hashed, and too busy for sync's write quota. Reset removes it.
 */
export const KEY_READING_POSITIONS = 'readingPositions';
/** storage.local: the legacy blob a migration replaced, kept as `backup:v<n>:<key>`. */
export const BACKUP_PREFIX = 'backup:';

export function siteKey(hostname: string): string {
  return SITE_PREFIX + hostname;
}
