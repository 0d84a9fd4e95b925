// A site's host access, as a user's click changes it: ask the browser for the site's origin, then write the
// site's mode; or ask for several enabled sites at once. Used by the button's menu (background) and the options
// page. Registrations follow in the background alone (src/background/registrations.ts reconciles on the storage
// and permission events these writes cause), and so does giving a grant back when a site leaves an automatic mode.
// Browser APIs are injected: no polyfill import here.
import { matchesFor, ownOrigins } from './origins';
import { AUTO_MODES, type SiteMode, type SiteSettings } from './schema';
import type { SettingsStore } from './store';

/** The slice of `browser.permissions` used for site access. */
export interface PermissionsApi {
  request(p: { origins: string[] }): Promise<boolean>;
  remove(p: { origins: string[] }): Promise<boolean>;
  getAll(): Promise<{ origins?: string[] }>;
}

export type ModeChangeResult =
  | { ok: true; mode: SiteMode }
  /** `denied`: the user (or the browser) said no. */
  | { ok: false; reason: 'denied' };

export interface AccessDeps {
  permissions: Pick<PermissionsApi, 'request' | 'getAll'>;
  store: Pick<SettingsStore, 'updateSite' | 'scanSites'>;
}

/**
 * Sets a site's mode from a user's click (the button's menu, the options page), asking for `origins` first when
 * the mode runs by itself. NOT async on purpose: permissions.request must be called before any await, while
 * the browser still counts the call as part of the click ("must be called during a user gesture" in Chrome,
 * "may only be called from a user input handler" in Firefox, ../shared/BROWSER-TESTS.md). An automatic mode
 * always asks, even when the caller believes the host is granted: Chrome keeps a host the user pre-approved on
 * chrome://extensions out of permissions.getAll until the extension requests it (measured, Chromium 156), and a
 * request for a granted origin resolves true at once, without a prompt.
 */
export function setModeFromClick(deps: AccessDeps, hostname: string, mode: SiteMode, origins: readonly string[]): Promise<ModeChangeResult> {
  const auto = AUTO_MODES.includes(mode);
  const asked = auto ? deps.permissions.request({ origins: [...origins] }) : Promise.resolve(true);
  return asked.then(async (ok): Promise<ModeChangeResult> => {
    if (!ok) return { ok: false, reason: 'denied' };
    await deps.store.updateSite(hostname, { mode });
    return { ok: true, mode };
  });
}

/** Asks for access to enabled sites at once (the options page's "Allow access"). Synchronous up to the request. */
export function requestAccessFromClick(permissions: Pick<PermissionsApi, 'request'>, origins: readonly string[]): Promise<boolean> {
  if (origins.length === 0) return Promise.resolve(true);
  return permissions.request({ origins: [...origins] });
}

/** Whether a site's automatic mode lacks the grant it runs on: the options page shows it as "needs access". */
export function needsAccess(hostname: string, site: Pick<SiteSettings, 'mode'>, granted: readonly string[]): boolean {
  return AUTO_MODES.includes(site.mode) && matchesFor(hostname, granted).length === 0;
}

/** Hostnames whose automatic mode has no grant (needsAccess), sorted. */
export async function sitesNeedingAccess(deps: { permissions: Pick<PermissionsApi, 'getAll'>; store: Pick<SettingsStore, 'scanSites'> }): Promise<string[]> {
  const [scan, perms] = await Promise.all([deps.store.scanSites(), deps.permissions.getAll()]);
  const granted = perms.origins ?? [];
  return Object.entries(scan.sites)
    .filter(([h, s]) => needsAccess(h, s, granted))
    .map(([h]) => h)
    .sort();
}

/**
 * Gives back the exact per-origin grants this extension asks for on a site; broader grants the user gave stay.
 * Rejects when the browser refuses: the caller must say that the access is still granted.
 */
export async function releaseAccess(permissions: Pick<PermissionsApi, 'remove' | 'getAll'>, hostname: string): Promise<string[]> {
  const granted = (await permissions.getAll()).origins ?? [];
  const ours = ownOrigins(hostname).filter((o) => granted.includes(o));
  if (ours.length && !(await permissions.remove({ origins: ours }))) throw new Error(`the browser kept access to ${ours.join(', ')}`);
  return ours;
}
