// The background: a service worker in Chrome, an event page in Firefox. Either may be stopped at any time
// and started again for an event, so every listener is registered synchronously at the top level (a listener
// added later, after an await, misses the event that woke the worker).
import { browser, type Runtime } from '../platform';
import { isContentToBackground } from '../shared/messages';
import { BACKGROUND_READY_KEY } from '../shared/ready';
import { showReaderState } from './button';
import { createContextMenu, MENU_ID } from './context-menu';
import { toggleReader } from './toggle';

// Toolbar click, and the `_execute_action` keyboard shortcut, which the browser routes to the same event.
browser.action.onClicked.addListener((tab) => {
  void toggleReader(tab);
});

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === MENU_ID) void toggleReader(tab);
});

browser.runtime.onInstalled.addListener(() => {
  void createContextMenu();
});
browser.runtime.onStartup.addListener(() => {
  void createContextMenu();
});

// The reader closed itself (close button, Escape): the button's tooltip goes back to "open".
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  const tabId = sender.tab?.id;
  if (!isContentToBackground(message) || tabId === undefined) return undefined;
  return showReaderState(tabId, message.open);
});

/**
 * Every listener above is registered: record it where anyone holding the extension's storage can see it.
 * End-to-end tests wait on this key before the first click (a click sent while the worker was still
 * starting was dropped in about 8% of runs, ../shared/BROWSER-TESTS.md). It changes no behaviour.
 */
void browser.storage.session.set({ [BACKGROUND_READY_KEY]: Date.now() });
