// The options page's bindings to the browser, in one place: the settings store (holding the same lock as the
// background's for site writes), host permissions, storage and grant events, and localized strings, over the real
// APIs (through src/platform/, STYLE.md rule 7). The page asks for grants and writes settings; registrations are
// the background's (src/background/registrations.ts).
import { browser, extensionLock, getMessage } from '../platform';
import { createReadingPositions, createSettingsStore, KEY_READING_POSITIONS, type PermissionsApi } from '../settings/index';

export const store = createSettingsStore({ local: browser.storage.local, sync: browser.storage.sync }, { lock: extensionLock });

/** The reader's remembered places: the resume switch forgets them when turned off. */
export const positions = createReadingPositions(browser.storage.local);

export const permissions: PermissionsApi = browser.permissions;

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
  browser.storage.onChanged.addListener((changes?: Record<string, unknown>) => {
    // A reader saving its place (every pause in scrolling, in any tab) changes no setting shown here.
    if (changes && Object.keys(changes).length && Object.keys(changes).every((k) => k === KEY_READING_POSITIONS)) return;
    listener();
  });
}
