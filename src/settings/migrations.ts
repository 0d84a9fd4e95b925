// Migrations: run at every background start (and so after every update), each idempotent, in schema order.
// The stored schema version (storage.local `schemaVersion`) says which have run; running them again anyway
// must change nothing (a crash between a migration and the version write reruns it). After them, every start
// applies the step-id renames (./step-renames.ts) and validates every stored value (bad ones kept aside).
import { convertV0, LEGACY_V0_KEY } from './legacy-v0';
import { BACKUP_PREFIX, defaultGlobal, KEY_GLOBAL, KEY_SCHEMA, SCHEMA_VERSION, SITE_PREFIX, siteKey } from './schema';
import { renameStepIds, STEP_ID_RENAMES, type StepRename } from './step-renames';
import type { SettingsAreas } from './storage-area';
import { createSettingsStore, type SettingsStore } from './store';
import { keepAside } from './quarantine';
import { defaultListen } from './listen';
import { isPlainObject, validateReaderPrefs } from './validate';
import { snapStoredReaderPrefs } from './reader-prefs';

export interface MigrationContext {
  areas: SettingsAreas;
  store: SettingsStore;
  now(): number;
}

export interface Migration {
  /** The schema version this migration produces. */
  to: number;
  /** One line for the migration list in docs/settings.md. */
  description: string;
  run(ctx: MigrationContext): Promise<void>;
}

async function readOptional(area: SettingsAreas['sync'], key: string): Promise<unknown> {
  if (!area) return undefined;
  try {
    return (await area.get(key))[key];
  } catch {
    return undefined; // sync switched off: whatever it holds comes back with it, and this migration reruns then
  }
}

/** v0 → v1: the flat `settings` object becomes `global` + one `site:<hostname>` key per site. */
async function splitLegacySettings(ctx: MigrationContext): Promise<void> {
  const { local, sync } = ctx.areas;
  const fromSync = await readOptional(sync, LEGACY_V0_KEY);
  const fromLocal = (await local.get(LEGACY_V0_KEY))[LEGACY_V0_KEY];
  // v0 wrote to local only when the sync write failed, so a local copy is the newer one.
  const raw = fromLocal ?? fromSync;
  if (raw === undefined) return;
  const conv = convertV0(raw);
  // The whole old object stays as a backup: a conversion problem (or a bug here) must not cost a setting.
  await local.set({ [`${BACKUP_PREFIX}v0:${LEGACY_V0_KEY}`]: { sync: fromSync, local: fromLocal, problems: conv.problems, at: ctx.now() } });
  // A site that already has a v1 key was written after v0 (or by an interrupted run of this migration): keep it.
  const hosts = Object.keys(conv.sites);
  const existing = await local.get(hosts.map(siteKey));
  const fresh = Object.fromEntries(Object.entries(conv.sites).filter(([h]) => !(siteKey(h) in existing)));
  await ctx.store.setSites(fresh);
  const hasGlobal = (await local.get(KEY_GLOBAL))[KEY_GLOBAL] !== undefined || (await readOptional(sync, KEY_GLOBAL)) !== undefined;
  if (!hasGlobal) await ctx.store.setGlobal(conv.global);
  await local.remove(LEGACY_V0_KEY);
  if (sync && fromSync !== undefined) await sync.remove(LEGACY_V0_KEY).catch(() => undefined);
}

/**
 * The reader's first content script (before the store) saved its display settings under this sync key
 * (src/content/prefs.ts up to commit 4e6cf33). Users who adjusted the reader then have it and no `global`.
 */
export const LEGACY_READER_PREFS_KEY = 'readerPrefs';

/**
 * v1 → v2: `readerPrefs` (sync, or local for a copy written while sync was off) becomes `global.reader`.
 * A `global` that already exists wins: only the store writes it, and the store replaced the old key's
 * writer, so it is the newer choice. The old value is kept as a backup, then removed.
 */
async function adoptLegacyReaderPrefs(ctx: MigrationContext): Promise<void> {
  const { local, sync } = ctx.areas;
  const fromSync = await readOptional(sync, LEGACY_READER_PREFS_KEY);
  const fromLocal = (await local.get(LEGACY_READER_PREFS_KEY))[LEGACY_READER_PREFS_KEY];
  const raw = fromSync ?? fromLocal;
  if (raw === undefined) return;
  await local.set({ [`${BACKUP_PREFIX}v1:${LEGACY_READER_PREFS_KEY}`]: { sync: fromSync, local: fromLocal, at: ctx.now() } });
  const hasGlobal = (await local.get(KEY_GLOBAL))[KEY_GLOBAL] !== undefined || (await readOptional(sync, KEY_GLOBAL)) !== undefined;
  // Field by field: a bad theme falls back to its default, the good size is kept.
  if (!hasGlobal) await ctx.store.setGlobal({ ...defaultGlobal(), reader: validateReaderPrefs(isPlainObject(raw) ? snapStoredReaderPrefs(raw) : raw).value });
  if (fromLocal !== undefined) await local.remove(LEGACY_READER_PREFS_KEY);
  if (sync && fromSync !== undefined) await sync.remove(LEGACY_READER_PREFS_KEY).catch(() => undefined);
}

