// Per-site host access for the automatic modes (DESIGN.md flow step 4), with the least privilege:
// host permission for one origin at a time, asked from the user's own click, and a registered content script
// for exactly the sites that are both enabled in settings and granted by the browser. reconcile() restores
// that invariant from whatever state it finds (a revoke in the browser's UI, an import, a crash mid-way).
// Browser APIs are injected (the background passes the platform's, tests pass fakes): no polyfill import here.
import {
  AUTO_MODES,
  runMigrations,
  SITE_PREFIX,
  siteOfUrl,
  WEB_PROTOCOLS,
  type MigrationReport,
  type SettingsAreas,
  type SettingsStore,
  type SiteMode,
  validateSite,
} from '../settings/index';

/** The slice of `browser.permissions` used here. */
export interface PermissionsApi {
  request(p: { origins: string[] }): Promise<boolean>;
  remove(p: { origins: string[] }): Promise<boolean>;
  getAll(): Promise<{ origins?: string[] }>;
}

export interface ContentScriptRegistration {
  id: string;
  matches?: string[];
  js?: string[];
  runAt?: 'document_start' | 'document_end' | 'document_idle';
  allFrames?: boolean;
  persistAcrossSessions?: boolean;
}

/** The slice of `browser.scripting` used here. */
export interface ScriptingApi {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<ContentScriptRegistration[]>;
  registerContentScripts(scripts: ContentScriptRegistration[]): Promise<void>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
}

export interface SiteAccessDeps {
  permissions: PermissionsApi;
  scripting: ScriptingApi;
  store: Pick<SettingsStore, 'scanSites' | 'updateSite'>;
}

/**
 * The content bundle at the extension root (scripts/build.ts); on load it reads the site's settings.
 * Absolute on purpose: Firefox resolves a relative path against the page that registers the script, so
 * 'content.js' registered from options/options.html became 'options/content.js' and never ran (measured,
 * Firefox ESR 153). Chrome resolves both forms against the extension root.
 */
export const CONTENT_SCRIPT_FILE = '/content.js';
/**
 * In-place decluttering (src/content/in-place-entry.ts): the steps and their word lists, which the reader no longer
 * needs in the page (the extractor runs them), and no reader.
 */
export const IN_PLACE_SCRIPT_FILE = '/in-place.js';

/**
 * The file a site's mode registers: each automatic mode gets only what it runs, so every page of such a site loads
 * one bundle within the 100 KB budget (issue 6). A page open while its site switches between the two modes follows
 * the switch on its next load (src/content/auto-run.ts); switching off applies at once.
 */
export function siteScriptFiles(mode: SiteMode): string[] {
  return [mode === 'in-place' ? IN_PLACE_SCRIPT_FILE : CONTENT_SCRIPT_FILE];
}
/** Registration ids are ours when they start with this; other registrations are left alone. */
export const REGISTRATION_PREFIX = 'nd-site:';
/**
 * document_idle: the declutter steps and Readability need the article's DOM, which is complete by then;
 * earlier runs would find half a page.
 */
const RUN_AT = 'document_idle';

export function registrationId(hostname: string): string {
  return REGISTRATION_PREFIX + hostname;
}

/**
 * `${protocol}//${hostname}/*` for a page URL, never with a port: Firefox accepts a pattern with a port in
 * permissions.request and registerContentScripts but matches nothing with it (../shared/BROWSER-TESTS.md,
 * "Product trap, Firefox"). Null for non-web URLs.
 */
export function originPattern(url: string): string | null {
  const site = siteOfUrl(url);
  return site ? `${site.protocol}//${site.hostname}/*` : null;
}

/**
 * Whether a granted pattern gives access to `protocol//hostname`. The path is not checked (a registration
 * wider than the grant only runs where the browser allows). A granted pattern with a port is not counted:
 * Firefox matches nothing with it, so relying on it would register a script that never runs.
 */
