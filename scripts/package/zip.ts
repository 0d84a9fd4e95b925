// Writes zips whose bytes depend only on the entries' names and contents: entries sorted by name, one fixed
// timestamp, one fixed mode, no directory entries, no extra fields. Reading is here too, so the rest of the
// packaging never touches a zip library directly.
import { unzipSync, zipSync, type Zippable } from 'fflate';

export type ZipEntries = ReadonlyMap<string, Uint8Array>;

/** Every entry is a plain file, rw-r--r--: nothing in an extension or its source is run from the zip. */
const FILE_MODE = 0o100644;
/** "Made by" Unix, so unzip tools apply FILE_MODE instead of guessing from their own umask. */
const OS_UNIX = 3;
/** Compression level 9: fflate's output is a pure function of input and level, and smaller uploads cost nothing. */
const LEVEL = 9;
/** A plain integer name would be listed first by JavaScript's own key order, not the order we chose. */
const INTEGER_KEY = /^(0|[1-9]\d*)$/u;

/**
 * Zip timestamps are wall-clock fields without a time zone, and fflate fills them from a Date's local-time
 * getters. Building the Date from the UTC fields with the local-time constructor makes every machine write the
 * UTC time. The round trip fails only inside a daylight-saving gap of the local zone; callers set TZ=UTC
 * (scripts/package.ts), and this check turns any other case into an error instead of a silently different zip.
 */
function dosDate(epochSeconds: number): Date {
  const utc = new Date(epochSeconds * 1000);
  const local = new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate(), utc.getUTCHours(), utc.getUTCMinutes(), utc.getUTCSeconds());
  if (local.getHours() !== utc.getUTCHours() || local.getDate() !== utc.getUTCDate()) {
    throw new Error(`package: ${utc.toISOString()} does not exist in local time zone ${process.env.TZ ?? '(default)'}; run with TZ=UTC`);
  }
  return local;
}

/** Byte order, not locale order: the same on every machine. */
export function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function writeDeterministicZip(entries: ZipEntries, epochSeconds: number): Uint8Array {
  const mtime = dosDate(epochSeconds);
  const files: Zippable = {};
  for (const name of [...entries.keys()].sort(byName)) {
    if (name.startsWith('/') || name.split('/').includes('..') || name.endsWith('/')) {
      throw new Error(`package: refusing zip entry name "${name}"`);
    }
    if (INTEGER_KEY.test(name)) throw new Error(`package: zip entry "${name}" would be reordered; rename it`);
    files[name] = [entries.get(name)!, { mtime, os: OS_UNIX, attrs: (FILE_MODE << 16) >>> 0, level: LEVEL }];
  }
  return zipSync(files);
}

/** File entries of a zip by name; directory entries are dropped (writeDeterministicZip never writes them). */
export function readZip(bytes: Uint8Array): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(unzipSync(bytes))) {
    if (!name.endsWith('/')) out.set(name, data);
  }
  return out;
}
