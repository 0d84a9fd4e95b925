// Asks the extractor (src/extractor/) to read this page: the page's HTML goes out as one string and the engine's
// reply comes back; the content script never runs the engine itself.
//
// Why not run it here: in a Firefox content script every DOM call the engine makes crosses an Xray wrapper, 2-3x
// slower than in a page of the extension's own (docs/decisions/0001-engine-placement.md),
// and the engine was most of a 150 KB script compiled anew on every click. Sending the page costs a native clone, a
// prune with native selector matching and one native serialization (page-html.ts).
// The HTML never leaves the browser: the extractor is the extension's own page.
import { browser, getMessage } from '../platform';
import { engineHere } from '../platform/engine-place';
import type { RelatedLink } from '../declutter/types';
import { type ExtractReply, type ExtractRequest, isRelatedReply, type RelatedRequest } from '../shared/messages';
import { mark, MARKS } from './marks';
import { extractionRequest } from './page-html';
import type { ReaderContent } from './reader/api';

type Send = (message: unknown) => Promise<unknown>;

function isReply(value: unknown): value is ExtractReply {
  const kind = (value as { kind?: unknown } | null)?.kind;
  return kind === 'article' || kind === 'no-article' || kind === 'no-sanitizer' || kind === 'failed';
}

/** The reader's view of a reply; `t` words the errors (the extractor has no i18n API in Chrome). */
export function readerContent(reply: ExtractReply, t: (key: string) => string): ReaderContent {
  switch (reply.kind) {
    case 'article':
      return { kind: 'article', article: reply.article };
    case 'no-article':
      return { kind: 'no-article' };
    case 'no-sanitizer':
      return { kind: 'error', message: t('errorNoSanitizer') };
    case 'failed':
      return { kind: 'error', message: reply.message };
  }
}

/**
 * Sends the request; when nobody answers (Chrome, its offscreen document not open: a site's registered script
 * asking before any click opened it), asks the background to open it and sends once more.
 */
export async function askExtractor(request: ExtractRequest, send: Send): Promise<ExtractReply | null> {
  const reply = await send(request).catch(() => undefined);
  if (isReply(reply)) return reply;
  await send({ type: 'open-extractor' });
  const again = await send(request);
  return isReply(again) ? again : null;
}

/**
 * The longest page HTML sent, in characters. Chrome refuses a message over 64 MiB of JSON and escaping can double a
 * string; past this the reader says the page is too large instead of showing the browser's own error. Real pages
 * are far below it: the corpus's largest is 1.6 MB before pruning, the hostile suite's page of 50,000 elements 0.9 MB.
 */
export const MAX_PAGE_CHARS = 24_000_000;

/** What reading the page gave: what the reader shows now, and the article's related links, which come after it. */
export interface PageReading {
  content: ReaderContent;
  /** Asks the extractor once; none for anything but an article, or when it cannot say. Never rejects. */
  related(): Promise<RelatedLink[]>;
}

const NO_RELATED = async (): Promise<RelatedLink[]> => [];

export async function extractPage(
  doc: Document, force: boolean, disabledSteps: readonly string[], maxChars = MAX_PAGE_CHARS,
): Promise<PageReading> {
  const failed = (message: string): PageReading => ({ content: { kind: 'error', message }, related: NO_RELATED });
  if (engineHere) {
    // This browser runs the engine here (src/platform/engine-place.ts); the page's HTML goes nowhere.
    const here = engineHere.read(doc, force, disabledSteps, () => mark(MARKS.extractSent));
    return { content: readerContent(here.reply, getMessage), related: async () => here.related() };
  }
  try {
    const request = extractionRequest(doc, force, disabledSteps);
    if (request.html.length > maxChars) return failed(getMessage('errorPageTooLarge'));
    mark(MARKS.extractSent);
    const send: Send = (m) => browser.runtime.sendMessage(m);
    const reply = await askExtractor(request, send);
    if (!reply) return failed(getMessage('errorNoExtractor'));
    return { content: readerContent(reply, getMessage), related: reply.kind === 'article' ? () => askRelated(request.id, send) : NO_RELATED };
  } catch (error) {
    console.error('News Declutter: extraction failed:', error);
    return failed(error instanceof Error ? error.message : String(error));
  }
}

/** The related links of reading `id` (src/extractor/main.ts sends them after the article). */
export async function askRelated(id: string, send: Send): Promise<RelatedLink[]> {
  const request: RelatedRequest = { type: 'related', id };
  try {
    const reply = await send(request);
    return isRelatedReply(reply) ? reply.related : [];
  } catch (error) {
    // The article is on screen already: a missing Related list is not worth an error over it.
    console.warn('News Declutter: no related links:', error);
    return [];
  }
}
