// The shape of the engine in the content script (./engine-here.ts), apart from it, so that ./engine-place.ts
// can name it without pulling the engine into a bundle.
import type { RelatedLink } from '../declutter/types';
import type { ExtractReply } from '../shared/messages';

export interface PageReadHere {
  reply: ExtractReply;
  /** The page's related links, from a copy of their own, when asked (after the article is painted). Never throws. */
  related(): RelatedLink[];
}

export interface EngineHere {
  /** Reads `doc` (the live page, left untouched); `copied` is called once the pruned copy is made (a bench mark). */
  read(doc: Document, force: boolean, disabledSteps: readonly string[], copied?: () => void): PageReadHere;
}
