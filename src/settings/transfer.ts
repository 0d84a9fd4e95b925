// Export and import of all settings as one JSON file. Import is all-or-nothing: a file with any bad value is
// refused with the reasons and changes nothing (unlike storage reads, which repair per value: a user who picks
// a file can pick another, while stored data has no other copy). diffImport shows what an import will change
// before applyImport changes it.
import { hostMap, normalizeHostname } from './hostname';
import { defaultSite, sameSteps, SCHEMA_VERSION, type AllSettings, type SiteSettings } from './schema';
import { renameStepIds, STEP_ID_RENAMES, type StepRename } from './step-renames';
import type { SettingsStore } from './store';
import { isPlainObject, validateGlobal, validateSite } from './validate';
import { snapStoredReaderPrefs, type ReaderPrefs } from './reader-prefs';

/** Names the file's content, so a random JSON file is refused with "not a settings file". */
export const EXPORT_FORMAT = 'news-declutter-settings';
/** Far above 5,000 sites (about 400 KB); refuses a wrong file before parsing megabytes of it. */
export const MAX_IMPORT_CHARS = 5_000_000;

export interface SettingsFile extends AllSettings {
  format: typeof EXPORT_FORMAT;
  schemaVersion: number;
  /** ISO 8601, for the user who has several exports. */
  exportedAt: string;
}

export function toSettingsFile(all: AllSettings, now: number = Date.now()): SettingsFile {
  const sites = Object.fromEntries(Object.keys(all.sites).sort().map((h) => [h, all.sites[h] as SiteSettings]));
  return { format: EXPORT_FORMAT, schemaVersion: SCHEMA_VERSION, exportedAt: new Date(now).toISOString(), global: all.global, sites };
}

export function serializeSettings(all: AllSettings, now?: number): string {
  return `${JSON.stringify(toSettingsFile(all, now), null, 2)}\n`;
}

/** `news-declutter-settings-2026-03-14.json` */
export function exportFileName(now: number = Date.now()): string {
  return `news-declutter-settings-${new Date(now).toISOString().slice(0, 10)}.json`;
}

/** Why a file was refused. The options page localizes `code`; `details` are English, one per bad value. */
export type ImportErrorCode = 'too-large' | 'not-json' | 'not-settings-file' | 'newer-version' | 'invalid-values';
export interface ImportError {
  code: ImportErrorCode;
  details: string[];
}
export type ParsedImport = { ok: true; settings: AllSettings } | { ok: false; error: ImportError };

const fail = (code: ImportErrorCode, details: string[] = []): ParsedImport => ({ ok: false, error: { code, details } });

/**
 * Bytes a file may have to be read at all: UTF-8 takes at most 4 bytes a character, so a file within
 * MAX_IMPORT_CHARS is within this; one above it is refused from its size, before it is read.
 */
export const MAX_IMPORT_BYTES = MAX_IMPORT_CHARS * 4;

/** The refusal for a file of `bytes`, or null when it may be read. */
export function importFileTooLarge(bytes: number): ImportError | null {
  return bytes > MAX_IMPORT_BYTES ? { code: 'too-large', details: [`${bytes} bytes; at most ${MAX_IMPORT_BYTES}`] } : null;
}

