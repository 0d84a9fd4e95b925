// What the extractor answers, and to whom: only this extension's own content scripts, in a tab (an extension page
// or another extension gets nothing, and the listener claims no reply, so the background may answer its own).
import { isExtractRequest, isRelatedRequest, type RelatedReply } from '../shared/messages';
import { fromOwnContentScript, type SenderLike } from '../shared/sender';
import { extractHtml, relatedHtml, type SanitizerSource } from './extract';
import { createRelatedLater } from './related-later';

export function createExtractorAnswer(runtimeId: string, sanitizer: SanitizerSource) {
  const later = createRelatedLater();
  return (message: unknown, sender: SenderLike): Promise<unknown> | undefined => {
    if (!fromOwnContentScript(sender, runtimeId)) return undefined;
    if (isRelatedRequest(message)) {
      return later.take(message.id).then((related): RelatedReply => ({ kind: 'related', related }));
    }
    if (!isExtractRequest(message)) return undefined;
    const reply = extractHtml(message, sanitizer);
    if (reply.kind === 'article') {
      const { removed } = reply.article;
      later.keep(message.id, () => relatedHtml(message, removed));
    }
    return Promise.resolve(reply);
  };
}
