import { describe, expect, it } from 'vitest';
// Site access: the origin helpers (src/settings/origins.ts), a click's grant and mode (src/settings/access.ts), the
// background's registrations (src/background/registrations.ts) and what it does on settings events and at start.
import { createRegistrations } from '../../src/background/registrations';
import { affectsRegistrations, onSettingsChanged } from '../../src/background/settings-events';
import { onBackgroundStart } from '../../src/background/start';
import {
  createSettingsStore,
  grantCovers,
  hostsWithOwnGrant,
  matchesFor,
  normalizeHostname,
  originPattern,
  originsToAsk,
  requestAccessFromClick,
  SCHEMA_VERSION,
  setModeFromClick,
  sitesNeedingAccess,
  type SiteMode,
} from '../../src/settings';
import { fakeStorage } from './fakes/fake-storage';
import { FakePermissions, FakeScripting } from './fakes/fake-extension-apis';

function setup() {
  const storage = fakeStorage();
  const store = createSettingsStore(storage);
  const permissions = new FakePermissions();
  const scripting = new FakeScripting();
  const registrations = createRegistrations({ permissions, scripting, store });
  const access = {
    reconcile: () => registrations.reconcile(),
    sitesNeedingAccess: () => sitesNeedingAccess({ permissions, store }),
    setModeFromClick: (hostname: string, mode: SiteMode, origins: string[]) => setModeFromClick({ permissions, store }, hostname, mode, origins),
    requestAccessFromClick: (origins: string[]) => requestAccessFromClick(permissions, origins),
  };
  return { storage, store, permissions, scripting, registrations, access };
}

describe('patterns', () => {
  it('never puts a port in a pattern (Firefox matches nothing with one)', () => {
    expect(originPattern('http://127.0.0.1:36331/article.html?x=1#top')).toBe('http://127.0.0.1/*');
    expect(originPattern('https://News.Example/a')).toBe('https://news.example/*');
    expect(originPattern('about:blank')).toBeNull();
    expect(originPattern('file:///tmp/a.html')).toBeNull();
  });

  it('reads granted patterns like the browsers do, ignoring ones with a port', () => {
    expect(grantCovers('https://a.example/*', 'https:', 'a.example')).toBe(true);
    expect(grantCovers('https://a.example/*', 'http:', 'a.example')).toBe(false);
    expect(grantCovers('*://a.example/*', 'http:', 'a.example')).toBe(true);
    expect(grantCovers('https://*.example/*', 'https:', 'b.a.example')).toBe(true);
    expect(grantCovers('https://*.example/*', 'https:', 'example')).toBe(true);
    expect(grantCovers('https://*.example/*', 'https:', 'notexample')).toBe(false);
    expect(grantCovers('<all_urls>', 'https:', 'x.example')).toBe(true);
    expect(grantCovers('http://127.0.0.1:8080/*', 'http:', '127.0.0.1')).toBe(false);
    expect(matchesFor('a.example', ['*://a.example/*'])).toEqual(['https://a.example/*', 'http://a.example/*']);
  });
});

