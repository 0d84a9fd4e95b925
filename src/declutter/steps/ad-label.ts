// Ad slot labels left behind when the ad itself did not load: "Publicité", "Advertisement", "Anzeige".
// Matched against an element's whole text only: "Spending on advertisement fell" is prose and stays
// (tests/fixtures/ad-label/negative--prose.html).
import { findLabels } from '../label-finder';
import type { Finding, Step, StepInput } from '../types';

export const id = 'ad-label';

/** Where a label-like word is content: a heading or caption titled "Advertising", a table cell, a list item. */
const CONTENT_CONTEXT = 'h1, h2, h3, h4, h5, h6, figcaption, caption, th, td, li, dt, dd, label, code, pre';

function find({ root, memo }: StepInput): Finding[] {
  return findLabels(root, { list: 'adLabels', contentContext: CONTENT_CONTEXT, reason: 'Ad slot label with no article text' }, memo);
}

export const step: Step = {
  id,
  kind: 'ad-label',
  description: 'Removes ad slot labels such as "Advertisement", "Publicité" or "Anzeige".',
  find,
};
