// Hover cards inside a sentence: a name in the prose opens a popup with a photo and links to other stories
// ("Jane Roe [photo] Jane Roe · Council weighs bridge · Fares to rise · MORE"). Readers of the page never see
// it unless they point at the name, but Readability keeps its text inside the sentence. A card is an inline
// element within a paragraph that holds an image and several links and says nothing else; the name that
// opens it stays (tests/fixtures/inline-card/negative--linked-prose.html).
import { isBlock } from '../block-tags';
import { outermostOnly, outermostSameText } from '../findings';
import { linkText, textOf } from '../node-text';
import { elementsOf, matchesOf } from '../selectors';
import { wordCharacters } from '../normalize';
import type { RunMemo } from '../run-memo';
import type { Finding, Step, StepInput } from '../types';

export const id = 'inline-card';

/** A card lists a few stories: a sentence with one or two links is prose. */
const MIN_LINKS = 3;
/** Share of the card's word characters that are link text. */
const MIN_LINK_SHARE = 0.9;
const INLINE = 'span, a, em, strong, b, i, small';

function isCardLike(el: Element, memo?: RunMemo): boolean {
  if (elementsOf(el, 'a[href]', memo).length < MIN_LINKS) return false;
  const chars = wordCharacters(textOf(el, memo));
  return !!chars && wordCharacters(linkText(el, memo)).length / chars.length >= MIN_LINK_SHARE;
}

/** The inline elements that hold an image: only ancestors of one can be cards. Climbing from the few images
 * instead of asking every inline element for one was most of this step's time (npm run bench). */
function inlinesWithImage(root: Element, memo?: RunMemo): Set<Element> {
  const seen = new Set<Element>();
  const out = new Set<Element>();
  for (const img of elementsOf(root, 'img, picture', memo)) {
    for (let p = img.parentElement; p && p !== root && !seen.has(p); p = p.parentElement) {
      seen.add(p);
      if (matchesOf(p, INLINE)) out.add(p);
    }
  }
  return out;
}

function find({ root, memo }: StepInput): Finding[] {
  const found: Finding[] = [];
  const withImage = inlinesWithImage(root, memo);
  if (!withImage.size) return [];
  const candidates = elementsOf(root, INLINE, memo).filter((el) => withImage.has(el) && isCardLike(el, memo));
  // The innermost: the wrapper that also holds the linked name which opens the card is card-like too.
  const innermost = candidates.filter((c) => !candidates.some((o) => o !== c && c.contains(o)));
  for (const el of innermost) {
    const chars = wordCharacters(textOf(el, memo));
    const card = outermostSameText(el, root, memo);
    // Inside a sentence: the nearest block holds more words than the card.
    let block = card.parentElement;
    while (block && block !== root && !isBlock(block)) block = block.parentElement;
    if (!block || isBlock(card) || wordCharacters(textOf(block, memo)).length <= chars.length) continue;
    found.push({ node: card, reason: 'Hover card (photo and story links) inside a sentence' });
  }
  return outermostOnly(found);
}

export const step: Step = {
  id,
  kind: 'related-link',
  description: 'Removes hover cards with a photo and story links that sit inside a sentence.',
  find,
};
