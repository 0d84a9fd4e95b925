import { describe, expect, it } from 'vitest';
import { defaultListen } from '../../src/settings/listen';
import { createSettingsStore, DEFAULTS, normalizeReaderPrefs, runMigrations, SCHEMA_VERSION, type Migration } from '../../src/settings';
import { renameStepIds } from '../../src/settings/step-renames';
import { fakeStorage } from './fakes/fake-storage';

/**
 * Schema 0 (src/settings/legacy-v0.ts): one flat object in sync. Holds every kind of case the migration must
 * carry: changed reader fields, one absent field (a default), a site in two mode lists, steps for a site with
 * no mode, a hostname to normalize, a bad hostname and a bad font (kept in the backup, not carried over).
 */
const V0_FIXTURE = {
  theme: 'dark',
  font: 'comic',
  fontSize: 22,
  columnWidth: 60,
  autoReaderSites: ['news.example', 'Sport.Example', 'both.example'],
  inPlaceSites: ['local.example'],
  neverSites: ['both.example', 'http://bad'],
  skipSteps: { 'sport.example': ['counter'], 'quiet.example': ['ad-label', 'counter'] },
};

const V1_FROM_FIXTURE = {
  global: { listen: defaultListen(), resume: true, reader: { theme: 'dark', font: DEFAULTS.global.reader.font, size: 22, width: 60, lineHeight: DEFAULTS.global.reader.lineHeight } },
  sites: {
    'news.example': { mode: 'auto-reader', disabledSteps: [] },
    'sport.example': { mode: 'auto-reader', disabledSteps: ['counter'] },
    'both.example': { mode: 'never', disabledSteps: [] },
    'local.example': { mode: 'in-place', disabledSteps: [] },
    'quiet.example': { mode: 'off', disabledSteps: ['ad-label', 'counter'] },
  },
};

describe('migration 3: reader numbers within the reader\'s bounds', () => {
  const env = (reader: Record<string, unknown>, savedAt: number) => ({ savedAt, value: { reader: { ...DEFAULTS.global.reader, ...reader } } });

  it('snaps numbers the old store accepted to what the reader showed, in both areas, keeping savedAt and the rest', async () => {
    const s = fakeStorage();
    s.local.seed({ schemaVersion: 2, global: env({ size: 35, width: 120, lineHeight: 1, theme: 'sepia' }, 5), 'site:a.example': { mode: 'never', disabledSteps: ['counter'] } });
    s.sync!.seed({ global: env({ size: 10, width: 41, lineHeight: 2.25, font: 'mono' }, 9) });
    const report = await runMigrations(s);
    expect(report.ran).toEqual([3]);
    expect(s.local.keys().some((k) => k.startsWith('corrupt:'))).toBe(false);
    expect(s.local.dump().global).toEqual(env({ size: 30, width: 100, lineHeight: 1.2, theme: 'sepia' }, 5));
    expect(s.sync!.dump().global).toEqual(env({ size: 14, width: 41, lineHeight: 2.2, font: 'mono' }, 9));
    const store = createSettingsStore(s);
    expect(await store.getSite('a.example')).toEqual({ mode: 'never', disabledSteps: ['counter'] });
    // What the reader applies is what is stored now.
    expect(normalizeReaderPrefs((await store.getGlobal()).reader)).toEqual((await store.getGlobal()).reader);
    const again = s.local.writes + s.sync!.writes;
    await runMigrations(s, { target: SCHEMA_VERSION });
    expect(s.local.writes + s.sync!.writes).toBe(again);
  });

  it('leaves values that were never valid to the validation, which keeps them aside', async () => {
    const s = fakeStorage();
    s.local.seed({ schemaVersion: 2, global: env({ size: -1, width: 'wide' }, 5) });
    await runMigrations(s);
    expect(s.local.keys().filter((k) => k.startsWith('corrupt:global:'))).toHaveLength(1);
    expect((await createSettingsStore(s).getGlobal()).reader).toEqual(DEFAULTS.global.reader);
  });
});

