// Labels of page controls that reader views keep as lines of their own: "Skip to content", "Sign in",
// "Caption", "Close", "Enlarge image", "View author archive". The words are data (words/<lang>.ts, uiLabels),
// matched against an element's whole text, so a sentence that contains them stays
// (tests/fixtures/ui-label/negative--prose.html).
import { firstOf, MEDIA_SELECTOR, outermostOnly, outermostSameText, shortTextElements } from '../dom';
import { isWholeMatch, MAX_LABEL_CHARS } from '../matchers';
import type { Finding, Step, StepInput } from '../types';

export const id = 'ui-label';

/** Headings and table cells that say "Next" or "Close" are content (a chapter, a column). */
const CONTENT_CONTEXT = 'table, h1, h2, h3, pre, code';

function find({ root }: StepInput): Finding[] {
  const found: Finding[] = [];
  for (const el of shortTextElements(root, MAX_LABEL_CHARS)) {
    const text = el.textContent ?? '';
    if (text.length > MAX_LABEL_CHARS || !text.trim()) continue;
    // The word match before the DOM queries: it is a Set lookup, and rules out nearly every element.
    if (!isWholeMatch('uiLabels', text) || firstOf(el, MEDIA_SELECTOR) || el.closest(CONTENT_CONTEXT)) continue;
    found.push({ node: outermostSameText(el, root), reason: 'Label of a page control (sign-in, gallery, skip link)' });
  }
  return outermostOnly(found);
}

export const step: Step = {
  id,
  kind: 'boilerplate',
  description: 'Removes labels of page controls such as "Skip to content", "Sign in" or "Enlarge image".',
  find,
};
