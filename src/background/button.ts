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

/** The user chose "Never run on this site": a quiet, language-free dash, unlike the red "!" of a page the reader cannot read. */
const BLOCKED_BADGE_TEXT = '–';
const BLOCKED_BADGE_COLOR = '#5f6368';

/** Says on the button that the extension is off on this site, and how to switch it back on. */
export async function showBlocked(tabId: number, hostname: string): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: BLOCKED_BADGE_TEXT }),
    browser.action.setBadgeBackgroundColor({ tabId, color: BLOCKED_BADGE_COLOR }),
    browser.action.setTitle({ tabId, title: getMessage('actionTitleBlocked', [hostname]) }),
  ]);
}

/**
 * Whether the button already explains "off on this site" for this tab: then a second click opens the site's
 * settings. Read from the button itself, so it needs no state of its own in a background that may have slept.
 */
export async function isShowingBlocked(tabId: number, hostname: string): Promise<boolean> {
  return (await browser.action.getTitle({ tabId })) === getMessage('actionTitleBlocked', [hostname]);
}

/**
 * Whether the button says the reader is open on this tab (showReaderState). A site set to "never" from the
 * reader's own panel still has that reader open: the click must close it, not explain.
 */
export async function isShowingOpen(tabId: number): Promise<boolean> {
  return (await browser.action.getTitle({ tabId })) === getMessage('actionTitleOpen');
}
