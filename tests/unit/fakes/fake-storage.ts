// An in-memory `browser.storage` area for unit tests: values are stored as JSON (as the real areas serialize
// them, so a caller mutating what it got back cannot change what is stored), writes are counted, and Chrome's
// sync quotas, a missing or switched-off sync, thrown errors and corrupt values can be simulated.
import type { StorageAreaLike } from '../../../src/settings/storage-area';

export interface FakeQuota {
  /** Chrome's storage.sync: 102,400 bytes. */
  bytes?: number;
  /** Chrome's storage.sync: 8,192 bytes per item (key + JSON of the value). */
  bytesPerItem?: number;
  /** Chrome's storage.sync: 512 items. */
  maxItems?: number;
  /** Chrome's storage.sync: 120 writes a minute (counted on the fake's own clock, see `tick`). */
  writesPerMinute?: number;
}

export const CHROME_SYNC_QUOTA: Required<FakeQuota> = { bytes: 102_400, bytesPerItem: 8_192, maxItems: 512, writesPerMinute: 120 };

export class FakeStorageArea implements StorageAreaLike {
  private data = new Map<string, string>();
  /** Every set/remove call that got past the error checks. */
  writes = 0;
  reads = 0;
  /** Every call to set/remove, including refused ones. */
  writeAttempts = 0;
  /** While set, every call throws this (a switched-off sync: "Sync is disabled"). */
  unavailable: Error | null = null;
  /** Thrown by the next write only, then cleared. */
  failNextWrite: Error | null = null;
  /** Milliseconds each set/remove takes before it lands (a slow disk, a busy browser): reads in between see the old value. */
  writeDelayMs = 0;
  private clock = 0;
  private writeTimes: number[] = [];

  constructor(readonly name: string, readonly quota: FakeQuota = {}) {}

  /** Advance the fake's clock (ms), for the writes-per-minute quota. */
  tick(ms: number): void {
    this.clock += ms;
  }

  async get(keys?: null | string | string[]): Promise<Record<string, unknown>> {
    if (this.unavailable) throw this.unavailable;
    this.reads++;
    const wanted = keys == null ? [...this.data.keys()] : typeof keys === 'string' ? [keys] : keys;
    const out: Record<string, unknown> = {};
    for (const k of wanted) {
      const v = this.data.get(k);
      if (v !== undefined) out[k] = JSON.parse(v);
    }
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    this.beforeWrite();
    if (this.writeDelayMs) await new Promise((resolve) => setTimeout(resolve, this.writeDelayMs));
    const next = new Map(this.data);
    for (const [k, v] of Object.entries(items)) {
      const json = JSON.stringify(v);
      if (this.quota.bytesPerItem !== undefined && bytes(k + json) > this.quota.bytesPerItem) {
        throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      }
      next.set(k, json);
    }
    if (this.quota.maxItems !== undefined && next.size > this.quota.maxItems) throw new Error('MAX_ITEMS quota exceeded');
    if (this.quota.bytes !== undefined && totalBytes(next) > this.quota.bytes) throw new Error('QUOTA_BYTES quota exceeded');
    this.data = next;
    this.writes++;
  }

  async remove(keys: string | string[]): Promise<void> {
    this.beforeWrite();
    if (this.writeDelayMs) await new Promise((resolve) => setTimeout(resolve, this.writeDelayMs));
    for (const k of typeof keys === 'string' ? [keys] : keys) this.data.delete(k);
    this.writes++;
  }

  private beforeWrite(): void {
    this.writeAttempts++;
    if (this.unavailable) throw this.unavailable;
    if (this.failNextWrite) {
      const err = this.failNextWrite;
      this.failNextWrite = null;
      throw err;
    }
    if (this.quota.writesPerMinute !== undefined) {
      this.writeTimes = this.writeTimes.filter((t) => t > this.clock - 60_000);
      if (this.writeTimes.length >= this.quota.writesPerMinute) throw new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded');
      this.writeTimes.push(this.clock);
    }
  }

  /** Put a value in directly, bypassing quotas and counters: a corrupt value, an old schema, another device. */
  seed(items: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(items)) this.data.set(k, JSON.stringify(v));
  }

  /** Everything stored, for assertions (not counted as a read). */
  dump(): Record<string, unknown> {
    return Object.fromEntries([...this.data].map(([k, v]) => [k, JSON.parse(v)]));
  }

  keys(): string[] {
    return [...this.data.keys()];
  }
}

function bytes(s: string): number {
  return new TextEncoder().encode(s).length;
}

function totalBytes(m: Map<string, string>): number {
  let n = 0;
  for (const [k, v] of m) n += bytes(k + v);
  return n;
}

export interface FakeStorage {
  local: FakeStorageArea;
  sync: FakeStorageArea | null;
}

/** `{local, sync}` as the settings store takes them; `sync: false` for a browser without a sync area. */
export function fakeStorage(opts: { sync?: boolean; syncQuota?: FakeQuota } = {}): FakeStorage {
  return {
    local: new FakeStorageArea('local'),
    sync: opts.sync === false ? null : new FakeStorageArea('sync', opts.syncQuota ?? CHROME_SYNC_QUOTA),
  };
}