describe('migrations', () => {
  it('a fresh install only records the schema version', async () => {
    const s = fakeStorage();
    const report = await runMigrations(s);
    expect(report).toMatchObject({ from: 0, to: SCHEMA_VERSION, newer: false });
    expect(s.local.dump()).toEqual({ schemaVersion: SCHEMA_VERSION });
    expect(s.sync?.keys()).toEqual([]);
  });

  it('migrates the v0 flat format from sync, losing nothing', async () => {
    const s = fakeStorage();
    s.sync!.seed({ settings: V0_FIXTURE });
    const report = await runMigrations(s, { now: () => 42 });
    expect(report).toMatchObject({ from: 0, to: SCHEMA_VERSION, ran: [1, 2, 3] });
    const all = await createSettingsStore(s).getAll();
    expect(all).toEqual(V1_FROM_FIXTURE);
    // The old object is gone from sync (its 8 KB item was the problem) and kept whole as a backup.
    expect(s.sync?.keys()).toEqual(['global']);
    const backup = s.local.dump()['backup:v0:settings'] as { sync: unknown; problems: string[] };
    expect(backup.sync).toEqual(V0_FIXTURE);
    expect(backup.problems).toEqual([
      'settings.reader.font: "comic" is not one of serif, sans, mono',
      'neverSites: "http://bad" is not a hostname',
      'both.example: listed as auto-reader and never; kept never',
    ]);
  });

  it('migrates a v0 object that fell back to local, and a v0 object with thousands of sites', async () => {
    const s = fakeStorage({ sync: false });
    const many = Array.from({ length: 3000 }, (_, i) => `s${i}.example`);
    s.local.seed({ settings: { autoReaderSites: many } });
    await runMigrations(s);
    const all = await createSettingsStore(s).getAll();
    expect(Object.keys(all.sites)).toHaveLength(3000);
    expect(s.local.keys()).not.toContain('settings');
  });

  it('is idempotent: a second run changes nothing and writes nothing', async () => {
    const s = fakeStorage();
    s.sync!.seed({ settings: V0_FIXTURE });
    await runMigrations(s, { now: () => 42 });
    const local = s.local.dump();
    const sync = s.sync!.dump();
    const writes = s.local.writes + s.sync!.writes;
    await runMigrations(s, { now: () => 43 });
    expect(s.local.dump()).toEqual(local);
    expect(s.sync!.dump()).toEqual(sync);
    expect(s.local.writes + s.sync!.writes).toBe(writes);
  });

  it('rerunning a migration after a crash before the version write loses nothing and keeps newer values', async () => {
    const s = fakeStorage();
    s.sync!.seed({ settings: V0_FIXTURE });
    await runMigrations(s, { now: () => 42 });
    // Simulate: the user changed a site, then the old object came back (a crash before it was removed,
    // or another device still on v0 synced it in) and the version was not recorded.
    await createSettingsStore(s).setSite('news.example', { mode: 'in-place', disabledSteps: [] });
    s.sync!.seed({ settings: V0_FIXTURE });
    s.local.seed({ schemaVersion: 0 });
    await runMigrations(s, { now: () => 50 });
    expect((await createSettingsStore(s).getSite('news.example')).mode).toBe('in-place');
  });

  it('runs only migrations above the stored version, in order, and records each', async () => {
    const s = fakeStorage();
    s.local.seed({ schemaVersion: 1 });
    const log: number[] = [];
    const fake = (to: number): Migration => ({ to, description: `to ${to}`, run: async () => void log.push(to) });
    const report = await runMigrations(s, { migrations: [fake(3), fake(1), fake(2)], target: 3 });
    expect(log).toEqual([2, 3]);
    expect(report.ran).toEqual([2, 3]);
    expect(s.local.dump().schemaVersion).toBe(3);
  });

  it('leaves data from a newer version alone (a downgrade)', async () => {
    const s = fakeStorage();
    s.local.seed({ schemaVersion: SCHEMA_VERSION + 1, 'site:a.example': { mode: 'summary', disabledSteps: [] } });
    const report = await runMigrations(s);
    expect(report.newer).toBe(true);
    expect(s.local.writes).toBe(0);
  });

  it('an unreadable schema version is kept aside and every migration reruns', async () => {
    const s = fakeStorage();
    s.local.seed({ schemaVersion: 'one', settings: { theme: 'sepia' } });
    await runMigrations(s, { now: () => 9 });
    expect(s.local.dump()['corrupt:schemaVersion:9']).toMatchObject({ value: 'one' });
    expect((await createSettingsStore(s).getGlobal()).reader.theme).toBe('sepia');
  });

  it('validates every stored value at start: corrupt ones kept aside, the rest untouched', async () => {
    const s = fakeStorage();
    s.local.seed({ schemaVersion: 1, 'site:ok.example': { mode: 'never', disabledSteps: [] }, 'site:bad.example': null });
    const report = await runMigrations(s, { now: () => 3 });
    expect(report.rejected).toEqual(['site:bad.example']);
    expect(Object.keys(s.local.dump()).sort()).toEqual(['corrupt:site:bad.example:3', 'schemaVersion', 'site:ok.example']);
  });
});