export function grantCovers(granted: string, protocol: string, hostname: string): boolean {
  if (granted === '<all_urls>') return WEB_PROTOCOLS.includes(protocol);
  const m = /^(\*|https?):\/\/([^/]+)\//.exec(granted);
  if (!m) return false;
  const [, scheme, host] = m as unknown as [string, string, string];
  if (scheme !== '*' && `${scheme}:` !== protocol) return false;
  if (host.includes(':') && !host.startsWith('[')) return false;
  if (host === '*') return true;
  if (host.startsWith('*.')) return hostname === host.slice(2) || hostname.endsWith(host.slice(1));
  return host === hostname;
}

/** The match patterns a registration for `hostname` should have, given what is granted ([] = none). */
export function matchesFor(hostname: string, granted: readonly string[]): string[] {
  return WEB_PROTOCOLS.filter((p) => granted.some((g) => grantCovers(g, p, hostname))).map((p) => `${p}//${hostname}/*`);
}

/** Hosts of development servers (localhost, IP literals), which serve http; news sites serve https. */
function isLocalHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname.endsWith('.localhost') || /^\d{1,3}(?:\.\d{1,3}){3}$/.test(hostname) || hostname.startsWith('[');
}

/**
 * The origins to ask for when only a hostname is known (the options page): the schemes already granted for
 * it, else its one likely scheme (https, or http for a development host), so a prompt names one origin.
 */
export function originsToAsk(hostname: string, granted: readonly string[], protocol?: string): string[] {
  if (protocol) return [`${protocol}//${hostname}/*`];
  const schemes = WEB_PROTOCOLS.filter((p) => granted.some((g) => grantCovers(g, p, hostname)));
  const chosen = schemes.length ? schemes : [isLocalHost(hostname) ? 'http:' : 'https:'];
  return chosen.map((p) => `${p}//${hostname}/*`);
}

export interface ReconcileResult {
  registered: string[];
  unregistered: string[];
  /** Registrations the browser refused, with its reason; the others went through. */
  errors: { id: string; message: string }[];
}

export type ModeChangeResult =
  | { ok: true; mode: SiteMode }
  /** `denied`: the user (or the browser) said no; `not-a-web-page`: no site to enable (about:, file:, …). */
  | { ok: false; reason: 'denied' | 'not-a-web-page' };

function sameList(a: readonly string[] = [], b: readonly string[] = []): boolean {
  return a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
}

