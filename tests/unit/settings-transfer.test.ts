import { describe, expect, it } from 'vitest';
import { defaultListen } from '../../src/settings/listen';
import {
  applyImport,
  createSettingsStore,
  DEFAULTS,
  diffImport,
  EXPORT_FORMAT,
  parseSettingsFile,
  serializeSettings,
  type AllSettings,
} from '../../src/settings';
import { fakeStorage } from './fakes/fake-storage';

const current: AllSettings = {
  global: DEFAULTS.global,
  sites: {
    'keep.example': { mode: 'never', disabledSteps: [] },
    'change.example': { mode: 'auto-reader', disabledSteps: [] },
    'only-here.example': { mode: 'in-place', disabledSteps: ['counter'] },
  },
};
const incoming: AllSettings = {
  global: { listen: defaultListen(), resume: true, reader: { ...DEFAULTS.global.reader, theme: 'sepia' } },
  sites: {
    'keep.example': { mode: 'never', disabledSteps: [] },
    'change.example': { mode: 'in-place', disabledSteps: ['ad-label'] },
    'new.example': { mode: 'auto-reader', disabledSteps: [] },
  },
};

const file = (over: Record<string, unknown>) => JSON.stringify({ format: EXPORT_FORMAT, schemaVersion: 1, exportedAt: '2026-01-01T00:00:00.000Z', global: DEFAULTS.global, sites: {}, ...over });

