// The deterministic zip writer behind `npm run package` (scripts/package/zip.ts): bytes depend on names and
// contents only, not on insertion order or the machine's time zone. The full two-build check is
// tests/e2e/package.test.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FALLBACK_EPOCH, sourceDateEpoch } from '../../scripts/package/source-date';
import { readZip, writeDeterministicZip } from '../../scripts/package/zip';

const text = (s: string) => new TextEncoder().encode(s);
/** 2026-03-29T02:30:00Z: 02:30 that night does not exist in Paris (clocks jump from 02:00 to 03:00). */
const PARIS_DST_GAP = 1_774_751_400;
const EPOCH = 1_700_000_000; // 2023-11-14T22:13:20Z
const savedTz = process.env.TZ;

afterEach(() => {
  // Assigning undefined would store the string "undefined" in process.env.
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

function zipWith(tz: string, entries: [string, string][], epoch = EPOCH): Uint8Array {
  process.env.TZ = tz;
  return writeDeterministicZip(new Map(entries.map(([name, body]) => [name, text(body)])), epoch);
}

describe('writeDeterministicZip', () => {
  const files: [string, string][] = [['manifest.json', '{}'], ['_locales/en/messages.json', '{"a":1}'], ['b.js', 'x']];

  it('gives the same bytes whatever order the entries come in and whatever the time zone', () => {
    const reference = zipWith('UTC', files);
    expect(zipWith('UTC', [...files].reverse())).toEqual(reference);
    expect(zipWith('Asia/Kolkata', files)).toEqual(reference);
    expect(zipWith('America/Los_Angeles', files)).toEqual(reference);
  });

  it('writes entries sorted, as rw-r--r-- Unix files stamped with the epoch in UTC', () => {
    const zip = zipWith('UTC', files);
    expect([...readZip(zip).keys()]).toEqual(['_locales/en/messages.json', 'b.js', 'manifest.json']);
    const view = new DataView(zip.buffer, zip.byteOffset);
    const dosTime = view.getUint16(10, true);
    const dosDate = view.getUint16(12, true);
    expect([1980 + (dosDate >> 9), (dosDate >> 5) & 15, dosDate & 31]).toEqual([2023, 11, 14]);
    expect([dosTime >> 11, (dosTime >> 5) & 63, (dosTime & 31) * 2]).toEqual([22, 13, 20]);
    const central = zip.findIndex((_, i) => view.getUint32(i, true) === 0x02014b50);
    expect(view.getUint8(central + 5)).toBe(3); // made by Unix
    expect(view.getUint32(central + 38, true) >>> 16).toBe(0o100644);
  });

  it('refuses a timestamp the local zone cannot represent instead of writing a different zip', () => {
    expect(() => zipWith('Europe/Paris', files, PARIS_DST_GAP)).toThrow(/TZ=UTC/u);
  });
});

describe('sourceDateEpoch', () => {
  it('takes SOURCE_DATE_EPOCH first, and a constant outside a git checkout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'news-declutter-epoch-'));
    try {
      expect(sourceDateEpoch(dir, { SOURCE_DATE_EPOCH: String(EPOCH) })).toBe(EPOCH);
      expect(sourceDateEpoch(dir, {})).toBe(FALLBACK_EPOCH);
      expect(() => sourceDateEpoch(dir, { SOURCE_DATE_EPOCH: 'yesterday' })).toThrow(/whole seconds/u);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
