// Grids of teaser cards for other stories that Readability keeps inside the article: each card a thumbnail
// that links to another page and a short headline ("SHORT KICKER / One-line headline"). A card has media, a
// link to a page (not to an image file or an anchor) and little text; a grid has several of them side by
// side and nothing else. A photo gallery (links to image files, captions in figures) and a list of annotated
// links stay (tests/fixtures/teaser-cards/negative--gallery-and-list.html).
import { outermostOnly, outermostSameText } from '../findings';
import { textOf } from '../node-text';
import { childrenOf, closestOf, elementsOf, firstOf } from '../selectors';
import { MARKER_ATTR } from '../marker';
import type { RunMemo } from '../run-memo';
import type { Finding, Step, StepInput } from '../types';

export const id = 'teaser-cards';

/** Two cards can be an illustrated "previous / next" pair; teaser grids have three or more. */
const MIN_CARDS = 3;
/** A card's text is a kicker and a headline, maybe a date: past this it holds a story of its own. */
const MAX_CARD_CHARS = 250;
const MEDIA = 'img, picture, video';
/** Links that open an image or jump within the page belong to galleries, not to teasers. */
const NOT_A_PAGE = /^#|\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)/iu;
const CONTENT_CONTEXT = 'figure, table, blockquote, pre, code';

/** The card's target, or null when el is not a teaser card. */
function cardTarget(el: Element, memo?: RunMemo): string | null {
  if (el.localName.toLowerCase() === 'figure' || !firstOf(el, MEDIA)) return null;
  const text = textOf(el, memo);
  if (text.length > MAX_CARD_CHARS) return null;
  // Something to read besides a caption: the headline.
  const captions = elementsOf(el, 'figcaption', memo).map((n) => textOf(n, memo)).join('');
  if (text.length <= captions.length) return null;
  const href = elementsOf(el, 'a[href]', memo).map((a) => a.getAttribute('href')?.trim() ?? '').find((h) => h && !NOT_A_PAGE.test(h));
  return href ?? null;
}

function find({ root, memo }: StepInput): Finding[] {
  const found: Finding[] = [];
  for (const grid of elementsOf(root, 'div, section, aside, ul, ol', memo)) {
    if (grid.childElementCount < MIN_CARDS) continue;
    const children = childrenOf(grid).filter((c) => !c.hasAttribute(MARKER_ATTR));
    if (children.length < MIN_CARDS || closestOf(grid, CONTENT_CONTEXT)) continue;
    const targets = new Set<string>();
    let cards = true;
    for (const c of children) {
      const target = cardTarget(c, memo);
      if (!target) {
        cards = false;
        break;
      }
      targets.add(target);
    }
    if (!cards || targets.size < MIN_CARDS) continue;
    found.push({ node: outermostSameText(grid, root, memo), reason: 'Teaser cards for other stories' });
  }
  return outermostOnly(found);
}

export const step: Step = {
  id,
  kind: 'related-link',
  description: 'Removes grids of illustrated teaser cards that link to other stories.',
  find,
};
