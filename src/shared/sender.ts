// Who sent a runtime message, as the browser reports it. A message's own fields are never trusted for where it
// came from: the site a content script acts for is the sender's page, and only this extension's content
// scripts (a tab, this extension's id) may ask for a page's settings or an extraction.

/** The parts of runtime.MessageSender read here (both browsers fill them for content scripts). */
export interface SenderLike {
  id?: string;
  /** The sending frame's URL. */
  url?: string;
  /** The sending frame's id (0: the tab's top frame). */
  frameId?: number;
  tab?: { id?: number; index?: number; url?: string };
}

/** Whether the message comes from one of this extension's content scripts in a tab (not an extension page). */
export function fromOwnContentScript(sender: SenderLike, runtimeId: string): boolean {
  return sender.id === runtimeId && sender.tab !== undefined && typeof sender.tab.id === 'number' && sender.tab.id >= 0;
}

/** The address of the page the sender runs in: the frame's, else its tab's. */
export function senderPageUrl(sender: SenderLike): string | undefined {
  return sender.url ?? sender.tab?.url;
}
