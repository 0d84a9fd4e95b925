// The one path every trigger takes (toolbar button, keyboard shortcut, context menu): open or close the
// reader on a tab, or say on the button why it cannot.
import { browser, openExtractor, type Tabs } from '../platform';
import { isBlocked } from '../settings/index';
import { isShowingBlocked, isShowingOpen, showBlocked, showReaderState, showRestricted } from './button';
import { optionsUrlFor, siteOfTab } from './settings';
import { injectContentScript, sendToTab } from './inject';
import { restrictionAfter, restrictionBefore } from './restricted';

export async function toggleReader(tab: Tabs.Tab | undefined): Promise<void> {
  const tabId = tab?.id;
  if (tabId === undefined || tabId < 0) return;
  const before = restrictionBefore(tab?.url);
  if (before) {
    await showRestricted(tabId, before);
    return;
  }
  // Chrome's extractor page, opened while the rest is asked, so that it listens before the script lands and asks it
  // to read the page. A failure here is the content script's to report (it asks again, then says why).
  const extractor = openExtractor().catch((error: unknown) => console.warn('News Declutter: extractor:', error));
  const site = await siteOfTab(tab?.url).catch(() => null);
  if (site && isBlocked(site.settings) && !(await isShowingOpen(tabId))) {
    // "Never run on this site": nothing is injected. The first click explains on the button; a second one
    // opens the site's row on the options page, the way back (so does unchecking "Never" in the button's menu).
    if (await isShowingBlocked(tabId, site.hostname)) await browser.tabs.create({ url: optionsUrlFor(site.hostname) });
    else await showBlocked(tabId, site.hostname);
    return;
  }
  try {
    await extractor;
    await injectContentScript(tabId, site?.settings.disabledSteps ?? []);
    const reply = await sendToTab(tabId, { type: 'toggle' });
    if (reply.type === 'unsupported') await showRestricted(tabId, reply.reason);
    else await showReaderState(tabId, reply.open);
  } catch (error) {
    console.warn('News Declutter: cannot open the reader here:', error);
    await showRestricted(tabId, restrictionAfter(tab?.url, error));
  }
}