/** Browsers report registered files without the leading "/" they were registered with. */
function sameFiles(a: readonly string[] = [], b: readonly string[] = []): boolean {
  const strip = (l: readonly string[]) => l.map((f) => f.replace(/^\//, ''));
  return sameList(strip(a), strip(b));
}

export function createSiteAccess(deps: SiteAccessDeps) {
  const { permissions, scripting, store } = deps;
  // Background start and permission events can fire together: one reconcile at a time, each seeing the
  // state the previous one left (two interleaved runs would both register the same id and one would throw).
  let queue: Promise<unknown> = Promise.resolve();

  async function reconcileNow(): Promise<ReconcileResult> {
    const [scan, perms, registered] = await Promise.all([store.scanSites(), permissions.getAll(), scripting.getRegisteredContentScripts()]);
    const granted = perms.origins ?? [];
    const wanted = new Map<string, ContentScriptRegistration>();
    for (const [host, s] of Object.entries(scan.sites)) {
      if (!AUTO_MODES.includes(s.mode)) continue;
      const matches = matchesFor(host, granted);
      if (matches.length === 0) continue; // enabled but not granted (revoked, or imported): the options page offers "Allow"
      wanted.set(registrationId(host), { id: registrationId(host), matches, js: siteScriptFiles(s.mode), runAt: RUN_AT, allFrames: false, persistAcrossSessions: true });
    }
    const ours = registered.filter((r) => r.id.startsWith(REGISTRATION_PREFIX));
    const stale = ours.filter((r) => {
      const w = wanted.get(r.id);
      return !w || !sameList(r.matches, w.matches) || !sameFiles(r.js, w.js) || r.persistAcrossSessions === false;
    });
    const kept = new Set(ours.filter((r) => !stale.includes(r)).map((r) => r.id));
    const result: ReconcileResult = { registered: [], unregistered: stale.map((r) => r.id), errors: [] };
    if (stale.length) await unregister(result.unregistered);
    const fresh = [...wanted.values()].filter((w) => !kept.has(w.id));
    if (fresh.length === 0) return result;
    try {
      await scripting.registerContentScripts(fresh); // one call for the common case
      result.registered = fresh.map((w) => w.id);
    } catch {
      // One bad registration fails the whole batch: retry one by one so the others still run.
      for (const w of fresh) {
        try {
          await scripting.registerContentScripts([w]);
          result.registered.push(w.id);
        } catch (err) {
          // Another extension page (the options page, the background) may have registered the same script
          // a moment ago: that is the state we want, not an error.
          const now = await scripting.getRegisteredContentScripts({ ids: [w.id] }).catch(() => []);
          if (now.some((r) => sameList(r.matches, w.matches) && sameFiles(r.js, w.js))) continue;
          result.errors.push({ id: w.id, message: err instanceof Error ? err.message : String(err) });
        }
      }
    }
    return result;
  }

  /** Unregisters ids; when the batch fails (one id already gone, unregistered by another page), one by one. */
  async function unregister(ids: string[]): Promise<void> {
    try {
      await scripting.unregisterContentScripts({ ids });
    } catch {
      for (const id of ids) await scripting.unregisterContentScripts({ ids: [id] }).catch(() => undefined);
    }
  }

  /** Make registrations match (stored settings ∩ granted permissions). Call on every background start and on
   *  permissions.onAdded / onRemoved, and after settings change (storage.onChanged on `site:` keys). */
  function reconcile(): Promise<ReconcileResult> {
    const run = queue.then(reconcileNow, reconcileNow);
    queue = run.catch(() => undefined);
    return run;
  }

  /** Gives back the exact per-origin grants this module asks for; broader grants the user gave stay. */
  async function releaseAccess(hostname: string): Promise<void> {
    const granted = (await permissions.getAll()).origins ?? [];
    const ours = WEB_PROTOCOLS.map((p) => `${p}//${hostname}/*`).filter((o) => granted.includes(o));
    if (ours.length) await permissions.remove({ origins: ours });
  }

  /**
   * Sets a site's mode from a user's click (context menu item, options page, the reader's "This site" panel).
   * NOT async on purpose: permissions.request must be called before any await, while the browser still
   * counts the call as part of the click ("must be called during a user gesture" in Chrome, "may only be
   * called from a user input handler" in Firefox, ../shared/BROWSER-TESTS.md).
   * Auto modes ask for `${protocol}//${hostname}/*` of `pageUrl` only; leaving them gives the grant back.
   */
  function setModeFromClick(pageUrl: string, mode: SiteMode): Promise<ModeChangeResult> {
    const site = siteOfUrl(pageUrl);
    if (!site) return Promise.resolve({ ok: false, reason: 'not-a-web-page' });
    const auto = AUTO_MODES.includes(mode);
    const asked = auto ? permissions.request({ origins: [`${site.protocol}//${site.hostname}/*`] }) : Promise.resolve(true);
    return asked.then(async (ok): Promise<ModeChangeResult> => {
      if (!ok) return { ok: false, reason: 'denied' };
      await store.updateSite(site.hostname, { mode });
      if (!auto) await releaseAccess(site.hostname);
      await reconcile();
      return { ok: true, mode };
    });
  }

  /**
   * Sets a site's mode from a click on the options page, where there is a hostname and maybe no scheme: the
   * caller passes the origins to ask for (originsToAsk). An auto mode always calls permissions.request, even
   * when the page believes the host is granted: Chrome keeps a host the user pre-approved on
   * chrome://extensions out of permissions.getAll until the extension requests it (measured, Chromium 156),
   * and a request for a granted origin resolves true at once, without a prompt.
   * Not async, for the same reason as setModeFromClick.
   */
  function setHostModeFromClick(hostname: string, mode: SiteMode, origins: readonly string[]): Promise<ModeChangeResult> {
    const auto = AUTO_MODES.includes(mode);
    const asked = auto ? permissions.request({ origins: [...origins] }) : Promise.resolve(true);
    return asked.then(async (ok): Promise<ModeChangeResult> => {
      if (!ok) return { ok: false, reason: 'denied' };
      await store.updateSite(hostname, { mode });
      if (!auto) await releaseAccess(hostname);
      await reconcile();
      return { ok: true, mode };
    });
  }

  /**
   * Asks for access to enabled sites (the options page's "Allow access", after an import or a revoke).
   * Synchronous up to the request, like setModeFromClick.
   */
  function requestAccessFromClick(origins: readonly string[]): Promise<boolean> {
    if (origins.length === 0) return Promise.resolve(true);
    return permissions.request({ origins: [...origins] }).then(async (ok) => {
      if (ok) await reconcile();
      return ok;
    });
  }

  /** Hostnames whose auto mode has no grant: the options page shows them as "needs access". */
  async function sitesNeedingAccess(): Promise<string[]> {
    const [scan, perms] = await Promise.all([store.scanSites(), permissions.getAll()]);
    const granted = perms.origins ?? [];
    return Object.entries(scan.sites)
      .filter(([h, s]) => AUTO_MODES.includes(s.mode) && matchesFor(h, granted).length === 0)
      .map(([h]) => h)
      .sort();
  }

  return { reconcile, setModeFromClick, setHostModeFromClick, requestAccessFromClick, releaseAccess, sitesNeedingAccess };
}

export type SiteAccess = ReturnType<typeof createSiteAccess>;

/**
 * Whether a storage.onChanged event can change which sites should have a registration (a site key in local:
 * set from the options page, the reader's panel, the context menu, an import or a reset).
 */
export function affectsRegistrations(changes: Record<string, unknown>, areaName: string): boolean {
  return areaName === 'local' && Object.keys(changes).some((k) => k.startsWith(SITE_PREFIX));
}

/**
 * Hosts that left an automatic mode in this storage change. The options page and the context menu give the
 * host grant back themselves (siteAccess.setModeFromClick), but the reader's panel writes storage directly
 * (content scripts have no permissions API): the background gives the grant back for it, so no site keeps
 * access it no longer uses.
 */
export function hostsLeavingAutoMode(changes: Record<string, { oldValue?: unknown; newValue?: unknown }>): string[] {
  const auto = (v: unknown) => v !== undefined && AUTO_MODES.includes(validateSite(v).value.mode);
  return Object.entries(changes)
    .filter(([key, c]) => key.startsWith(SITE_PREFIX) && auto(c.oldValue) && !auto(c.newValue))
    .map(([key]) => key.slice(SITE_PREFIX.length));
}

/**
 * Everything a background start owes the settings, in order: migrations (idempotent, so every start is safe),
 * then registrations made to match settings and grants (a registration may be missing after an update or a
 * revoke while the background slept). Never throws: a failure is logged and the next start tries again.
 */
export async function onBackgroundStart(
  areas: SettingsAreas,
  access: SiteAccess,
): Promise<{ migration?: MigrationReport; reconcile?: ReconcileResult }> {
  const out: { migration?: MigrationReport; reconcile?: ReconcileResult } = {};
  try {
    out.migration = await runMigrations(areas);
  } catch (err) {
    console.error('News Declutter: settings migration failed; stored values are untouched:', err);
  }
  try {
    out.reconcile = await access.reconcile();
    for (const e of out.reconcile.errors) console.warn(`News Declutter: could not register ${e.id}: ${e.message}`);
  } catch (err) {
    console.error('News Declutter: could not reconcile per-site scripts:', err);
  }
  return out;
}