describe('reconcile: registrations = enabled sites ∩ granted origins', () => {
  it('registers only sites that are both enabled and granted, one id per site, persistent', async () => {
    const { store, permissions, scripting, access } = setup();
    await store.setSites({
      'auto.example': { mode: 'auto-reader', disabledSteps: [] },
      'inplace.example': { mode: 'in-place', disabledSteps: [] },
      'notgranted.example': { mode: 'auto-reader', disabledSteps: [] },
      'never.example': { mode: 'never', disabledSteps: [] },
      'steps.example': { mode: 'off', disabledSteps: ['counter'] },
    });
    permissions.granted = new Set(['https://auto.example/*', 'http://inplace.example/*', 'https://never.example/*', 'https://steps.example/*']);
    const r = await access.reconcile();
    expect(r.registered.sort()).toEqual(['nd-site:auto.example', 'nd-site:inplace.example']);
    expect(scripting.scripts.get('nd-site:auto.example')).toEqual({
      id: 'nd-site:auto.example', matches: ['https://auto.example/*'], js: ['/content.js'], runAt: 'document_idle', allFrames: false, persistAcrossSessions: true,
    });
    expect(scripting.scripts.get('nd-site:inplace.example')?.matches).toEqual(['http://inplace.example/*']);
    // Each automatic mode registers the one bundle it runs (in-place.js has no reader, content.js no steps).
    expect(scripting.scripts.get('nd-site:inplace.example')?.js).toEqual(['/in-place.js']);
    expect(await access.sitesNeedingAccess()).toEqual(['notgranted.example']);
  });

  it('is idempotent: a second run changes nothing', async () => {
    const { store, permissions, scripting, access } = setup();
    await store.setSite('auto.example', { mode: 'auto-reader', disabledSteps: [] });
    permissions.granted.add('https://auto.example/*');
    await access.reconcile();
    const calls = { ...scripting.calls };
    expect(await access.reconcile()).toEqual({ registered: [], unregistered: [], errors: [] });
    expect(scripting.calls).toEqual(calls);
  });

  it('a revoke in the browser UI (permissions.onRemoved) removes the registration; a new grant brings it back', async () => {
    const { store, permissions, scripting, access } = setup();
    await store.setSite('auto.example', { mode: 'auto-reader', disabledSteps: [] });
    permissions.granted.add('https://auto.example/*');
    await access.reconcile();
    permissions.granted.clear();
    expect((await access.reconcile()).unregistered).toEqual(['nd-site:auto.example']);
    expect(scripting.scripts.size).toBe(0);
    // The setting itself stays: the user revoked access, not the choice.
    expect((await store.getSite('auto.example')).mode).toBe('auto-reader');
    permissions.granted.add('https://auto.example/*');
    expect((await access.reconcile()).registered).toEqual(['nd-site:auto.example']);
  });

  it('updates a registration whose matches changed, and leaves other extensions\' ids alone', async () => {
    const { store, permissions, scripting, access } = setup();
    await store.setSite('auto.example', { mode: 'auto-reader', disabledSteps: [] });
    permissions.granted.add('https://auto.example/*');
    scripting.scripts.set('nd-site:auto.example', { id: 'nd-site:auto.example', matches: ['https://auto.example:8080/*'], js: ['content.js'] });
    scripting.scripts.set('nd-site:gone.example', { id: 'nd-site:gone.example', matches: ['https://gone.example/*'], js: ['content.js'] });
    scripting.scripts.set('other', { id: 'other', matches: ['https://x.example/*'], js: ['x.js'] });
    const r = await access.reconcile();
    expect(r.unregistered.sort()).toEqual(['nd-site:auto.example', 'nd-site:gone.example']);
    expect(r.registered).toEqual(['nd-site:auto.example']);
    expect(scripting.scripts.get('nd-site:auto.example')?.matches).toEqual(['https://auto.example/*']);
    expect(scripting.scripts.has('other')).toBe(true);
  });

  it('registers the bundle by absolute path, and fixes a registration Firefox resolved against the options page', async () => {
    const { store, permissions, scripting, access } = setup();
    await store.setSites({ 'a.example': { mode: 'auto-reader', disabledSteps: [] }, 'b.example': { mode: 'in-place', disabledSteps: [] } });
    permissions.granted = new Set(['https://a.example/*', 'https://b.example/*']);
    // As the browsers report them: without the leading "/" (kept), or resolved against options/ (Firefox, replaced).
    scripting.scripts.set('nd-site:a.example', { id: 'nd-site:a.example', matches: ['https://a.example/*'], js: ['content.js'], persistAcrossSessions: true });
    scripting.scripts.set('nd-site:b.example', { id: 'nd-site:b.example', matches: ['https://b.example/*'], js: ['options/in-place.js'], persistAcrossSessions: true });
    const r = await access.reconcile();
    expect(r.unregistered).toEqual(['nd-site:b.example']);
    expect(r.registered).toEqual(['nd-site:b.example']);
    expect(scripting.scripts.get('nd-site:b.example')?.js).toEqual(['/in-place.js']);
  });

  it('replaces an in-place site\'s registration of content.js, as older versions made it, with in-place.js', async () => {
    const { store, permissions, scripting, access } = setup();
    await store.setSite('a.example', { mode: 'in-place', disabledSteps: [] });
    permissions.granted = new Set(['https://a.example/*']);
    scripting.scripts.set('nd-site:a.example', { id: 'nd-site:a.example', matches: ['https://a.example/*'], js: ['content.js'], persistAcrossSessions: true });
    const r = await access.reconcile();
    expect(r.unregistered).toEqual(['nd-site:a.example']);
    expect(scripting.scripts.get('nd-site:a.example')?.js).toEqual(['/in-place.js']);
  });

  it('registers the other bundle when a site switches between the automatic modes', async () => {
    const { store, permissions, scripting, access } = setup();
    await store.setSite('a.example', { mode: 'auto-reader', disabledSteps: [] });
    permissions.granted = new Set(['https://a.example/*']);
    await access.reconcile();
    expect(scripting.scripts.get('nd-site:a.example')?.js).toEqual(['/content.js']);
    await store.setSite('a.example', { mode: 'in-place', disabledSteps: [] });
    await access.reconcile();
    expect(scripting.scripts.get('nd-site:a.example')?.js).toEqual(['/in-place.js']);
  });

  it('one refused registration does not stop the others', async () => {
    const { store, permissions, scripting, access } = setup();
    await store.setSites({ 'a.example': { mode: 'auto-reader', disabledSteps: [] }, 'b.example': { mode: 'in-place', disabledSteps: [] } });
    permissions.granted = new Set(['https://a.example/*', 'https://b.example/*']);
    scripting.refuse.add('nd-site:a.example');
    const r = await access.reconcile();
    expect(r.registered).toEqual(['nd-site:b.example']);
    expect(r.errors.map((e) => e.id)).toEqual(['nd-site:a.example']);
  });

  it('concurrent calls (start + onAdded at once) do not register an id twice', async () => {
    const { store, permissions, access } = setup();
    await store.setSite('a.example', { mode: 'auto-reader', disabledSteps: [] });
    permissions.granted.add('https://a.example/*');
    const results = await Promise.all([access.reconcile(), access.reconcile(), access.reconcile()]);
    expect(results.flatMap((r) => r.errors)).toEqual([]);
    expect(results.flatMap((r) => r.registered)).toEqual(['nd-site:a.example']);
  });

  it('handles 5,000 stored sites', async () => {
    const { store, permissions, scripting, access } = setup();
    const sites = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`s${i}.example`, { mode: 'auto-reader' as const, disabledSteps: [] }]));
    await store.setSites(sites);
    for (let i = 0; i < 5000; i += 2) permissions.granted.add(`https://s${i}.example/*`);
    await access.reconcile();
    expect(scripting.scripts.size).toBe(2500);
  });
});

