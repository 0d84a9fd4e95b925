// The settings the reader opens with: its preferences and this page's site settings, asked of the background in one
// message (src/background/settings.ts, readerSettings), read from storage here only when the background cannot
// answer. Why through the background: see the `get-settings` message (src/shared/messages.ts).
import { browser } from '../platform';
import { createReadingPositions, type SiteSettings } from '../settings/index';
import type { BackgroundReplies, ContentToBackground } from '../shared/messages';
import type { ReaderPrefs } from './reader/api';
import { loadGlobal } from './prefs';
import { loadSite } from './site-settings';

export interface OpeningSettings {
  prefs: ReaderPrefs;
  site: SiteSettings;
  /** Continue where you left off (the options page's switch). */
  resume: boolean;
  /** Where the reader left this article (a block index), or null. */
  position: number | null;
}

function isReply(value: unknown): value is BackgroundReplies['get-settings'] {
  return typeof value === 'object' && value !== null && 'prefs' in value && 'site' in value && 'resume' in value && 'position' in value;
}

export async function loadOpeningSettings(): Promise<OpeningSettings> {
  const message: ContentToBackground = { type: 'get-settings' };
  try {
    const reply: unknown = await browser.runtime.sendMessage(message);
    if (isReply(reply)) return reply;
  } catch {
    // The background is updating or failed to read: the store, as the content script reads it, below.
  }
  const [global, site, place] = await Promise.all([
    loadGlobal(),
    loadSite(),
    createReadingPositions(browser.storage.local).get(location.href).catch(() => null),
  ]);
  return { prefs: global.reader, site, resume: global.resume, position: global.resume ? place : null };
}