describe('step id renames', () => {
  const renames = [{ from: 'counter', to: 'engagement-counter', since: '0.2.0' }];

  it('renames ids in every site, dedupes, and is idempotent', async () => {
    const s = fakeStorage();
    s.local.seed({
      schemaVersion: 1,
      'site:a.example': { mode: 'never', disabledSteps: ['counter', 'ad-label'] },
      'site:b.example': { mode: 'off', disabledSteps: ['engagement-counter', 'counter'] },
      'site:c.example': { mode: 'in-place', disabledSteps: ['ad-label'] },
    });
    const first = await runMigrations(s, { renames });
    expect(first.renamedSites).toBe(2);
    const sites = (await createSettingsStore(s).getAll()).sites;
    expect(sites['a.example']?.disabledSteps).toEqual(['engagement-counter', 'ad-label']);
    expect(sites['b.example']?.disabledSteps).toEqual(['engagement-counter']);
    expect(sites['c.example']?.disabledSteps).toEqual(['ad-label']);
    const writes = s.local.writes;
    expect((await runMigrations(s, { renames })).renamedSites).toBe(0);
    expect(s.local.writes).toBe(writes);
  });

  it('follows chains and stops on cycles', () => {
    const chain = [{ from: 'a', to: 'b', since: '1' }, { from: 'b', to: 'c', since: '2' }];
    expect(renameStepIds(['a', 'x', 'b'], chain)).toEqual(['c', 'x']);
    const cycle = [{ from: 'a', to: 'b', since: '1' }, { from: 'b', to: 'a', since: '2' }];
    expect(renameStepIds(['a'], cycle)).toHaveLength(1);
  });
});

describe('migration 2: the first reader\'s readerPrefs', () => {
  const OLD = { theme: 'sepia', font: 'sans', size: 23, width: 'wide', lineHeight: 1.8 };

  it('becomes global.reader (field by field), is backed up, and is removed; twice changes nothing', async () => {
    const s = fakeStorage();
    s.local.seed({ schemaVersion: 1 });
    s.sync!.seed({ readerPrefs: OLD });
    await runMigrations(s, { now: () => 7 });
    const reader = (await createSettingsStore(s).getGlobal()).reader;
    expect(reader).toEqual({ theme: 'sepia', font: 'sans', size: 23, width: DEFAULTS.global.reader.width, lineHeight: 1.8 });
    expect(s.sync!.keys()).not.toContain('readerPrefs');
    expect(s.local.dump()['backup:v1:readerPrefs']).toMatchObject({ sync: OLD });
    const before = { local: s.local.dump(), sync: s.sync!.dump() };
    s.local.seed({ schemaVersion: 1 }); // as if the browser stopped before the version was written
    await runMigrations(s, { now: () => 9 });
    expect({ local: s.local.dump(), sync: s.sync!.dump() }).toEqual({ ...before, local: { ...before.local, schemaVersion: SCHEMA_VERSION } });
  });

  it('never overwrites a global the store already wrote', async () => {
    const s = fakeStorage();
    s.local.seed({ schemaVersion: 1 });
    await createSettingsStore(s, { now: () => 1 }).setGlobal({ listen: defaultListen(), resume: true, reader: { ...DEFAULTS.global.reader, theme: 'dark' } });
    s.sync!.seed({ readerPrefs: OLD });
    await runMigrations(s);
    expect((await createSettingsStore(s).getGlobal()).reader.theme).toBe('dark');
    expect(s.sync!.keys()).not.toContain('readerPrefs');
  });
});
