// What the options page needs from the browser, in one place: the settings store and site access over the
// real APIs (through src/platform/, STYLE.md rule 7), and localized strings.
import { createSiteAccess } from '../background/site-access';
import { browser, getMessage } from '../platform';
import { createReadingPositions, createSettingsStore, KEY_READING_POSITIONS } from '../settings/index';

export const store = createSettingsStore({ local: browser.storage.local, sync: browser.storage.sync });

/** The reader's remembered places: the resume switch forgets them when turned off. */
export const positions = createReadingPositions(browser.storage.local);

export const siteAccess = createSiteAccess({ permissions: browser.permissions, scripting: browser.scripting, store });

export const t = getMessage;

/** Origins granted now; the sites table shows "needs access" from this, and clicks use it to skip a prompt. */
export async function grantedOrigins(): Promise<string[]> {
  return (await browser.permissions.getAll()).origins ?? [];
}

/** Calls `listener` when grants change, from this page or the browser's own UI. */
export function onGrantsChanged(listener: () => void): void {
  browser.permissions.onAdded.addListener(listener);
  browser.permissions.onRemoved.addListener(listener);
}

/** Calls `listener` when settings change in another page (the reader panel, the context menu). */
export function onSettingsChanged(listener: () => void): void {
  browser.storage.onChanged.addListener((changes) => {
    // A reader saving its place (every pause in scrolling, in any tab) changes no setting shown here.
    if (Object.keys(changes).every((k) => k === KEY_READING_POSITIONS)) return;
    listener();
  });
}
