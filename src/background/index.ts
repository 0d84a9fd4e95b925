// The background: a service worker in Chrome, an event page in Firefox. Either may be stopped at any time
// and started again for an event, so every listener is registered synchronously at the top level (a listener
// added later, after an await, misses the event that woke the worker). No promise is left to reject unheard:
// each handler reports its failure.
import { browser, openExtractor, type Runtime } from '../platform';
import { BACKGROUND_READY_KEY } from '../shared/ready';
import { showReaderState } from './button';
import { handleContentMessage } from './content-messages';
import { createContextMenu, MENU_ID } from './context-menu';
import { onSettingsChanged, reconcileReporting, type SettingsEventDeps } from './settings-events';
import { createSiteMenu, followActiveTab, onSiteMenuClicked } from './site-menu';
import { injectSavePanel } from './inject';
import { areas, optionsUrlFor, positions, registrations, store } from './settings';
import { onBackgroundStart } from './start';
import { injectListen } from './inject';
import { toggleReader } from './toggle';
import { openWelcomeOnInstall } from './welcome';

function report(what: string, error?: unknown): void {
  console.error(`News Declutter: ${what}`, ...(error === undefined ? [] : [error]));
}

// Toolbar click, and the `_execute_action` keyboard shortcut, which the browser routes to the same event.
browser.action.onClicked.addListener((tab) => {
  toggleReader(tab).catch((error: unknown) => report('the toolbar click failed:', error));
});

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === MENU_ID) toggleReader(tab).catch((error: unknown) => report('the menu click failed:', error));
  else onSiteMenuClicked(info, tab);
});

function createMenus(): void {
  createContextMenu().then(createSiteMenu).catch((error: unknown) => report('could not create the menus:', error));
}
browser.runtime.onInstalled.addListener((details) => {
  createMenus();
  // Never rejects: a tab that cannot open is reported in welcome.ts.
  void openWelcomeOnInstall(details);
});
browser.runtime.onStartup.addListener(createMenus);
followActiveTab();

// Per-site scripts follow settings and grants: a grant revoked in the browser's own UI, a site set from the
// options page, the reader's panel, the button's menu or an import (DESIGN.md flow 4). The background is the one
// owner of registrations; the pages only ask for grants and write settings.
const events: SettingsEventDeps = { registrations, permissions: browser.permissions, report };
browser.permissions.onAdded.addListener(() => void reconcileReporting(events));
browser.permissions.onRemoved.addListener(() => void reconcileReporting(events));
browser.storage.onChanged.addListener((changes, areaName) => {
  onSettingsChanged(changes, areaName, events).catch((error: unknown) => report('could not follow a settings change:', error));
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  handleContentMessage(message, sender, {
    runtimeId: browser.runtime.id,
    store,
    showReaderState,
    openSiteSettings: (hostname, afterIndex) => browser.tabs.create({ url: optionsUrlFor(hostname), index: afterIndex + 1 }).then(() => undefined),
    openExtractor: () => openExtractor(true),
    positions,
    injectSavePanel,
    loadListen: injectListen,
  }),
);

// Migrations first, then registrations made to match settings and grants; never throws.
void onBackgroundStart(areas, events);

/**
 * Every listener above is registered: record it where anyone holding the extension's storage can see it.
 * End-to-end tests wait on this key before the first click (a click sent while the worker was still
 * starting was dropped in about 8% of runs, ../shared/BROWSER-TESTS.md). It changes no behaviour.
 */
browser.storage.session.set({ [BACKGROUND_READY_KEY]: Date.now() }).catch((error: unknown) => report('could not record that the background is ready:', error));
