// The toolbar button's context menu for the active tab's site: the three modes and a submenu of cleaning steps
// (items in ./site-menu-items.ts). A click sets the site's settings; the checkboxes follow the active tab.
// Every promise here ends in a report: a menu the browser refuses to update is worth a warning, never an
// unhandled rejection.
import { STEP_IDS } from '../declutter/step-ids';
import { browser, getMessage, onActionMenuShown, type Menus, type Tabs } from '../platform';
import { defaultSite, modeAfterToggle, originPattern, setModeFromClick, siteOfUrl, type SiteMode } from '../settings/index';
import { parseSiteMenuItem, siteMenuChecks, siteMenuItems } from './site-menu-items';
import { siteOfTab, store } from './settings';
import { stepName } from '../shared/labels';

function warn(what: string, error: unknown): void {
  console.warn(`News Declutter: ${what}`, error);
}

/** Creates the items. Call after contextMenus.removeAll (./context-menu.ts), on install and browser start. */
export function createSiteMenu(): void {
  for (const item of siteMenuItems(STEP_IDS)) {
    const title = item.stepId ? stepName(item.stepId, getMessage) : getMessage(item.titleKey);
    const props: Menus.CreateCreatePropertiesType = { id: item.id, title, type: item.type, contexts: ['action'] };
    if (item.parentId) props.parentId = item.parentId;
    if (item.type === 'checkbox') props.checked = false;
    browser.contextMenus.create(props);
  }
}

/**
 * Shows the settings of `tab`'s site on the checkboxes. The URL is visible only where the extension has
 * access (a granted site, or a tab the user clicked the button on, activeTab): elsewhere the items keep
 * what they showed, and a click still acts on the stored settings (it grants activeTab, so the URL is there).
 */
export async function showSiteMenuFor(tab: Tabs.Tab | undefined): Promise<void> {
  // No URL: the browser hides it (no access to this tab). Keep what the items show rather than guess.
  if (tab?.url === undefined) return;
  const site = await siteOfTab(tab.url);
  // A page that is no site (about:, chrome://) has no settings: nothing checked, steps on.
  const checks = siteMenuChecks(site?.settings ?? defaultSite(), STEP_IDS);
  // An item the browser no longer has (removed by another extension's removeAll) is skipped, the others updated.
  await Promise.all(Object.entries(checks).map(([id, checked]) => browser.contextMenus.update(id, { checked }).catch((error: unknown) => warn(`menu item ${id}:`, error))));
}

/** showSiteMenuFor, with its failure reported. */
function refreshMenu(tab: Tabs.Tab | undefined): Promise<void> {
  return showSiteMenuFor(tab).catch((error: unknown) => warn('could not show the site\'s settings in the menu:', error));
}

/** Handles a click on one of this menu's items; false when the item is not ours. */
export function onSiteMenuClicked(info: Menus.OnClickData, tab: Tabs.Tab | undefined): boolean {
  const item = parseSiteMenuItem(info.menuItemId, STEP_IDS);
  if (!item) return false;
  const url = tab?.url;
  const site = url ? siteOfUrl(url) : null;
  const origin = url ? originPattern(url) : null;
  if (!site || !origin) {
    // Firefox hands over the tab's URL for an action-menu click (it grants activeTab); a page that is not a
    // web page (about:, the browser's own pages) has no site to set.
    console.warn('News Declutter: no web page to apply a site setting to:', url);
    void refreshMenu(tab);
    return true;
  }
  const setMode = (mode: SiteMode) => setModeFromClick({ permissions: browser.permissions, store }, site.hostname, mode, [origin]);
  let change: Promise<unknown>;
  if (item.kind === 'mode' && info.checked) {
    // Synchronously, before any await: an automatic mode calls permissions.request, which the browser allows
    // only inside the click (src/settings/access.ts, setModeFromClick).
    change = setMode(item.mode).then((r) => {
      if (!r.ok) console.warn(`News Declutter: ${item.mode} not set on ${site.hostname}: ${r.reason}`);
    });
  } else if (item.kind === 'mode') {
    change = store.getSite(site.hostname).then((s) => setMode(modeAfterToggle(s.mode, item.mode, false)));
  } else {
    change = store.setStepEnabled(site.hostname, item.stepId, info.checked ?? true);
  }
  change
    .catch((error: unknown) => warn('could not change the site setting:', error))
    .then(() => refreshMenu(tab));
  return true;
}

/** Keeps the checkboxes on the active tab's site: tab switches, loads, and (Firefox) each time the menu opens. */
export function followActiveTab(): void {
  browser.tabs.onActivated.addListener(({ tabId }) => {
    browser.tabs.get(tabId).then(refreshMenu, (error: unknown) => warn('the active tab is gone:', error));
  });
  browser.tabs.onUpdated.addListener((_tabId, change, tab) => {
    if (tab.active && (change.url !== undefined || change.status === 'complete')) void refreshMenu(tab);
  });
  onActionMenuShown(refreshMenu);
}
