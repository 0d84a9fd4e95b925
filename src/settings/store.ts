// The settings store: reads validate and repair (keeping bad values aside), writes validate and refuse.
// Global settings go to storage.sync when it is there and within quota, else to storage.local; per-site
// settings always go to storage.local, one key per site (sync's 512 items and 100 KB would cap the sites a
// user can set, and a per-site key keeps each write small). The areas are parameters: see ./storage-area.ts.
import { hostMap, normalizeHostname } from './hostname';
import { disabledStepsAfterToggle } from './site-actions';
import { keepAside, type Rejected } from './quarantine';
import {
  defaultGlobal,
  defaultSite,
  isDefaultSite,
  KEY_GLOBAL,
  KEY_READING_POSITIONS,
  SITE_PREFIX,
  siteKey,
  type AllSettings,
  type GlobalSettings,
  type SiteSettings,
} from './schema';
import { classifySyncError, SYNC_QUOTA, syncItemBytes, type SettingsAreas, type StorageAreaLike, type SyncFailure } from './storage-area';
import { isPlainObject, validateGlobal, validateSite } from './validate';

/** Thrown by writes given an invalid value (a bug in the caller, or a hostname the user mistyped). */
export class SettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid settings: ${problems.join('; ')}`);
    this.name = 'SettingsError';
  }
}

/** Where a global write landed, so the options page can say "saved on this device only". */
export interface GlobalSaveResult {
  area: 'sync' | 'local';
  syncFailure?: SyncFailure;
}

/**
 * Global settings are stored wrapped with the time they were saved. With a local fallback there can be a copy
 * in each area (a sync write failed, a later one succeeded, or another device synced in); the newest wins.
 */
interface Envelope {
  savedAt: number;
  value: GlobalSettings;
}

/**
 * Runs `work` while no other holder of `name` runs: the read-modify-write of a site. The background and the options
 * page pass the Web Locks API (src/platform/, extensionLock), whose locks hold across the extension's pages and
 * its worker; without one, the store serializes its own calls only.
 */
export type SettingsLock = <T>(name: string, work: () => Promise<T>) => Promise<T>;

/** A lock that serializes the calls of one store (one page). */
export function inPageLock(): SettingsLock {
  const tails = new Map<string, Promise<unknown>>();
  return <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const run = (tails.get(name) ?? Promise.resolve()).then(work, work);
    tails.set(name, run.catch(() => undefined));
    return run;
  };
}

/** The global settings' read-modify-write (updateGlobal): the reader's display and Listen settings save apart. */
const GLOBAL_LOCK = 'news-declutter/global';

/** One lock for every site key: a bulk write (an import that replaces) reads all sites first. */
export const SITES_LOCK = 'news-declutter/sites';

export interface StoreOptions {
  /** Clock for savedAt and quarantine keys (tests pass a fixed one). */
  now?: () => number;
  /** Serializes read-modify-writes of sites; default: within this store only. */
  lock?: SettingsLock;
}

export interface SitesScan {
  sites: Record<string, SiteSettings>;
  /** Storage keys whose values were kept aside and repaired by this scan. */
  rejected: string[];
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;

export function createSettingsStore(areas: SettingsAreas, options: StoreOptions = {}) {
  const now = options.now ?? Date.now;
  const lock = options.lock ?? inPageLock();
  const local = areas.local;
  const sync = areas.sync ?? null;

  function hostOrThrow(hostname: string): string {
    const h = normalizeHostname(hostname);
    if (!h) throw new SettingsError([`${JSON.stringify(hostname)} is not a hostname`]);
    return h;
  }

  // ---- global ---------------------------------------------------------------------------------------------

  type EnvelopeRead = { env?: Envelope; rejected?: Rejected };

  function checkEnvelope(raw: unknown, area: 'local' | 'sync'): EnvelopeRead {
    if (raw === undefined) return {};
    if (!isPlainObject(raw) || typeof raw.savedAt !== 'number' || !Number.isFinite(raw.savedAt) || !('value' in raw)) {
      return { rejected: { key: KEY_GLOBAL, area, raw, problems: ['global: not a {savedAt, value} record'] } };
    }
    const checked = validateGlobal(raw.value);
    const env = { savedAt: raw.savedAt, value: checked.value };
    return checked.problems.length ? { env, rejected: { key: KEY_GLOBAL, area, raw, problems: checked.problems } } : { env };
  }

  async function readSyncGlobal(): Promise<EnvelopeRead> {
    if (!sync) return {};
    try {
      return checkEnvelope((await sync.get(KEY_GLOBAL))[KEY_GLOBAL], 'sync');
    } catch {
      return {}; // sync switched off or erroring: local holds the fallback copy, if any
    }
  }

  /** Keep aside, then put the repaired value back (or remove it) so the same bad value is not kept aside again. */
  async function repairGlobal(read: EnvelopeRead, area: StorageAreaLike): Promise<void> {
    if (read.env) await area.set({ [KEY_GLOBAL]: read.env });
    else await area.remove(KEY_GLOBAL);
  }

  async function getGlobal(): Promise<GlobalSettings> {
    const [s, l] = await Promise.all([readSyncGlobal(), (async () => checkEnvelope((await local.get(KEY_GLOBAL))[KEY_GLOBAL], 'local'))()]);
    const rejected = [s.rejected, l.rejected].filter((r): r is Rejected => !!r);
    if (rejected.length) {
      await keepAside(local, rejected, now());
      if (s.rejected && sync) await repairGlobal(s, sync).catch(() => undefined); // best effort: sync may be read-only now
      if (l.rejected) await repairGlobal(l, local);
    }
    // Newest wins; on a tie sync does, as the copy other devices see.
    const best = [s.env, l.env].filter((e): e is Envelope => !!e).sort((a, b) => b.savedAt - a.savedAt)[0];
    return best ? best.value : defaultGlobal();
  }

  async function setGlobal(value: GlobalSettings): Promise<GlobalSaveResult> {
    const checked = validateGlobal(value);
    if (checked.problems.length) throw new SettingsError(checked.problems);
    const env: Envelope = { savedAt: now(), value: checked.value };
    const syncFailure = await trySync(env);
    if (!syncFailure) {
      // The fallback copy is now older; removing it keeps a later read from weighing a stale value (should
      // the removal fail, the newest-wins rule still picks the sync copy).
      await local.remove(KEY_GLOBAL).catch(() => undefined);
      return { area: 'sync' };
    }
    // Never lose the value: local has no per-item limit worth the name (10 MB total in Chrome).
    await local.set({ [KEY_GLOBAL]: env });
    return { area: 'local', syncFailure };
  }

  /**
   * Changes some parts of the global settings and keeps the others as stored: the reader's display settings and
   * its Listen settings are saved from different places, and neither may reset the other.
   */
  async function updateGlobal(patch: Partial<GlobalSettings>): Promise<GlobalSaveResult> {
    return lock(GLOBAL_LOCK, async () => setGlobal({ ...(await getGlobal()), ...patch }));
  }

  /** Writes to sync; null when it worked, else why not. */
  async function trySync(env: Envelope): Promise<SyncFailure | null> {
    if (!sync) return 'unavailable';
    // A doomed write would still count against the 120 writes a minute.
    if (syncItemBytes(KEY_GLOBAL, env) > SYNC_QUOTA.QUOTA_BYTES_PER_ITEM) return 'quota';
    try {
      await sync.set({ [KEY_GLOBAL]: env });
      return null;
    } catch (err) {
      return classifySyncError(err);
    }
  }

  // ---- sites ----------------------------------------------------------------------------------------------

  async function getSite(hostname: string): Promise<SiteSettings> {
    const host = normalizeHostname(hostname);
    if (!host) return defaultSite();
    const key = siteKey(host);
    const raw = (await local.get(key))[key];
    if (raw === undefined) return defaultSite();
    const checked = validateSite(raw, key);
    if (checked.problems.length) {
      await keepAside(local, [{ key, area: 'local', raw, problems: checked.problems }], now());
      await writeSites({ [host]: checked.value });
    }
    return checked.value;
  }

  /** One local write for all sets, one for all removals: an import of 5,000 sites is two writes, not 5,000. */
  async function writeSites(sites: Record<string, SiteSettings>, alsoRemove: readonly string[] = []): Promise<void> {
    const set: Record<string, SiteSettings> = {};
    const remove = alsoRemove.map(siteKey);
    for (const [host, s] of Object.entries(sites)) {
      if (isDefaultSite(s)) remove.push(siteKey(host));
      else set[siteKey(host)] = { mode: s.mode, disabledSteps: [...s.disabledSteps] };
    }
    if (Object.keys(set).length) await local.set(set);
    if (remove.length) await local.remove(remove);
  }

  function checkSiteInput(s: SiteSettings, path: string): SiteSettings {
    const checked = validateSite(s, path);
    if (checked.problems.length) throw new SettingsError(checked.problems);
    return checked.value;
  }

  /** Stores a site's settings; settings equal to the defaults remove the key. */
  async function setSite(hostname: string, s: SiteSettings): Promise<SiteSettings> {
    const host = hostOrThrow(hostname);
    const value = checkSiteInput(s, siteKey(host));
    await writeSites({ [host]: value });
    return value;
  }

  /**
   * Changes part of a site's settings. The read and the write happen under the sites lock, so two quick changes
   * (a step switched in the reader's panel while another is switched on the options page) both land: `patch`
   * may be a function of the settings as stored at that moment, never of a copy the caller read earlier.
   */
  function updateSite(hostname: string, patch: Partial<SiteSettings> | ((current: SiteSettings) => Partial<SiteSettings>)): Promise<SiteSettings> {
    const host = hostOrThrow(hostname);
    return lock(SITES_LOCK, async () => {
      const current = await getSite(host);
      return setSite(host, { ...current, ...(typeof patch === 'function' ? patch(current) : patch) });
    });
  }

  /** Switches one cleaning step on or off for a site, against the stored list. */
  function setStepEnabled(hostname: string, stepId: string, on: boolean): Promise<SiteSettings> {
    return updateSite(hostname, (current) => ({ disabledSteps: disabledStepsAfterToggle(current, stepId, on) }));
  }

  async function removeSite(hostname: string): Promise<void> {
    const key = siteKey(hostOrThrow(hostname));
    await lock(SITES_LOCK, () => local.remove(key));
  }

  /**
   * Sets many sites in two writes at most. With `replace`, sites not in `sites` are removed (an import that
   * replaces everything); the caller has shown the user that list first (./transfer.ts diffImport).
   */
  async function setSites(sites: Record<string, SiteSettings>, opts: { replace?: boolean } = {}): Promise<void> {
    const checked = hostMap<SiteSettings>();
    const problems: string[] = [];
    for (const [h, s] of Object.entries(sites)) {
      const host = normalizeHostname(h);
      if (!host) problems.push(`${JSON.stringify(h)} is not a hostname`);
      else {
        const c = validateSite(s, siteKey(host));
        problems.push(...c.problems);
        checked[host] = c.value;
      }
    }
    if (problems.length) throw new SettingsError(problems);
    await lock(SITES_LOCK, async () => {
      const stale = opts.replace ? Object.keys((await scanSites()).sites).filter((h) => !Object.hasOwn(checked, h)) : [];
      await writeSites(checked, stale);
    });
  }

  /**
   * Reads every site key, validating each. Bad values are kept aside and repaired; keys that are not
   * normalized hostnames ("site:Example.COM") move to their normalized key when it is free, else are kept aside.
   * Other keys in storage.local are left alone (they are not ours to judge).
   */
  async function scanSites(): Promise<SitesScan> {
    const all = await local.get(null);
    const sites = hostMap<SiteSettings>();
    const rejected: Rejected[] = [];
    const repaired = hostMap<SiteSettings>();
    const removeKeys: string[] = [];
    const moved = hostMap<SiteSettings>();
    for (const [key, raw] of Object.entries(all)) {
      if (!key.startsWith(SITE_PREFIX)) continue;
      const name = key.slice(SITE_PREFIX.length);
      const host = normalizeHostname(name);
      const checked = validateSite(raw, key);
      if (!host || (host !== name && (Object.hasOwn(all, siteKey(host)) || Object.hasOwn(moved, host)))) {
        rejected.push({ key, area: 'local', raw, problems: [host ? `${key}: duplicate of ${siteKey(host)}` : `${key}: not a hostname`, ...checked.problems] });
        removeKeys.push(key);
        continue;
      }
      if (checked.problems.length) {
        rejected.push({ key, area: 'local', raw, problems: checked.problems });
        repaired[host] = checked.value;
      }
      if (host !== name) {
        moved[host] = checked.value;
        removeKeys.push(key);
      }
      if (!isDefaultSite(checked.value)) sites[host] = checked.value;
      else if (host === name && !checked.problems.length) removeKeys.push(key); // a stored default holds no choice
    }
    if (rejected.length) await keepAside(local, rejected, now());
    if (Object.keys(moved).length || Object.keys(repaired).length) await writeSites(Object.assign(hostMap<SiteSettings>(), repaired, moved));
    if (removeKeys.length) await local.remove(removeKeys);
    return { sites, rejected: rejected.map((r) => r.key) };
  }

  async function getAll(): Promise<AllSettings> {
    const [global, scan] = await Promise.all([getGlobal(), scanSites()]);
    return { global, sites: scan.sites };
  }

  /**
   * Back to the defaults: global settings, every site key and the remembered reading positions go. Kept-aside and
   * backup copies stay.
   */
  async function reset(): Promise<void> {
    await lock(SITES_LOCK, async () => {
      const all = await local.get(null);
      const siteKeys = Object.keys(all).filter((k) => k.startsWith(SITE_PREFIX));
      await local.remove([KEY_GLOBAL, KEY_READING_POSITIONS, ...siteKeys]);
    });
    if (!sync) return;
    try {
      await sync.remove(KEY_GLOBAL);
    } catch {
      // Sync is off now but may still hold the old settings and come back: a newer local copy of the defaults
      // outweighs it then (newest wins, see getGlobal).
      await local.set({ [KEY_GLOBAL]: { savedAt: now(), value: defaultGlobal() } satisfies Envelope });
    }
  }

  return { getGlobal, setGlobal, updateGlobal, getSite, setSite, updateSite, setStepEnabled, removeSite, setSites, scanSites, getAll, reset };
}