describe('import validation', () => {
  it.each([
    ['not-json', '{"format": '],
    ['not-settings-file', '{"hello": "world"}'],
    ['not-settings-file', '[]'],
    ['not-settings-file', file({ schemaVersion: 'latest' })],
    ['newer-version', file({ schemaVersion: 99 })],
    ['invalid-values', file({ sites: { 'a.example': { mode: 'sometimes', disabledSteps: [] } } })],
    ['invalid-values', file({ sites: { 'not a host': { mode: 'never', disabledSteps: [] } } })],
    ['invalid-values', file({ global: { listen: defaultListen(), reader: { ...DEFAULTS.global.reader, size: -1 } } })],
    ['invalid-values', file({ sites: [] })],
    ['invalid-values', file({ extra: 1 })],
  ])('refuses with %s', (code, text) => {
    const r = parseSettingsFile(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe(code);
  });

  it('names every bad value, so the user can fix the file', () => {
    const r = parseSettingsFile(file({ sites: { 'a.example': { mode: 'x', disabledSteps: [1] }, 'A.EXAMPLE': { mode: 'never', disabledSteps: [] } } }));
    expect(r.ok ? [] : r.error.details).toEqual([
      'sites["a.example"].mode: "x" is not one of off, auto-reader, in-place, never',
      'sites["a.example"].disabledSteps: 1 is not a step id',
      'sites: "A.EXAMPLE" appears twice',
    ]);
  });

  it('refuses hostnames the browser would not take in a permission request', () => {
    for (const bad of ['[.]', '999.999.999.999', '1.2.3']) {
      const r = parseSettingsFile(file({ sites: { [bad]: { mode: 'auto-reader', disabledSteps: [] } } }));
      expect(r.ok ? [] : r.error.details, bad).toEqual([`sites: ${JSON.stringify(bad)} is not a hostname`]);
    }
  });

  it('"__proto__" and "constructor" are hosts like any other: imported once each, stored and listed', async () => {
    const text = `{"format":"${EXPORT_FORMAT}","schemaVersion":1,"global":${JSON.stringify(DEFAULTS.global)},"sites":{"__proto__":{"mode":"never","disabledSteps":[]},"constructor":{"mode":"off","disabledSteps":["counter"]}}}`;
    const r = parseSettingsFile(text);
    expect(r.ok ? [] : r.error.details).toEqual([]);
    if (!r.ok) return;
    expect(Object.keys(r.settings.sites).sort()).toEqual(['__proto__', 'constructor']);
    const d = diffImport({ global: DEFAULTS.global, sites: {} }, r.settings);
    expect(Object.keys(d.sitesAdded).sort()).toEqual(['__proto__', 'constructor']);
    const s = fakeStorage();
    const store = createSettingsStore(s);
    await applyImport(store, r.settings);
    const all = await store.getAll();
    expect(Object.keys(all.sites).sort()).toEqual(['__proto__', 'constructor']);
    expect(all.sites['__proto__']).toEqual({ mode: 'never', disabledSteps: [] });
    expect(all.sites['constructor']).toEqual({ mode: 'off', disabledSteps: ['counter'] });
  });

  it('an older file\'s reader numbers come in as the reader showed them; a newer file\'s must be exact', () => {
    const old = parseSettingsFile(file({ global: { reader: { ...DEFAULTS.global.reader, size: 40, lineHeight: 1 } } }));
    expect(old.ok && old.settings.global.reader).toMatchObject({ size: 30, lineHeight: 1.2 });
    const now = parseSettingsFile(file({ schemaVersion: 3, global: { reader: { ...DEFAULTS.global.reader, size: 40 } } }));
    expect(now.ok).toBe(false);
  });

  it('refuses a huge file before parsing it', () => {
    const r = parseSettingsFile(' '.repeat(5_000_001));
    expect(r.ok ? '' : r.error.code).toBe('too-large');
  });

  it('a refused import changes nothing', async () => {
    const s = fakeStorage();
    const store = createSettingsStore(s);
    await store.setSites(current.sites);
    const before = s.local.dump();
    const r = parseSettingsFile(file({ sites: { 'a.example': { mode: 'x' } } }));
    expect(r.ok).toBe(false);
    expect(s.local.dump()).toEqual(before);
  });
});

describe('import diff', () => {
  it('merge: lists added, changed and unchanged; removes nothing', () => {
    const d = diffImport(current, incoming);
    expect(d.reader).toEqual({ theme: { from: 'system', to: 'sepia' } });
    expect(Object.keys(d.sitesAdded)).toEqual(['new.example']);
    expect(d.sitesChanged['change.example']).toEqual({ from: current.sites['change.example'], to: incoming.sites['change.example'] });
    expect(d.sitesRemoved).toEqual({});
    expect(d.sitesUnchanged).toBe(1);
    expect(d.empty).toBe(false);
  });

  it('replace: also lists the sites that would go', () => {
    expect(Object.keys(diffImport(current, incoming, { replaceSites: true }).sitesRemoved)).toEqual(['only-here.example']);
  });

  it('an identical file is an empty diff (step order does not matter)', () => {
    const same = { ...current, sites: { ...current.sites, 'only-here.example': { mode: 'in-place' as const, disabledSteps: ['counter'] } } };
    expect(diffImport(current, same, { replaceSites: true }).empty).toBe(true);
  });
});

describe('export/import round trip', () => {
  it('exports everything and an import into a fresh profile restores it exactly', async () => {
    const a = fakeStorage();
    const storeA = createSettingsStore(a);
    await storeA.setGlobal(incoming.global);
    const many = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`s${i}.example`, { mode: 'never' as const, disabledSteps: ['counter'] }]));
    await storeA.setSites({ ...current.sites, ...many });
    const text = serializeSettings(await storeA.getAll(), 0);
    expect(JSON.parse(text).exportedAt).toBe('1970-01-01T00:00:00.000Z');

    const b = fakeStorage({ sync: false });
    const storeB = createSettingsStore(b);
    const parsed = parseSettingsFile(text);
    if (!parsed.ok) throw new Error(parsed.error.code);
    await applyImport(storeB, parsed.settings);
    expect(await storeB.getAll()).toEqual(await storeA.getAll());
  });

  it('apply with replaceSites matches the diff it showed', async () => {
    const s = fakeStorage();
    const store = createSettingsStore(s);
    await store.setSites(current.sites);
    const diff = diffImport(await store.getAll(), incoming, { replaceSites: true });
    await applyImport(store, incoming, { replaceSites: true });
    const after = await store.getAll();
    expect(after).toEqual(incoming);
    for (const h of Object.keys(diff.sitesRemoved)) expect(after.sites[h]).toBeUndefined();
  });

  it('imports a file that names a renamed step by its old id', () => {
    const renames = [{ from: 'counter', to: 'engagement-counter', since: '0.2.0' }];
    const r = parseSettingsFile(file({ sites: { 'a.example': { mode: 'never', disabledSteps: ['counter', 'ad-label'] } } }), renames);
    expect(r.ok && r.settings.sites['a.example']?.disabledSteps).toEqual(['engagement-counter', 'ad-label']);
  });
});
