// The slice of `browser.storage.*` the settings store uses. The store takes its areas as parameters, so the
// extension passes the real ones (through src/platform/) and unit tests pass tests/unit/fakes/fake-storage.ts.
// No webextension-polyfill import here (STYLE.md rule 7).

export interface StorageAreaLike {
  /** `null` reads everything (the polyfill's StorageArea accepts null/undefined the same way). */
  get(keys?: null | string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface SettingsAreas {
  local: StorageAreaLike;
  /** Absent when the browser has no sync area (or it is switched off): global settings then live in local. */
  sync?: StorageAreaLike | null;
}

/**
 * Chrome's storage.sync limits (developer.chrome.com/docs/extensions/reference/api/storage#property-sync).
 * Firefox's are the same for the per-item and total sizes. Checked before writing to spare a doomed write.
 */
export const SYNC_QUOTA = {
  QUOTA_BYTES: 102_400,
  QUOTA_BYTES_PER_ITEM: 8_192,
  MAX_ITEMS: 512,
  MAX_WRITE_OPERATIONS_PER_MINUTE: 120,
} as const;

/** Size Chrome counts for one sync item: the key plus the JSON of its value (UTF-8 bytes). */
export function syncItemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

/**
 * Why a sync write failed. Chrome says "QUOTA_BYTES_PER_ITEM quota exceeded" and similar; Firefox throws
 * "QuotaExceededError: storage.sync API call exceeded its quota limitations". Anything else (sync disabled,
 * signed out, API missing) is "unavailable". Both lead to the same fallback; the kind is for the status line.
 */
export type SyncFailure = 'quota' | 'unavailable';

export function classifySyncError(err: unknown): SyncFailure {
  const msg = err instanceof Error ? `${err.name} ${err.message}` : String(err);
  return /quota|MAX_ITEMS|MAX_WRITE_OPERATIONS/i.test(msg) ? 'quota' : 'unavailable';
}
