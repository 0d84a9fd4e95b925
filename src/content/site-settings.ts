// The content script's view of the settings store: the reader's display settings and this page's site
// settings, over the browser's storage (through src/platform/, STYLE.md rule 7).
import { browser } from '../platform';
import { createSettingsStore, defaultSite, type SettingsStore, siteKey, siteOfUrl, validateSite, type SiteSettings } from '../settings/index';

let made: SettingsStore | null = null;

/**
 * The store, made on first use: an opening click asks the background for its settings and never needs it, and
 * touching `browser.storage` when the script first ran cost Firefox 153 about 0.4 ms of every injection (marks
 * between the bundle's modules, averaged over 36 clicks; too small for an A/B to see).
 */
export function store(): SettingsStore {
  return (made ??= createSettingsStore({ local: browser.storage.local, sync: browser.storage.sync }));
}

/** This page's site (exact hostname, settings key), or null on a page that is no web site (file:, about:). */
export function pageHostname(): string | null {
  return siteOfUrl(location.href)?.hostname ?? null;
}

/** This page's site settings; the defaults where there is no site or the store cannot be read. */
export async function loadSite(): Promise<SiteSettings> {
  const host = pageHostname();
  if (!host) return defaultSite();
  try {
    return await store().getSite(host);
  } catch (error) {
    console.warn('News Declutter: could not read this site\'s settings:', error);
    return defaultSite();
  }
}

/** Calls `listener` with this site's new settings whenever they change (options page, button menu, reader panel). */
export function onSiteChanged(listener: (s: SiteSettings) => void): void {
  const host = pageHostname();
  if (!host) return;
  const key = siteKey(host);
  browser.storage.onChanged.addListener((changes, areaName) => {
    const change = areaName === 'local' ? changes[key] : undefined;
    if (!change) return;
    // Removed (back to defaults) or a value that fails validation: read as the store would, field by field.
    listener(change.newValue === undefined ? defaultSite() : validateSite(change.newValue).value);
  });
}
