import { describe, expect, it } from 'vitest';
import { defaultListen } from '../../src/settings/listen';
import { createSettingsStore, DEFAULTS, SettingsError, siteKey, SIZE_BOUNDS, type GlobalSettings } from '../../src/settings';
import { fakeStorage } from './fakes/fake-storage';

const clock = () => {
  let t = 1_700_000_000_000;
  return () => ++t;
};
const dark: GlobalSettings = { listen: defaultListen(), resume: true, reader: { ...DEFAULTS.global.reader, theme: 'dark', size: 21 } };

describe('settings store: defaults and sites', () => {
  it('returns the defaults when nothing is stored, and writes nothing to read them', async () => {
    const s = fakeStorage();
    const store = createSettingsStore(s);
    expect(await store.getGlobal()).toEqual(DEFAULTS.global);
    expect(await store.getSite('example.com')).toEqual(DEFAULTS.site);
    expect(await store.getAll()).toEqual({ global: DEFAULTS.global, sites: {} });
    expect(s.local.writes + (s.sync?.writes ?? 0)).toBe(0);
  });

  it('stores one local key per site and never per-site data in sync', async () => {
    const s = fakeStorage();
    const store = createSettingsStore(s);
    await store.setSite('Example.COM.', { mode: 'auto-reader', disabledSteps: ['counter'] });
    expect(s.local.dump()).toEqual({ 'site:example.com': { mode: 'auto-reader', disabledSteps: ['counter'] } });
    expect(s.sync?.keys()).toEqual([]);
    expect(await store.getSite('example.com')).toEqual({ mode: 'auto-reader', disabledSteps: ['counter'] });
  });

  it('removes the key when a site goes back to the defaults', async () => {
    const s = fakeStorage();
    const store = createSettingsStore(s);
    await store.setSite('a.example', { mode: 'never', disabledSteps: [] });
    await store.updateSite('a.example', { mode: 'off' });
    expect(s.local.keys()).toEqual([]);
  });

  it('keeps a disabled step when the mode changes (updateSite merges)', async () => {
    const store = createSettingsStore(fakeStorage());
    await store.setSite('a.example', { mode: 'in-place', disabledSteps: ['counter'] });
    expect(await store.updateSite('a.example', { mode: 'never' })).toEqual({ mode: 'never', disabledSteps: ['counter'] });
  });

  it('refuses invalid writes with the reasons, and stores nothing', async () => {
    const s = fakeStorage();
    const store = createSettingsStore(s);
    await expect(store.setSite('not a host!', { mode: 'off', disabledSteps: ['x'] })).rejects.toThrow(SettingsError);
    // @ts-expect-error: a mode that does not exist
    await expect(store.setSite('a.example', { mode: 'sometimes', disabledSteps: [] })).rejects.toThrow(/mode/);
    await expect(store.setGlobal({ listen: defaultListen(), resume: true, reader: { ...DEFAULTS.global.reader, size: 400 } })).rejects.toThrow(/reader.size/);
    expect(s.local.writeAttempts + (s.sync?.writeAttempts ?? 0)).toBe(0);
  });

  it('holds 5,000 sites without losing one, in one read for all and few writes for a bulk set', async () => {
    const s = fakeStorage();
    const store = createSettingsStore(s);
    const modes = ['auto-reader', 'in-place', 'never'] as const;
    const sites = Object.fromEntries(
      Array.from({ length: 5000 }, (_, i) => [`site${i}.example`, { mode: modes[i % 3] as (typeof modes)[number], disabledSteps: i % 2 ? ['counter'] : [] }]),
    );
    await store.setSites(sites);
    expect(s.local.writes).toBe(1);
    // And one by one, as the options page and the context menu write.
    await store.setSite('one-more.example', { mode: 'in-place', disabledSteps: [] });
    const readsBefore = s.local.reads;
    const all = await store.getAll();
    expect(s.local.reads - readsBefore).toBeLessThanOrEqual(2); // sites in one read, plus the global fallback key
    expect(Object.keys(all.sites)).toHaveLength(5001);
    for (const [h, v] of Object.entries(sites)) expect(all.sites[h]).toEqual(v);
    expect(s.sync?.keys()).toEqual([]); // 5,000 sites would break sync's 512 items and 100 KB
  });

  it('reset removes global and site settings but keeps what was kept aside', async () => {
    const s = fakeStorage();
    const store = createSettingsStore(s, { now: clock() });
    await store.setGlobal(dark);
    await store.setSite('a.example', { mode: 'never', disabledSteps: [] });
    s.local.seed({ 'site:b.example': { mode: 42 } });
    await store.getSite('b.example'); // keeps the bad value aside
    await store.reset();
    expect(await store.getAll()).toEqual({ global: DEFAULTS.global, sites: {} });
    expect(s.local.keys().filter((k) => k.startsWith('corrupt:'))).toHaveLength(1);
    expect(s.sync?.keys()).toEqual([]);
  });

  it('reset with sync switched off still wins over the old sync copy when sync comes back', async () => {
    const s = fakeStorage();
    const store = createSettingsStore(s, { now: clock() });
    await store.setGlobal(dark);
    s.sync!.unavailable = new Error('Sync is disabled');
    await store.reset();
    s.sync!.unavailable = null;
    expect(await store.getGlobal()).toEqual(DEFAULTS.global);
  });
});

