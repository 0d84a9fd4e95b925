// A value that fails validation is never silently dropped: the raw value is copied to storage.local under
// `corrupt:<key>:<timestamp>` (with why it was rejected) before the store falls back to defaults for it.
// The copies stay until the user deletes them; the options page does not show them, README.md says where they are.
import { CORRUPT_PREFIX } from './schema';
import type { StorageAreaLike } from './storage-area';

export interface Rejected {
  /** The storage key the value was found under. */
  key: string;
  /** Which area it was in ("local" or "sync"), so a support question can be answered. */
  area: 'local' | 'sync';
  raw: unknown;
  problems: string[];
}

export interface KeptAside {
  key: string;
  area: 'local' | 'sync';
  value: unknown;
  problems: string[];
  /** ms since the epoch. */
  at: number;
}

export function corruptKey(key: string, at: number, n = 0): string {
  return `${CORRUPT_PREFIX}${key}:${at}${n ? `-${n}` : ''}`;
}

/** Copies every rejected value aside in one write. Returns the keys used. Throws when local cannot be written:
 *  the caller must then not overwrite the original either. */
export async function keepAside(local: StorageAreaLike, rejected: readonly Rejected[], at: number): Promise<string[]> {
  if (rejected.length === 0) return [];
  const wanted = rejected.map((r) => corruptKey(r.key, at));
  // Two rejections of one key within a millisecond (a read racing a scan) must not overwrite each other.
  const existing = await local.get(wanted);
  const items: Record<string, KeptAside> = {};
  const keys: string[] = [];
  for (const r of rejected) {
    let n = 0;
    let k = corruptKey(r.key, at);
    while (k in existing || k in items) k = corruptKey(r.key, at, ++n);
    items[k] = { key: r.key, area: r.area, value: r.raw, problems: r.problems, at };
    keys.push(k);
  }
  await local.set(items);
  return keys;
}
