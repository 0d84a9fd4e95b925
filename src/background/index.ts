// The background: a service worker in Chrome, an event page in Firefox. Either may be stopped at any time
// and started again for an event, so every listener is registered synchronously at the top level (a listener
// added later, after an await, misses the event that woke the worker).
import { browser, openExtractor, type Runtime } from '../platform';
import { isContentToBackground } from '../shared/messages';
import { BACKGROUND_READY_KEY } from '../shared/ready';
import { showReaderState } from './button';
import { createContextMenu, MENU_ID } from './context-menu';
import { affectsRegistrations, hostsLeavingAutoMode, onBackgroundStart } from './site-access';
import { createSiteMenu, followActiveTab, onSiteMenuClicked } from './site-menu';
import { areas, optionsUrlFor, readerSettings, siteAccess } from './settings';
import { injectSavePanel } from './inject';
import { toggleReader } from './toggle';

// Toolbar click, and the `_execute_action` keyboard shortcut, which the browser routes to the same event.
browser.action.onClicked.addListener((tab) => {
  void toggleReader(tab);
});

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === MENU_ID) void toggleReader(tab);
  else onSiteMenuClicked(info, tab);
});

function createMenus(): Promise<void> {
  return createContextMenu().then(createSiteMenu);
}
browser.runtime.onInstalled.addListener(() => {
  void createMenus();
});
browser.runtime.onStartup.addListener(() => {
  void createMenus();
});
followActiveTab();

// Per-site scripts follow settings and grants: a grant revoked in the browser's own UI, a site set from the
// options page, the reader's panel or an import (DESIGN.md flow 4).
browser.permissions.onAdded.addListener(() => void siteAccess.reconcile());
browser.permissions.onRemoved.addListener(() => void siteAccess.reconcile());
browser.storage.onChanged.addListener((changes, areaName) => {
  if (!affectsRegistrations(changes, areaName)) return;
  void siteAccess.reconcile();
  for (const host of hostsLeavingAutoMode(changes)) void siteAccess.releaseAccess(host).catch(() => undefined);
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  const tabId = sender.tab?.id;
  if (!isContentToBackground(message) || tabId === undefined) return undefined;
  switch (message.type) {
    // The reader closed itself (close button, Escape): the button's tooltip goes back to "open".
    case 'reader-state':
      return showReaderState(tabId, message.open);
    // The reader's "This site" panel: automatic modes are chosen where a click can ask for the site's access.
    case 'open-site-settings':
      return browser.tabs.create({ url: optionsUrlFor(message.hostname), index: (sender.tab?.index ?? -1) + 1 }).then(() => undefined);
    case 'get-settings':
      return readerSettings(message.hostname, sender.url);
    case 'open-extractor':
      return openExtractor(true);
    case 'load-save':
      return injectSavePanel(tabId, sender.frameId);
  }
});

// Migrations first, then registrations made to match settings and grants; never throws.
void onBackgroundStart(areas, siteAccess);

/**
 * Every listener above is registered: record it where anyone holding the extension's storage can see it.
 * End-to-end tests wait on this key before the first click (a click sent while the worker was still
 * starting was dropped in about 8% of runs, ../shared/BROWSER-TESTS.md). It changes no behaviour.
 */
void browser.storage.session.set({ [BACKGROUND_READY_KEY]: Date.now() });