describe('settings store: sync with a local fallback', () => {
  it('writes global settings to sync when it can', async () => {
    const s = fakeStorage();
    const store = createSettingsStore(s, { now: clock() });
    expect(await store.setGlobal(dark)).toEqual({ area: 'sync' });
    expect(s.sync?.keys()).toEqual(['global']);
    expect(s.local.keys()).toEqual([]);
    expect(await store.getGlobal()).toEqual(dark);
  });

  it('falls back to local on a quota error, loses nothing, and goes back to sync later', async () => {
    const s = fakeStorage();
    const store = createSettingsStore(s, { now: clock() });
    await store.setGlobal(dark);
    s.sync!.failNextWrite = new Error('QUOTA_BYTES quota exceeded');
    const sepia: GlobalSettings = { listen: defaultListen(), resume: true, reader: { ...dark.reader, theme: 'sepia' } };
    expect(await store.setGlobal(sepia)).toEqual({ area: 'local', syncFailure: 'quota' });
    // Sync still holds the older value: the newer local copy wins.
    expect(await store.getGlobal()).toEqual(sepia);
    const light: GlobalSettings = { listen: defaultListen(), resume: true, reader: { ...dark.reader, theme: 'light' } };
    expect(await store.setGlobal(light)).toEqual({ area: 'sync' });
    expect(s.local.keys()).toEqual([]); // the fallback copy is gone once sync has the newest
    expect(await store.getGlobal()).toEqual(light);
  });

  it('falls back on the writes-per-minute quota (a slider dragged fast)', async () => {
    const s = fakeStorage();
    const store = createSettingsStore(s, { now: clock() });
    const results = [];
    // Back and forth over the size slider, one save per step, 150 saves.
    const sizes = Array.from({ length: 150 }, (_, i) => SIZE_BOUNDS.min + (i % (SIZE_BOUNDS.max - SIZE_BOUNDS.min + 1)));
    for (const size of sizes) results.push(await store.setGlobal({ listen: defaultListen(), resume: true, reader: { ...dark.reader, size } }));
    expect(results.filter((r) => r.area === 'local').every((r) => r.syncFailure === 'quota')).toBe(true);
    expect(results.some((r) => r.area === 'local')).toBe(true);
    expect((await store.getGlobal()).reader.size).toBe(sizes[sizes.length - 1]);
  });

  it('uses local when the browser has no sync area, or sync is switched off', async () => {
    const none = fakeStorage({ sync: false });
    expect(await createSettingsStore(none).setGlobal(dark)).toEqual({ area: 'local', syncFailure: 'unavailable' });
    expect(await createSettingsStore(none).getGlobal()).toEqual(dark);

    const off = fakeStorage();
    off.sync!.unavailable = new Error('Sync is disabled');
    const store = createSettingsStore(off);
    expect(await store.setGlobal(dark)).toEqual({ area: 'local', syncFailure: 'unavailable' });
    expect(await store.getGlobal()).toEqual(dark);
  });

  it('does not try sync with an item over 8 KB', async () => {
    // The global settings are small today; a future field could outgrow an item. Simulated with a tiny quota.
    const s = fakeStorage({ syncQuota: { bytesPerItem: 50 } });
    const r = await createSettingsStore(s).setGlobal(dark);
    expect(r).toEqual({ area: 'local', syncFailure: 'quota' });
  });

  it('takes the newest copy when both areas hold one (another device synced in later)', async () => {
    const s = fakeStorage();
    s.local.seed({ global: { savedAt: 100, value: dark } });
    s.sync!.seed({ global: { savedAt: 200, value: DEFAULTS.global } });
    expect(await createSettingsStore(s).getGlobal()).toEqual(DEFAULTS.global);
  });
});

