// The one path every trigger takes (toolbar button, keyboard shortcut, context menu): open or close the
// reader on a tab, or say on the button why it cannot.
import type { Tabs } from '../platform';
import { showReaderState, showRestricted } from './button';
import { ensureContentScript, sendToTab } from './inject';
import { restrictionAfter, restrictionBefore } from './restricted';

export async function toggleReader(tab: Tabs.Tab | undefined): Promise<void> {
  const tabId = tab?.id;
  if (tabId === undefined || tabId < 0) return;
  const before = restrictionBefore(tab?.url);
  if (before) {
    await showRestricted(tabId, before);
    return;
  }
  try {
    await ensureContentScript(tabId);
    const reply = await sendToTab(tabId, { type: 'toggle' });
    if (reply.type === 'unsupported') await showRestricted(tabId, reply.reason);
    else await showReaderState(tabId, reply.open);
  } catch (error) {
    console.warn('News Declutter: cannot open the reader here:', error);
    await showRestricted(tabId, restrictionAfter(tab?.url, error));
  }
}