export function parseSettingsFile(text: string, renames: readonly StepRename[] = STEP_ID_RENAMES): ParsedImport {
  if (text.length > MAX_IMPORT_CHARS) return fail('too-large', [`${text.length} characters; at most ${MAX_IMPORT_CHARS}`]);
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, '')); // a BOM from an editor that saved the file again
  } catch (err) {
    return fail('not-json', [err instanceof Error ? err.message : String(err)]);
  }
  if (!isPlainObject(raw) || raw.format !== EXPORT_FORMAT) return fail('not-settings-file');
  const v = raw.schemaVersion;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) return fail('not-settings-file', ['schemaVersion: missing or not a whole number']);
  // Version 1 is the first file format. A later format change adds a conversion here for older files.
  if (v > SCHEMA_VERSION) return fail('newer-version', [`schemaVersion ${v}; this version reads up to ${SCHEMA_VERSION}`]);

  const details: string[] = [];
  // Files written before schema 3 allowed wider reader numbers, which the reader showed snapped: import them so.
  const rawGlobal = v < 3 && isPlainObject(raw.global) && isPlainObject(raw.global.reader) ? { ...raw.global, reader: snapStoredReaderPrefs(raw.global.reader) } : raw.global;
  const global = validateGlobal(rawGlobal, 'global.');
  details.push(...global.problems);
  const sites = hostMap<SiteSettings>();
  if (!isPlainObject(raw.sites)) details.push('sites: not an object');
  else {
    for (const [h, s] of Object.entries(raw.sites)) {
      const host = normalizeHostname(h);
      if (!host) {
        details.push(`sites: ${JSON.stringify(h)} is not a hostname`);
        continue;
      }
      if (Object.hasOwn(sites, host)) details.push(`sites: ${JSON.stringify(h)} appears twice`);
      const checked = validateSite(s, `sites[${JSON.stringify(h)}]`);
      details.push(...checked.problems);
      // An older file may name a step by an id that has since been renamed (./step-renames.ts).
      sites[host] = { ...checked.value, disabledSteps: renameStepIds(checked.value.disabledSteps, renames) };
    }
  }
  for (const k of Object.keys(raw)) if (!['format', 'schemaVersion', 'exportedAt', 'global', 'sites'].includes(k)) details.push(`${k}: unknown setting`);
  if (details.length) return fail('invalid-values', details);
  return { ok: true, settings: { global: global.value, sites } };
}

export interface ImportOptions {
  /** Remove sites that are not in the file. Off by default: a merge cannot lose a site the file forgot. */
  replaceSites?: boolean;
}

export interface ValueChange<T> {
  from: T;
  to: T;
}

export interface ImportDiff {
  /** Reader preferences that change, by field. */
  reader: Partial<{ [K in keyof ReaderPrefs]: ValueChange<ReaderPrefs[K]> }>;
  /** The "continue where you left off" switch, when it changes. */
  resume?: ValueChange<boolean>;
  sitesAdded: Record<string, SiteSettings>;
  sitesChanged: Record<string, ValueChange<SiteSettings>>;
  /** Only with replaceSites. */
  sitesRemoved: Record<string, SiteSettings>;
  /** Sites in the file with the same settings as now. */
  sitesUnchanged: number;
  /** Nothing would change: the UI can say so instead of offering "Apply". */
  empty: boolean;
}

function sameSite(a: SiteSettings, b: SiteSettings): boolean {
  return a.mode === b.mode && sameSteps(a.disabledSteps, b.disabledSteps);
}

/** What applyImport(incoming) would change in `current`. Pure. */
export function diffImport(current: AllSettings, incoming: AllSettings, opts: ImportOptions = {}): ImportDiff {
  const reader: ImportDiff['reader'] = {};
  for (const k of Object.keys(incoming.global.reader) as (keyof ReaderPrefs)[]) {
    const from = current.global.reader[k];
    const to = incoming.global.reader[k];
    if (from !== to) (reader as Record<string, ValueChange<unknown>>)[k] = { from, to };
  }
  const diff: ImportDiff = { reader, sitesAdded: hostMap(), sitesChanged: hostMap(), sitesRemoved: hostMap(), sitesUnchanged: 0, empty: false };
  if (current.global.resume !== incoming.global.resume) diff.resume = { from: current.global.resume, to: incoming.global.resume };
  for (const [host, to] of Object.entries(incoming.sites)) {
    const from = Object.hasOwn(current.sites, host) ? current.sites[host] : undefined;
    if (!from) {
      if (!sameSite(to, defaultSite())) diff.sitesAdded[host] = to;
    } else if (sameSite(from, to)) diff.sitesUnchanged++;
    else diff.sitesChanged[host] = { from, to };
  }
  if (opts.replaceSites) for (const [host, from] of Object.entries(current.sites)) if (!Object.hasOwn(incoming.sites, host)) diff.sitesRemoved[host] = from;
  diff.empty = !Object.keys(diff.reader).length && !diff.resume && !Object.keys(diff.sitesAdded).length && !Object.keys(diff.sitesChanged).length && !Object.keys(diff.sitesRemoved).length;
  return diff;
}

/** Writes the imported settings (validated by parseSettingsFile). Sites first: they are the bigger loss. */
export async function applyImport(store: SettingsStore, incoming: AllSettings, opts: ImportOptions = {}) {
  await store.setSites(incoming.sites, { replace: opts.replaceSites });
  return store.setGlobal(incoming.global);
}
