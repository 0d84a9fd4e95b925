// Ad slot labels left behind when the ad itself did not load: "Publicité", "Advertisement", "Anzeige".
// Matched against an element's whole text only: "Spending on advertisement fell" is prose and stays
// (tests/fixtures/ad-label/negative--prose.html).
import { firstOf, MEDIA_SELECTOR, outermostOnly, outermostSameText, shortTextElements } from '../dom';
import { isWholeMatch, MAX_LABEL_CHARS } from '../matchers';
import type { Finding, Step, StepInput } from '../types';

export const id = 'ad-label';

/** Where a label-like word is content: a heading or caption titled "Advertising", a table cell, a list item. */
const CONTENT_CONTEXT = 'h1, h2, h3, h4, h5, h6, figcaption, caption, th, td, li, dt, dd, label, code, pre';

function find({ root }: StepInput): Finding[] {
  const found: Finding[] = [];
  for (const el of shortTextElements(root, MAX_LABEL_CHARS)) {
    // Leaf-most check first: the element's own text must be short and be a label in some language.
    const text = el.textContent ?? '';
    if (text.length > MAX_LABEL_CHARS || !text.trim()) continue;
    // The word match before the DOM queries: it is a Set lookup, and rules out nearly every element.
    if (!isWholeMatch('adLabels', text) || firstOf(el, MEDIA_SELECTOR) || el.closest(CONTENT_CONTEXT)) continue;
    found.push({ node: outermostSameText(el, root), reason: 'Ad slot label with no article text' });
  }
  return outermostOnly(found);
}

export const step: Step = {
  id,
  kind: 'ad-label',
  description: 'Removes ad slot labels such as "Advertisement", "Publicité" or "Anzeige".',
  find,
};
