// What the toolbar button says about the current tab: why the reader cannot open here, or that it is open.
// All state is per tab, and both browsers drop per-tab badge and title when the tab navigates (Chrome clears
// them on every cross-document navigation, Firefox on location change), so nothing here needs a cleanup.
import { browser, getMessage } from '../platform';
import { RESTRICTION_MESSAGE, type Restriction } from './restricted';

/** A short, language-free mark: the tooltip carries the explanation. */
const BADGE_TEXT = '!';
const BADGE_COLOR = '#b3261e';

export async function showRestricted(tabId: number, restriction: Restriction): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: BADGE_TEXT }),
    browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }),
    browser.action.setTitle({ tabId, title: getMessage(RESTRICTION_MESSAGE[restriction]) }),
  ]);
}

export async function showReaderState(tabId: number, open: boolean): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: '' }),
    browser.action.setTitle({ tabId, title: getMessage(open ? 'actionTitleOpen' : 'actionTitle') }),
  ]);
}
