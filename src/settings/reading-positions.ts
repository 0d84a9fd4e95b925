// Where the reader left each article, for "continue where you left off": the index of the reading block (a
// paragraph, heading, list item…) at the top of the view, never a pixel offset, so another text size or window
// still lands on the same words. Kept in storage.local only (KEY_READING_POSITIONS), one map for all articles,
// bounded in count and age. Articles are named by a hash of their address, so the stored map is no readable list
// of pages visited. Validation is lenient on purpose: a damaged map only costs remembered places, never settings.
import { isPlainObject } from './validate';
import { KEY_READING_POSITIONS } from './schema';
import type { StorageAreaLike } from './storage-area';

/** At most this many articles are remembered; the oldest go first. Enough for months of reading, small in storage. */
export const MAX_READING_POSITIONS = 500;
/** A place older than this is forgotten: by then the article is read or abandoned. */
export const READING_POSITION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

export interface ReadingPosition {
  /** Index of the block at the top of the view (reader/resume.ts counts the blocks). */
  block: number;
  /** When it was saved (ms since the epoch). */
  at: number;
}

export type ReadingPositions = Record<string, ReadingPosition>;

/** Query parameters that name a campaign, not an article: the same story shared twice is one article. */
const TRACKING_PARAM = /^(?:utm_|fbclid$|gclid$|mc_cid$|mc_eid$)/u;

/**
 * The article's address as a key: without its #fragment and tracking parameters, hashed (cyrb53: 53 bits, so
 * collisions among 500 entries are out of reach, and it runs in any page, which crypto.subtle does not on http:).
 */
export function articleKey(url: string): string {
  let clean = url;
  try {
    const u = new URL(url);
    u.hash = '';
    for (const name of [...u.searchParams.keys()]) if (TRACKING_PARAM.test(name)) u.searchParams.delete(name);
    clean = u.href;
  } catch {
    // Not a URL (an about: page): hash it as it is.
  }
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < clean.length; i++) {
    const c = clean.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

function isPosition(v: unknown): v is ReadingPosition {
  return isPlainObject(v) && Number.isSafeInteger(v.block) && (v.block as number) >= 0 &&
    typeof v.at === 'number' && Number.isFinite(v.at);
}

/** The stored map, kept to valid entries younger than the TTL, the newest MAX_READING_POSITIONS of them. Pure. */
export function prunePositions(raw: unknown, now: number): ReadingPositions {
  // The map read back from storage is a plain object; the one set() edits has no prototype (below).
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const fresh = Object.entries(raw)
    .filter((e): e is [string, ReadingPosition] => isPosition(e[1]) && now - e[1].at < READING_POSITION_TTL_MS)
    .sort((a, b) => b[1].at - a[1].at)
    .slice(0, MAX_READING_POSITIONS);
  // No prototype: an article key is a hash, but a damaged map must not smuggle in "__proto__".
  return Object.assign(Object.create(null) as ReadingPositions, Object.fromEntries(fresh));
}

export interface ReadingPositionStore {
  /** The remembered block of the article at `url`, or null. */
  get(url: string): Promise<number | null>;
  /** Remembers `block` for the article at `url`; null forgets it (back at the top, or read to the end). */
  set(url: string, block: number | null): Promise<void>;
  /** Forgets every article. */
  clear(): Promise<void>;
}

export function createReadingPositions(local: StorageAreaLike, now: () => number = Date.now): ReadingPositionStore {
  async function read(): Promise<ReadingPositions> {
    return prunePositions((await local.get(KEY_READING_POSITIONS))[KEY_READING_POSITIONS], now());
  }
  return {
    async get(url) {
      return (await read())[articleKey(url)]?.block ?? null;
    },
    async set(url, block) {
      const map = await read();
      const key = articleKey(url);
      if (block === null) {
        if (!(key in map)) return;
        delete map[key];
      } else {
        map[key] = { block, at: now() };
      }
      // Pruned again: the new entry may be the 501st.
      await local.set({ [KEY_READING_POSITIONS]: { ...prunePositions(map, now()) } });
    },
    async clear() {
      await local.remove(KEY_READING_POSITIONS);
    },
  };
}
