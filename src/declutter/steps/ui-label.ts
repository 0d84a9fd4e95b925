// Labels of page controls that reader views keep as lines of their own: "Skip to content", "Sign in",
// "Caption", "Close", "Enlarge image", "View author archive". The words are data (words/<lang>.ts, uiLabels),
// matched against an element's whole text, so a sentence that contains them stays
// (tests/fixtures/ui-label/negative--prose.html).
import { findLabels } from '../label-finder';
import type { Finding, Step, StepInput } from '../types';

export const id = 'ui-label';

/** Headings and table cells that say "Next" or "Close" are content (a chapter, a column). */
const CONTENT_CONTEXT = 'table, h1, h2, h3, pre, code';

function find({ root, memo }: StepInput): Finding[] {
  return findLabels(root, { list: 'uiLabels', contentContext: CONTENT_CONTEXT, reason: 'Label of a page control (sign-in, gallery, skip link)' }, memo);
}

export const step: Step = {
  id,
  kind: 'boilerplate',
  description: 'Removes labels of page controls such as "Skip to content", "Sign in" or "Enlarge image".',
  find,
};
