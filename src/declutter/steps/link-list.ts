// Lists made of nothing but links: menus ("Home", "News", "Sports"), breadcrumbs and teaser lists of other
// stories that Readability keeps when they sit inside the article's container. In a story, a list's items
// say something; when every item is only a link to elsewhere, the list is a way off the page.
// A <nav> element in the article is navigation by definition (breadcrumbs, a table of contents, a menu).
// A list whose items carry their own words beside the link stays (tests/fixtures/link-list/negative--annotated.html).
// Older sites lay their menus out in tables, one short link a cell ("POLITICS | CULTURE | SPORT", in a row or a
// column): a table, or a row of one, whose cells with text are all short links is a menu too. A data table (one with
// header cells) and a table whose cells say more than a link stay (tests/fixtures/link-list/negative--tables.html).
// A calendar widget is such a list too: the days of a month, most of them links to that day's news, under the
// month's name (tests/fixtures/link-list/calendar--*.html). A numbered list of a story's points says more than a
// number (tests/fixtures/link-list/negative--annotated.html).
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
/** A calendar lists most days of a month: fewer, and the numbers may be anything. */
const MIN_CALENDAR_DAYS = 20;
/** Besides its days, a calendar has a caption or two (the month, "Today"). */
const MAX_CALENDAR_OTHER_ITEMS = 2;
const DAY_NUMBER = /^(?:[1-9]|[12]\d|3[01])$/u;

/** Whether the items are the days of a month, with a caption or two, some days links to their news (the days to
 * come are plain numbers; a list of numbers with no link at all is a story's). */
function isCalendar(items: Element[], memo?: RunMemo): boolean {
  if (items.length < MIN_CALENDAR_DAYS) return false;
  const days = items.filter((li) => DAY_NUMBER.test(textOf(li, memo).trim()));
  const linked = days.filter((li) => linkText(li, memo)).length;
  return days.length >= MIN_CALENDAR_DAYS && items.length - days.length <= MAX_CALENDAR_OTHER_ITEMS &&
    linked > 0;
}

/** A table, or a row of one, is a menu when this many of its cells or more are each one short link. */
const MIN_MENU_CELLS = 4;
/** A menu entry is a word or two ("Politics", "Weather"); a longer cell is a headline or a sentence. */
const MAX_MENU_CELL_CHARS = 30;
/** Where a table is content whatever it holds. */
const TABLE_CONTENT_CONTEXT = 'blockquote, pre, code';

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

/** Cells of `scope` (a table or a row) that belong to `table` itself, not to a table nested in it, and have text. */
function ownCells(scope: Element, table: Element, memo?: RunMemo): Element[] {
  return elementsOf(scope, 'td, th', memo).filter((c) => closestOf(c, 'table') === table && textOf(c, memo));
}

function isMenuCell(cell: Element, memo?: RunMemo): boolean {
  return cell.localName === 'td' && textOf(cell, memo).length <= MAX_MENU_CELL_CHARS && !!linkText(cell, memo) &&
    isLinkOnly(cell, memo);
}

function isMenu(cells: Element[], memo?: RunMemo): boolean {
  return cells.length >= MIN_MENU_CELLS && cells.every((c) => isMenuCell(c, memo));
}

/** Menus laid out in tables: whole tables of short links, else rows of them. */
function tableMenus(root: Element, memo?: RunMemo): Element[] {
  const out: Element[] = [];
  for (const table of elementsOf(root, 'table', memo)) {
    if (closestOf(table, TABLE_CONTENT_CONTEXT) || elementsOf(table, 'th', memo).length) continue;
    if (isMenu(ownCells(table, table, memo), memo)) {
      out.push(table);
      continue;
    }
    for (const row of elementsOf(table, 'tr', memo)) {
      if (closestOf(row, 'table') === table && isMenu(ownCells(row, table, memo), memo)) out.push(row);
    }
  }
  return out;
}

function find({ root, memo }: StepInput): Finding[] {
  const found: Finding[] = [];
  for (const menu of tableMenus(root, memo)) {
    found.push({ node: outermostSameText(menu, root, memo), reason: 'Menu laid out in a table' });
  }
  for (const list of elementsOf(root, 'ul, ol', memo)) {
    if (closestOf(list, CONTENT_CONTEXT)) continue;
    const items = childrenOf(list).filter((c) => c.tagName === 'LI' && textOf(c, memo));
    if (isCalendar(items, memo)) {
      found.push({ node: outermostSameText(list, root, memo), reason: 'Calendar of the site\'s news by day' });
      continue;
    }
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
