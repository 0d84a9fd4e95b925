// The content script's messages to the background (src/shared/messages.ts, ContentToBackground). The site a
// message acts on is the sender's page as the browser reports it, never a hostname in the message: a page that
// learned the message format cannot make the background read or change another site's settings.
import { defaultSite, modeAfterToggle, siteOfUrl, type ReadingPositionStore, type SettingsStore } from '../settings/index';
import { isContentToBackground, type BackgroundReplies } from '../shared/messages';
import { fromOwnContentScript, senderPageUrl, type SenderLike } from '../shared/sender';

export interface ContentMessageDeps {
  runtimeId: string;
  store: Pick<SettingsStore, 'getGlobal' | 'getSite' | 'updateSite' | 'setStepEnabled'>;
  showReaderState(tabId: number, open: boolean): Promise<void>;
  /** Opens the options page on a site's row, next to the sender's tab. */
  openSiteSettings(hostname: string, afterIndex: number): Promise<void>;
  openExtractor(): Promise<void>;
  /** Where the reader left each article (continue where you left off). */
  positions: Pick<ReadingPositionStore, 'get'>;
  /** Puts the Save panel's code, save.js, into the sender's frame (./inject.ts). */
  injectSavePanel(tabId: number, frameId: number | undefined): Promise<BackgroundReplies['load-save']>;
  /** Injects the Listen player into the sender's tab (src/background/inject.ts, injectListen). */
  loadListen(tabId: number): Promise<void>;
}

/** The reply (a promise) for a message this handler takes; undefined for every other message (others may answer it). */
export function handleContentMessage(message: unknown, sender: SenderLike, deps: ContentMessageDeps): Promise<unknown> | undefined {
  if (!isContentToBackground(message) || !fromOwnContentScript(sender, deps.runtimeId)) return undefined;
  const tabId = sender.tab!.id!;
  const url = senderPageUrl(sender);
  const hostname = (url && siteOfUrl(url)?.hostname) || null;
  switch (message.type) {
    // The reader closed itself (close button, Escape): the button's tooltip goes back to "open".
    case 'reader-state':
      return deps.showReaderState(tabId, message.open);
    // The reader's "This site" panel: automatic modes are chosen where a click can ask for the site's access.
    case 'open-site-settings':
      return hostname ? deps.openSiteSettings(hostname, sender.tab?.index ?? -1) : Promise.resolve();
    case 'get-settings':
      return readerSettings(deps, hostname, url);
    case 'open-extractor':
      return deps.openExtractor();
    // The reader's Save panel opens for the first time.
    case 'load-save':
      return deps.injectSavePanel(tabId, sender.frameId);
    case 'load-listen':
      return deps.loadListen(tabId);
    // The reader's panel: one change at a time, against the stored settings (the store's lock), so quick clicks
    // here and on the options page all land.
    case 'set-site-never':
      if (!hostname) return Promise.reject(new Error('not a web page'));
      return deps.store.updateSite(hostname, (current) => ({ mode: modeAfterToggle(current.mode, 'never', message.never) }));
    case 'set-site-step':
      if (!hostname) return Promise.reject(new Error('not a web page'));
      return deps.store.setStepEnabled(hostname, message.stepId, message.on);
    default: {
      // A new message type must be answered here: the type check fails until it is.
      const unanswered: never = message;
      return unanswered;
    }
  }
}

/** The preferences, the page's site settings and, when resume is on, where the reader left the sender's article. */
async function readerSettings(deps: ContentMessageDeps, hostname: string | null, url: string | undefined): Promise<BackgroundReplies['get-settings']> {
  // The place is read beside the settings, not after them (the reply is on the opening's path), and dropped when
  // resume is off. A lost place costs nothing worth failing the opening for.
  const [global, site, place] = await Promise.all([
    deps.store.getGlobal(),
    hostname ? deps.store.getSite(hostname) : defaultSite(),
    url ? deps.positions.get(url).catch(() => null) : null,
  ]);
  return { prefs: global.reader, site, resume: global.resume, position: global.resume ? place : null };
}
