// The page's right-click menu item that toggles the reader, like the toolbar button.
import { browser, getMessage } from '../platform';

export const MENU_ID = 'toggle-reader';

/**
 * Menu items outlive the background (Chrome persists them; Firefox keeps them for event pages), so they
 * are created on install and update, and re-created on browser start in case a browser dropped them.
 * removeAll first: creating an id that exists is an error.
 */
export async function createContextMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_ID, title: getMessage('contextMenuTitle'), contexts: ['page'] });
}
