// Newsletter and subscription boxes inside the article: "Sign up for our newsletter", "Inscrivez-vous à
// notre newsletter", "Newsletter abonnieren". A box is short, starts with a newsletter phrase, and asks for
// something (a form, an e-mail field, a link or a button); a sentence about newsletters in the prose stays.
import { outermostOnly, outermostSameText } from '../findings';
import { textOf, textOfAtMost } from '../node-text';
import { firstOf, matchesOf } from '../selectors';
import { maybeShortTextElements } from '../text-lengths';
import { matchPrefix } from '../matchers';
import { normalizeWords } from '../normalize';
import type { RunMemo } from '../run-memo';
import type { Finding, Step, StepInput } from '../types';

export const id = 'newsletter';

/** A sign-up box says little: past this many characters it is prose. */
const MAX_BOX_CHARS = 280;
const ASKS = 'form, input, button, a[href]';

function find({ root, memo }: StepInput): Finding[] {
  const found: Finding[] = [];
  // Only elements that may be short are read: textContent costs a subtree's size (npm run bench).
  for (const el of maybeShortTextElements(root, MAX_BOX_CHARS, memo)) {
    if (!matchesOf(el, 'div, section, aside, form, p, h2, h3, h4, h5, h6, li')) continue;
    const text = textOfAtMost(el, MAX_BOX_CHARS, memo);
    if (!text) continue;
    if (!matchPrefix('newsletterPhrases', normalizeWords(text, memo))) continue;
    // A heading alone ("Newsletter") with a short box after it: take the box around it when there is one.
    const box = matchesOf(el, 'h2, h3, h4, h5, h6') && el.parentElement && el.parentElement !== root &&
      textOf(el.parentElement, memo).length <= MAX_BOX_CHARS ? el.parentElement : el;
    if (!firstOf(box, ASKS) && !matchesOf(box, 'form')) continue;
    found.push({ node: outermostSameText(box, root, memo), reason: 'Newsletter or subscription box' });
  }
  return outermostOnly(found);
}

export const step: Step = {
  id,
  kind: 'newsletter',
  description: 'Removes newsletter and subscription sign-up boxes.',
  find,
};
