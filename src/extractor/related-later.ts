// The related links of the extractor's last readings, collected when the content script asks for them by the
// reading's id, once the article is painted: the reader shows the article without waiting for them
// (docs/performance.md).
import type { RelatedLink } from '../declutter/types';

/** Readings kept: a tab that never asks (closed meanwhile) must not keep its page's HTML here for good. */
export const KEPT_READINGS = 8;

export interface RelatedLater {
  /** Keeps how to collect `id`'s related links, for when the content script asks. */
  keep(id: string, collect: () => RelatedLink[]): void;
  /** `id`'s related links, once; none for a reading this page does not know. */
  take(id: string): Promise<RelatedLink[]>;
}

export function createRelatedLater(kept = KEPT_READINGS): RelatedLater {
  const pending = new Map<string, () => RelatedLink[]>();
  return {
    keep(id, collect) {
      // Collected only when asked: the content script asks once the article is painted, so that this work does not
      // compete with the painting for the CPU (collecting right after the answer made the opening slower, A/B).
      pending.set(id, collect);
      for (const oldest of pending.keys()) {
        if (pending.size <= kept) break;
        pending.delete(oldest);
      }
    },
    take(id) {
      const found = pending.get(id);
      pending.delete(id);
      return Promise.resolve(found ? found() : []);
    },
  };
}