describe('setModeFromClick (the button\'s menu: the page\'s origin; the options page: origins for a hostname)', () => {
  it('asks for one likely origin: https for a news site, http for a development host, or what is granted', () => {
    expect(originsToAsk('news.example', [])).toEqual(['https://news.example/*']);
    expect(originsToAsk('127.0.0.1', [])).toEqual(['http://127.0.0.1/*']);
    expect(originsToAsk('localhost', [])).toEqual(['http://localhost/*']);
    expect(originsToAsk('news.example', ['http://news.example/*'])).toEqual(['http://news.example/*']);
    expect(originsToAsk('news.example', [], 'http:')).toEqual(['http://news.example/*']);
  });

  it('always calls request for an auto mode (Chrome hides pre-approved hosts from getAll), then stores the mode', async () => {
    const { store, permissions, access } = setup();
    permissions.granted.add('http://127.0.0.1/*');
    expect(await access.setModeFromClick('127.0.0.1', 'in-place', ['http://127.0.0.1/*'])).toEqual({ ok: true, mode: 'in-place' });
    expect(permissions.requests).toEqual([['http://127.0.0.1/*']]);
    expect((await store.getSite('127.0.0.1')).mode).toBe('in-place');
  });

  it('calls permissions.request synchronously, inside the click', () => {
    const { permissions, access } = setup();
    void access.setModeFromClick('a.example', 'in-place', [originPattern('https://a.example/x')!]);
    expect(permissions.requests).toEqual([['https://a.example/*']]); // before any await
  });

  it('a denied request changes nothing', async () => {
    const { storage, permissions, scripting, access } = setup();
    permissions.answer = false;
    expect(await access.setModeFromClick('a.example', 'auto-reader', ['https://a.example/*'])).toEqual({ ok: false, reason: 'denied' });
    expect(storage.local.keys()).toEqual([]);
    expect(scripting.scripts.size).toBe(0);
  });

  it('never asks for "never"', async () => {
    const { permissions, access } = setup();
    await access.setModeFromClick('a.example', 'never', ['https://a.example/*']);
    expect(permissions.requests).toEqual([]);
  });

  it('requestAccessFromClick grants several enabled sites at once; the background then registers them', async () => {
    const { store, scripting, access } = setup();
    await store.setSites({ 'a.example': { mode: 'auto-reader', disabledSteps: [] }, 'b.example': { mode: 'in-place', disabledSteps: [] } });
    expect(await access.requestAccessFromClick((await access.sitesNeedingAccess()).flatMap((h) => originsToAsk(h, [])))).toBe(true);
    await access.reconcile(); // permissions.onAdded, in the background
    expect([...scripting.scripts.keys()].sort()).toEqual(['nd-site:a.example', 'nd-site:b.example']);
  });
});

