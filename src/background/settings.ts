// The background's one settings store and registrations, over the browser's real APIs (through src/platform/,
// STYLE.md rule 7). Created once per background start; every background module shares these objects so
// reconciles queue behind one another (./registrations.ts) and site writes hold one lock with the options page.
import { browser, extensionLock } from '../platform';
import { createReadingPositions, createSettingsStore, siteOfUrl, type SettingsAreas, type SiteSettings } from '../settings/index';
import { createRegistrations } from './registrations';

export const areas: SettingsAreas = { local: browser.storage.local, sync: browser.storage.sync };
export const store = createSettingsStore(areas, { lock: extensionLock });
/** Where the reader left each article: sent with the opening settings (./content-messages.ts). */
export const positions = createReadingPositions(browser.storage.local);
export const registrations = createRegistrations({ permissions: browser.permissions, scripting: browser.scripting, store });

/** The options page, opened on one site's row (src/options/main.ts reads `#site=`). */
export function optionsUrlFor(hostname: string): string {
  return browser.runtime.getURL(`options/options.html#site=${encodeURIComponent(hostname)}`);
}

/** A tab's site settings, or null when its URL is not a web page (or the browser hides the URL from us). */
export async function siteOfTab(url: string | undefined): Promise<{ hostname: string; settings: SiteSettings } | null> {
  const site = url ? siteOfUrl(url) : null;
  if (!site) return null;
  return { hostname: site.hostname, settings: await store.getSite(site.hostname) };
}
