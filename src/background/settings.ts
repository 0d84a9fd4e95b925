// The background's one settings store and site access, over the browser's real APIs (through src/platform/,
// STYLE.md rule 7). Created once per background start; every background module shares these two objects so
// reconciles queue behind one another (src/background/site-access.ts).
import { browser } from '../platform';
import { createReadingPositions, createSettingsStore, defaultSite, normalizeHostname, siteOfUrl, type SettingsAreas, type SiteSettings } from '../settings/index';
import type { BackgroundReplies } from '../shared/messages';
import { createSiteAccess } from './site-access';

export const areas: SettingsAreas = { local: browser.storage.local, sync: browser.storage.sync };
export const store = createSettingsStore(areas);
const positions = createReadingPositions(browser.storage.local);
export const siteAccess = createSiteAccess({ permissions: browser.permissions, scripting: browser.scripting, store });

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

/**
 * What the reader needs to open (src/content/settings-read.ts): the preferences, the page's site settings and, with
 * `pageUrl` (the sender's address), where the reader left that article.
 */
export async function readerSettings(hostname: string | null, pageUrl?: string): Promise<BackgroundReplies['get-settings']> {
  const host = hostname === null ? null : normalizeHostname(hostname);
  const [global, site] = await Promise.all([store.getGlobal(), host ? store.getSite(host) : defaultSite()]);
  // A lost place costs nothing worth failing the opening for.
  const position = global.resume && pageUrl ? await positions.get(pageUrl).catch(() => null) : null;
  return { prefs: global.reader, site, resume: global.resume, position };
}
