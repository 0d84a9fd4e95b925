// "Continue where you left off", the stored half: one map in storage.local, a block index per article, at most 500
// articles, none older than 30 days, keyed by a hash of the address; the settings switch; reset forgets them.
import { describe, expect, it } from 'vitest';
import {
  articleKey, createReadingPositions, createSettingsStore, diffImport, KEY_READING_POSITIONS, MAX_READING_POSITIONS,
  parseSettingsFile, prunePositions, READING_POSITION_TTL_MS, validateGlobal, DEFAULTS, defaultListen,
} from '../../src/settings/index';
import { FakeStorageArea } from './fakes/fake-storage';

const DAY = 24 * 60 * 60 * 1000;

describe('reading positions', () => {
  it('remembers a block per article, forgets it on null, and stores no address', async () => {
    const local = new FakeStorageArea('local');
    let now = 1_000;
    const positions = createReadingPositions(local, () => now);
    await positions.set('https://news.example/a', 12);
    await positions.set('https://news.example/b', 3);
    expect(await positions.get('https://news.example/a')).toBe(12);
    expect(await positions.get('https://news.example/a#comments')).toBe(12);
    expect(await positions.get('https://news.example/a?utm_source=feed')).toBe(12);
    expect(await positions.get('https://news.example/c')).toBeNull();
    expect(JSON.stringify(await local.get(null))).not.toContain('news.example');
    now += 1;
    await positions.set('https://news.example/a', null);
    expect(await positions.get('https://news.example/a')).toBeNull();
    expect(await positions.get('https://news.example/b')).toBe(3);
  });

  it('forgets articles after 30 days', async () => {
    const local = new FakeStorageArea('local');
    let now = 10 * DAY;
    const positions = createReadingPositions(local, () => now);
    await positions.set('https://news.example/old', 5);
    now += READING_POSITION_TTL_MS - 1;
    expect(await positions.get('https://news.example/old')).toBe(5);
    now += 1;
    expect(await positions.get('https://news.example/old')).toBeNull();
  });

  it('keeps the newest 500 articles', async () => {
    const stored: Record<string, { block: number; at: number }> = {};
    for (let i = 0; i < MAX_READING_POSITIONS; i++) stored[articleKey(`https://news.example/${i}`)] = { block: 1, at: 1_000 + i };
    const local = new FakeStorageArea('local');
    await local.set({ [KEY_READING_POSITIONS]: stored });
    const positions = createReadingPositions(local, () => 5_000);
    await positions.set('https://news.example/new', 7);
    const map = (await local.get(KEY_READING_POSITIONS))[KEY_READING_POSITIONS] as Record<string, unknown>;
    expect(Object.keys(map)).toHaveLength(MAX_READING_POSITIONS);
    expect(await positions.get('https://news.example/new')).toBe(7);
    expect(await positions.get('https://news.example/0')).toBeNull(); // the oldest went
    expect(await positions.get('https://news.example/1')).toBe(1);
  });

  it('drops damaged entries and survives a damaged map', () => {
    expect(prunePositions('nonsense', 0)).toEqual({});
    const pruned = prunePositions({ a: { block: -1, at: 1 }, b: { block: 2.5, at: 1 }, c: { block: 2, at: 'x' }, d: { block: 4, at: 1 } }, 2);
    expect(Object.keys(pruned)).toEqual(['d']);
  });

  it('is cleared by the options page reset, with the settings', async () => {
    const local = new FakeStorageArea('local');
    const positions = createReadingPositions(local);
    await positions.set('https://news.example/a', 4);
    await createSettingsStore({ local }).reset();
    expect(await positions.get('https://news.example/a')).toBeNull();
  });
});

describe('the resume switch in the settings', () => {
  it('is on by default; a stored global from before the switch means on, without a problem', () => {
    expect(DEFAULTS.global.resume).toBe(true);
    const older = validateGlobal({ reader: { ...DEFAULTS.global.reader } });
    expect(older).toEqual({ value: { reader: { ...DEFAULTS.global.reader }, listen: defaultListen(), resume: true }, problems: [] });
  });

  it('keeps false, and reports a value that is no boolean', () => {
    expect(validateGlobal({ reader: { ...DEFAULTS.global.reader }, resume: false }).value.resume).toBe(false);
    const bad = validateGlobal({ reader: { ...DEFAULTS.global.reader }, resume: 'no' });
    expect(bad.value.resume).toBe(true);
    expect(bad.problems).toEqual(['resume: "no" is not true or false']);
  });

  it('is saved without touching the reader preferences, and the reader preferences without touching it', async () => {
    const store = createSettingsStore({ local: new FakeStorageArea('local'), sync: new FakeStorageArea('sync') });
    await store.updateGlobal({ reader: { ...DEFAULTS.global.reader, theme: 'dark' } });
    await store.updateGlobal({ resume: false });
    await store.updateGlobal({ reader: { ...DEFAULTS.global.reader, theme: 'sepia' } });
    expect(await store.getGlobal()).toEqual({ reader: { ...DEFAULTS.global.reader, theme: 'sepia' }, listen: defaultListen(), resume: false });
  });

  it('travels in export and import, and the import preview names it', () => {
    const file = { format: 'news-declutter-settings', schemaVersion: 2, exportedAt: '2026-12-01T00:00:00.000Z', global: { reader: { ...DEFAULTS.global.reader }, resume: false }, sites: {} };
    const parsed = parseSettingsFile(JSON.stringify(file));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.settings.global.resume).toBe(false);
    const current = { global: { reader: { ...DEFAULTS.global.reader }, listen: defaultListen(), resume: true }, sites: {} };
    const diff = diffImport(current, parsed.settings);
    expect(diff.resume).toEqual({ from: true, to: false });
    expect(diff.empty).toBe(false);
  });
});