describe('settings store: corrupt values are kept aside, defaults used', () => {
  it('a corrupt site value: repaired field by field, original kept under corrupt:<key>:<time>', async () => {
    const s = fakeStorage();
    const raw = { mode: 'auto-reader', disabledSteps: 'counter', future: true };
    s.local.seed({ 'site:a.example': raw });
    const store = createSettingsStore(s, { now: () => 1234 });
    expect(await store.getSite('a.example')).toEqual({ mode: 'auto-reader', disabledSteps: [] });
    const dump = s.local.dump();
    expect(dump['corrupt:site:a.example:1234']).toMatchObject({ key: 'site:a.example', area: 'local', value: raw, at: 1234 });
    expect((dump['corrupt:site:a.example:1234'] as { problems: string[] }).problems).toEqual([
      'site:a.example.disabledSteps: "counter" is not a list of step ids',
      'site:a.example.future: unknown setting',
    ]);
    expect(dump['site:a.example']).toEqual({ mode: 'auto-reader', disabledSteps: [] });
    // Read again: nothing more is kept aside (the stored value is now valid).
    await store.getSite('a.example');
    expect(s.local.keys().filter((k) => k.startsWith('corrupt:'))).toHaveLength(1);
  });

  it('a value that is not an object at all falls back to defaults', async () => {
    const s = fakeStorage();
    s.local.seed({ 'site:a.example': 'auto' });
    const store = createSettingsStore(s, { now: () => 5 });
    expect(await store.getSite('a.example')).toEqual(DEFAULTS.site);
    expect(s.local.dump()['corrupt:site:a.example:5']).toMatchObject({ value: 'auto' });
    expect(s.local.keys()).not.toContain('site:a.example');
  });

  it('an unknown mode from a newer version is kept aside, not silently dropped', async () => {
    const s = fakeStorage();
    s.local.seed({ 'site:a.example': { mode: 'summary', disabledSteps: ['counter'] } });
    const store = createSettingsStore(s, { now: () => 7 });
    expect(await store.getSite('a.example')).toEqual({ mode: 'off', disabledSteps: ['counter'] });
    expect(s.local.dump()['corrupt:site:a.example:7']).toMatchObject({ value: { mode: 'summary' } });
  });

  it('corrupt global settings in sync and in local: both kept aside, good fields kept', async () => {
    const s = fakeStorage();
    s.sync!.seed({ global: { savedAt: 10, value: { reader: { ...dark.reader, width: 'wide' } } } });
    s.local.seed({ global: [1, 2, 3] });
    const store = createSettingsStore(s, { now: () => 99 });
    expect(await store.getGlobal()).toEqual({ listen: defaultListen(), resume: true, reader: { ...dark.reader, width: DEFAULTS.global.reader.width } });
    const corrupt = Object.entries(s.local.dump()).filter(([k]) => k.startsWith('corrupt:global:99'));
    expect(corrupt.map(([, v]) => (v as { area: string }).area).sort()).toEqual(['local', 'sync']);
    expect(s.local.keys()).not.toContain('global');
  });

  it('scanSites repairs bad values and odd keys in one pass', async () => {
    const s = fakeStorage();
    s.local.seed({
      'site:good.example': { mode: 'never', disabledSteps: [] },
      'site:bad.example': { mode: 3 },
      'site:Upper.Example': { mode: 'in-place', disabledSteps: [] },
      'site:not a host': { mode: 'never', disabledSteps: [] },
      'site:default.example': { mode: 'off', disabledSteps: [] },
      'someone-else': { keep: true },
    });
    const store = createSettingsStore(s, { now: () => 1 });
    const scan = await store.scanSites();
    expect(scan.sites).toEqual({ 'good.example': { mode: 'never', disabledSteps: [] }, 'upper.example': { mode: 'in-place', disabledSteps: [] } });
    expect(scan.rejected.sort()).toEqual(['site:bad.example', 'site:not a host']);
    const keys = s.local.keys().sort();
    expect(keys).toEqual(['corrupt:site:bad.example:1', 'corrupt:site:not a host:1', 'site:good.example', 'site:upper.example', 'someone-else']);
  });
});