/**
 * v2 → v3: the store accepted reader numbers the reader then clamped (size 10–40 stored, 14–30 shown). Each stored
 * copy of `global` (sync and local) gets its numbers snapped into the one set of bounds, keeping its `savedAt`
 * (so newest-wins still picks the same copy) and every other field as it was.
 */
async function snapReaderNumbers(ctx: MigrationContext): Promise<void> {
  const { local, sync } = ctx.areas;
  for (const area of [local, sync]) {
    if (!area) continue;
    const env = area === local ? (await local.get(KEY_GLOBAL))[KEY_GLOBAL] : await readOptional(area, KEY_GLOBAL);
    if (!isPlainObject(env) || !isPlainObject(env.value) || !isPlainObject(env.value.reader)) continue;
    const reader = snapStoredReaderPrefs(env.value.reader);
    if (Object.keys(reader).every((k) => reader[k] === (env.value as { reader: Record<string, unknown> }).reader[k])) continue;
    const write = area.set({ [KEY_GLOBAL]: { ...env, value: { ...env.value, reader } } });
    // Sync may refuse (switched off since the read): its copy is snapped on the next start, and reads repair it meanwhile.
    if (area === local) await write;
    else await write.catch(() => undefined);
  }
}

export const MIGRATIONS: readonly Migration[] = [
  { to: 1, description: 'Split the flat v0 `settings` object into `global` and one `site:<hostname>` key per site.', run: splitLegacySettings },
  { to: 2, description: 'Carry the first reader\'s `readerPrefs` (sync) into `global.reader`.', run: adoptLegacyReaderPrefs },
  { to: 3, description: 'Snap the reader\'s size, width and line height into the bounds the reader applies.', run: snapReaderNumbers },
];

/** Renames step ids in every site's disabledSteps; one write for all changed sites. Returns how many changed. */
export async function applyStepRenames(areas: SettingsAreas, renames: readonly StepRename[] = STEP_ID_RENAMES): Promise<number> {
  if (renames.length === 0) return 0;
  const all = await areas.local.get(null);
  const changed: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(all)) {
    if (!key.startsWith(SITE_PREFIX) || !isPlainObject(raw) || !Array.isArray(raw.disabledSteps)) continue;
    const ids = raw.disabledSteps.filter((x): x is string => typeof x === 'string');
    if (ids.length !== raw.disabledSteps.length) continue; // a bad value: the validation scan keeps it aside
    const renamed = renameStepIds(ids, renames);
    if (renamed.length !== ids.length || renamed.some((id, i) => id !== ids[i])) changed[key] = { ...raw, disabledSteps: renamed };
  }
  if (Object.keys(changed).length) await areas.local.set(changed);
  return Object.keys(changed).length;
}

export interface MigrationReport {
  /** Schema version found (0 when none was stored). */
  from: number;
  /** Schema version now stored. */
  to: number;
  /** Versions of the migrations that ran. */
  ran: number[];
  /** Sites whose step ids were renamed. */
  renamedSites: number;
  /** Storage keys whose values were kept aside and repaired. */
  rejected: string[];
  /** Stored data is from a newer version of the extension: nothing was migrated or repaired. */
  newer: boolean;
}

export interface MigrateOptions {
  now?: () => number;
  migrations?: readonly Migration[];
  renames?: readonly StepRename[];
  target?: number;
}

/** Call at every background start, before anything reads settings. Safe to call again at any time. */
export async function runMigrations(areas: SettingsAreas, opts: MigrateOptions = {}): Promise<MigrationReport> {
  const now = opts.now ?? Date.now;
  const target = opts.target ?? SCHEMA_VERSION;
  const store = createSettingsStore(areas, { now });
  const stored = (await areas.local.get(KEY_SCHEMA))[KEY_SCHEMA];
  const valid = typeof stored === 'number' && Number.isInteger(stored) && stored >= 0;
  if (stored !== undefined && !valid) {
    // Rerunning every migration is safe (they are idempotent); the odd value is kept for a bug report.
    await keepAside(areas.local, [{ key: KEY_SCHEMA, area: 'local', raw: stored, problems: ['schemaVersion: not a whole number'] }], now());
  }
  const from = valid ? stored : 0;
  if (from > target) {
    // A downgrade: this version cannot judge a newer layout. Reads still fall back per value (and keep aside).
    return { from, to: from, ran: [], renamedSites: 0, rejected: [], newer: true };
  }
  const ctx: MigrationContext = { areas, store, now };
  const ran: number[] = [];
  for (const m of [...(opts.migrations ?? MIGRATIONS)].sort((a, b) => a.to - b.to)) {
    if (m.to <= from || m.to > target) continue;
    await m.run(ctx);
    await areas.local.set({ [KEY_SCHEMA]: m.to });
    ran.push(m.to);
  }
  if (stored !== target && ran[ran.length - 1] !== target) await areas.local.set({ [KEY_SCHEMA]: target });
  const renamedSites = await applyStepRenames(areas, opts.renames ?? STEP_ID_RENAMES);
  const scan = await store.scanSites();
  await store.getGlobal(); // validates both copies of the global settings, keeping bad ones aside
  return { from, to: target, ran, renamedSites, rejected: scan.rejected, newer: false };
}