describe('hostnames the browser would refuse in a pattern', () => {
  it('accepts only what the URL parser reads back unchanged', () => {
    for (const bad of ['[.]', '999.999.999.999', '1.2.3', '[0:0::1]', 'a..b', '-a.example']) expect(normalizeHostname(bad), bad).toBeNull();
    for (const good of ['news.example', '127.0.0.1', '[::1]', 'xn--bcher-kva.example', 'a_b.example', '__proto__', 'constructor']) expect(normalizeHostname(good), good).toBe(good);
  });

  it('lists the hosts holding one of our exact grants, not wildcard grants', () => {
    expect(hostsWithOwnGrant(['https://a.example/*', 'http://a.example/*', '*://b.example/*', 'https://*.c.example/*', '<all_urls>', 'http://[::1]/*'])).toEqual(['a.example', '[::1]']);
  });
});

describe('background start and storage events', () => {
  it('migrates a v0 profile, then registers the granted auto sites', async () => {
    const { storage, store, permissions, scripting } = setup();
    storage.sync!.seed({ settings: { autoReaderSites: ['a.example'], neverSites: ['b.example'] } });
    permissions.granted.add('https://a.example/*');
    const reports: string[] = [];
    const r = await onBackgroundStart(storage, { registrations: createRegistrations({ permissions, scripting, store }), report: (m) => reports.push(m) });
    expect(r.migration?.to).toBe(SCHEMA_VERSION);
    expect(r.reconcile?.registered).toEqual(['nd-site:a.example']);
    expect(reports).toEqual([]);
  });

  it('only site keys in local storage call for a reconcile', () => {
    expect(affectsRegistrations({ 'site:a.example': {} }, 'local')).toBe(true);
    expect(affectsRegistrations({ global: {} }, 'sync')).toBe(false);
    expect(affectsRegistrations({ 'corrupt:site:a.example:1': {} }, 'local')).toBe(false);
  });

  const change = (oldValue: unknown, newValue: unknown) => ({ 'site:a.example': { oldValue, newValue } });
  const auto = { mode: 'auto-reader', disabledSteps: [] };

  it('a site leaving an automatic mode gives its exact grant back, keeps broader ones, and loses its registration', async () => {
    const { store, permissions, scripting, registrations } = setup();
    await store.setSite('a.example', { mode: 'auto-reader', disabledSteps: [] });
    permissions.granted = new Set(['https://a.example/*', 'https://*.wide.example/*']);
    await registrations.reconcile();
    await store.setSite('a.example', { mode: 'never', disabledSteps: [] });
    const reports: string[] = [];
    await onSettingsChanged(change(auto, { mode: 'never', disabledSteps: [] }), 'local', { registrations, permissions, report: (m) => reports.push(m) });
    expect([...permissions.granted]).toEqual(['https://*.wide.example/*']);
    expect(scripting.scripts.size).toBe(0);
    expect(reports).toEqual([]);
  });

  it.each(['refuse', 'throw'] as const)('a grant the browser keeps (%s) is reported as still granted, and the reconcile still runs', async (removal) => {
    const { store, permissions, scripting, registrations } = setup();
    await store.setSite('a.example', { mode: 'auto-reader', disabledSteps: [] });
    permissions.granted = new Set(['https://a.example/*']);
    await registrations.reconcile();
    await store.removeSite('a.example');
    permissions.removal = removal;
    const reports: string[] = [];
    await onSettingsChanged(change(auto, undefined), 'local', { registrations, permissions, report: (m) => reports.push(m) });
    expect(reports).toEqual(['could not give back access to a.example; it is still granted']);
    expect(permissions.granted.has('https://a.example/*')).toBe(true);
    expect(scripting.scripts.size).toBe(0);
  });
});
