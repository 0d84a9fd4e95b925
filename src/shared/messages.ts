// Every message between the background and the content script, named by direction (STYLE rule 8).
// Each direction is a discriminated union on `type`; replies are typed per request.
// Messages arrive as `unknown` (another extension page or a stale script could send anything), so each
// receiver narrows them with the guards below before acting.
import type { Article, RelatedLink } from '../declutter/types';
import type { GlobalSettings, SiteSettings } from '../settings/schema';

/** Background → content script. */
export type BackgroundToContent =
  /** Open the reader, or close it when it is open (toolbar button, shortcut, context menu). */
  { type: 'toggle' };

/** The content script's reply to each background → content message. */
export interface ContentReplies {
  toggle:
    | { type: 'reader-state'; open: boolean }
    /** A document the reader cannot read, such as Chromium's PDF viewer, which lets scripts in. */
    | { type: 'unsupported'; reason: 'pdf' };
}

/** Content script → background. */
export type ContentToBackground =
  /** The reader opened or closed on its own (close button, Escape): the button's tooltip follows it. */
  | { type: 'reader-state'; open: boolean }
  /**
   * The reader's "This site" panel asks for an automatic mode, which needs permissions.request, an API content
   * scripts do not have: the background opens the options page on the sender's site's row, where the user's click
   * asks. No message names a site: the background takes it from the sender (src/background/content-messages.ts).
   */
  | { type: 'open-site-settings' }
  /**
   * The reader's preferences and the sender's site settings, read by the background. Why not from storage
   * directly: a content script's first storage read in Firefox 153 takes two round trips, the second sent only
   * once the engine has finished (8 ms after extraction, npm run bench); a message goes out at once and its
   * answer waits while the engine runs.
   */
  | { type: 'get-settings' }
  /** The reader's panel (un)checks "never run on this site"; the reply is the site's settings as stored. */
  | { type: 'set-site-never'; never: boolean }
  /** The reader's panel switches a cleaning step on or off for the sender's site; the reply is the site's settings. */
  | { type: 'set-site-step'; stepId: string; on: boolean }
  /**
   * Chrome: the extractor's offscreen document is not open (the browser was restarted since the last click, or
   * a site's registered script asks first). The background opens it (src/platform/index.ts, openExtractor).
   */
  | { type: 'open-extractor' }
  /** The reader's Listen is used for the first time on this page: inject its player, listen.js (src/content/listen/). */
  | { type: 'load-listen' }
  /**
   * The reader's Save panel opens for the first time: the background puts its code, save.js, into the tab
   * (src/shared/save-chunk.ts), where the content script then finds it.
   */
  | { type: 'load-save' };

/** The background's reply to each content → background message that has one. */
export interface BackgroundReplies {
  'get-settings': {
    prefs: GlobalSettings['reader'];
    site: SiteSettings;
    resume: GlobalSettings['resume'];
    /**
     * Where the reader left the article at the asking frame's address (the sender's, never one in the message): a
     * block index, or null. Sent with the settings, so the reader opens there without a storage read of its own.
     */
    position: number | null;
  };
  'load-save': { loaded: true };
  'set-site-never': SiteSettings;
  'set-site-step': SiteSettings;
}

/**
 * Content script → the extractor (src/extractor/): read this page. The content script sends the page's HTML and
 * the extension reads it in a page of its own (Firefox's background page, Chrome's offscreen document), where no
 * DOM call crosses the content script's wrappers and the engine stays compiled from one page to the next
 * (docs/performance.md).
 */
export interface ExtractRequest {
  type: 'extract';
  /** Names this reading: the content script asks for its related links by it, once the article is here (RelatedRequest). */
  id: string;
  /** The page's HTML as it is now, pruned of what the engine leaves out (src/content/page-html.ts). */
  html: string;
  /** Whether the page renders in standards mode: the HTML is parsed again in the same mode. */
  standards: boolean;
  /** The page's address, for related links and the site name. */
  url: string;
  /** The address relative links resolve against on the page (its <base> applied): document.baseURI. */
  baseUrl: string;
  force: boolean;
  disabledSteps: string[];
}

/** On a <noscript> of ExtractRequest.html: the element's raw text, to be parsed as its markup (src/content/extraction.ts). */
export const NOSCRIPT_TEXT_ATTR = 'data-nd-noscript-text';

/** The extractor's reply. It has no i18n API in Chrome's offscreen document: the content script words errors. */
export type ExtractReply =
  /** `article.related` is empty: the related links follow on a RelatedRequest. */
  | { kind: 'article'; article: Article }
  | { kind: 'no-article' }
  /** The browser has no HTML Sanitizer API (the manifests ask for browsers that do; one that lies is told why). */
  | { kind: 'no-sanitizer' }
  | { kind: 'failed'; message: string };

/**
 * Content script → the extractor, once the article is painted: the related links of reading `id`. The extractor
 * sends the article first, with `related` empty, and collects the related links when asked, from a parse of its own
 * of the same HTML (src/extractor/main.ts): the reader shows the article without waiting for them
 * (docs/performance.md).
 */
export interface RelatedRequest {
  type: 'related';
  id: string;
}

/** The related links of a reading; none when the extractor no longer knows it (Chrome closed its document since). */
export interface RelatedReply {
  kind: 'related';
  related: RelatedLink[];
}

export function isRelatedReply(value: unknown): value is RelatedReply {
  return (value as { kind?: unknown } | null)?.kind === 'related' && Array.isArray((value as { related?: unknown }).related);
}

export function isRelatedRequest(value: unknown): value is RelatedRequest {
  return hasType(value) && value.type === 'related' && typeof (value as { id?: unknown }).id === 'string';
}

export function isExtractRequest(value: unknown): value is ExtractRequest {
  if (!hasType(value) || value.type !== 'extract') return false;
  const v = value as Partial<ExtractRequest>;
  return typeof v.id === 'string' && typeof v.html === 'string' && typeof v.url === 'string' && typeof v.baseUrl === 'string' &&
    typeof v.force === 'boolean' && typeof v.standards === 'boolean' &&
    Array.isArray(v.disabledSteps) && v.disabledSteps.every((id) => typeof id === 'string');
}

function hasType(value: unknown): value is { type: unknown } {
  return typeof value === 'object' && value !== null && 'type' in value;
}

export function isBackgroundToContent(value: unknown): value is BackgroundToContent {
  return hasType(value) && value.type === 'toggle';
}

export function isContentToBackground(value: unknown): value is ContentToBackground {
  if (!hasType(value)) return false;
  if (value.type === 'reader-state') return typeof (value as { open?: unknown }).open === 'boolean';
  if (value.type === 'open-site-settings' || value.type === 'open-extractor' || value.type === 'get-settings' || value.type === 'load-listen' || value.type === 'load-save') return true;
  if (value.type === 'set-site-never') return typeof (value as { never?: unknown }).never === 'boolean';
  if (value.type === 'set-site-step') {
    const { stepId, on } = value as { stepId?: unknown; on?: unknown };
    return typeof stepId === 'string' && typeof on === 'boolean';
  }
  return false;
}
