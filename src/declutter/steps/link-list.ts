// Lists made of nothing but links: menus ("Home", "News", "Sports"), breadcrumbs and teaser lists of other
// stories that Readability keeps when they sit inside the article's container. In a story, a list's items
// say something; when every item is only a link to elsewhere, the list is a way off the page.
// A <nav> element in the article is navigation by definition (breadcrumbs, a table of contents, a menu).
// A list whose items carry their own words beside the link stays (tests/fixtures/link-list/negative--annotated.html).
import { outermostOnly, outermostSameText } from '../findings';
import { linkText, textOf } from '../node-text';
import { childrenOf, closestOf, elementsOf } from '../selectors';
import { MARKER_ATTR } from '../marker';
import { wordCharacters } from '../normalize';
import type { RunMemo } from '../run-memo';
import type { Finding, Step, StepInput } from '../types';

export const id = 'link-list';

/** Two links can be a "previous / next" pair in a story; menus and teaser lists have more. */
const MIN_ITEMS = 3;
/** Share of an item's text that its links must cover (the rest is a separator or a bullet). */
const MIN_ITEM_LINK_SHARE = 0.9;
/** Lists in a table or a quote are content. */
const CONTENT_CONTEXT = 'table, blockquote, pre, code';

function isLinkOnly(li: Element, memo?: RunMemo): boolean {
  const text = wordCharacters(textOf(li, memo));
  if (!text) return true;
  const links = wordCharacters(linkText(li, memo));
  return links.length / text.length >= MIN_ITEM_LINK_SHARE;
}

/**
 * Items an earlier step took out (a "Related: …" teaser): the list's children that are markers, or items whose
 * only child is one. They were links too. By hand, as the selector
 * `:scope > [marker], :scope > li > [marker]:only-child` would say it: jsdom's selector engine was most of this
 * step's time (npm run bench).
 */
function removedItems(list: Element): number {
  let n = 0;
  for (let c = list.firstElementChild; c; c = c.nextElementSibling) {
    if (c.hasAttribute(MARKER_ATTR)) n++;
    if (c.localName.toLowerCase() === 'li' && c.childElementCount === 1 && c.firstElementChild!.hasAttribute(MARKER_ATTR)) n++;
  }
  return n;
}

/** `nav, [role="navigation"]`, by hand (see removedItems). */
function isNavigation(el: Element): boolean {
  return el.localName.toLowerCase() === 'nav' || el.getAttribute('role') === 'navigation';
}

function find({ root, memo }: StepInput): Finding[] {
  const found: Finding[] = [];
  for (const list of elementsOf(root, 'ul, ol', memo)) {
    if (closestOf(list, CONTENT_CONTEXT)) continue;
    const items = childrenOf(list).filter((c) => c.tagName === 'LI' && textOf(c, memo));
    if (items.length + removedItems(list) < MIN_ITEMS || !items.length || !items.every((x) => isLinkOnly(x, memo))) continue;
    found.push({ node: outermostSameText(list, root, memo), reason: 'List of links to other pages (menu or teasers)' });
  }
  for (const nav of elementsOf(root, '*', memo).filter(isNavigation)) {
    if (closestOf(nav, CONTENT_CONTEXT) || !textOf(nav, memo)) continue;
    found.push({ node: outermostSameText(nav, root, memo), reason: 'Navigation block (menu or breadcrumbs)' });
  }
  return outermostOnly(found);
}

export const step: Step = {
  id,
  kind: 'navigation',
  description: 'Removes menus, breadcrumbs and lists made only of links to other pages.',
  find,
};
