// Where a line that reads like clutter is content instead: a quote, a heading, a table (a step's contentContext
// selector). A table counts only when it holds data: older sites lay out the whole page in tables, the story in one
// cell and the report-a-typo notice, the comment heading and the share labels in others, and Readability hands the
// steps such a table as the article (tests/fixtures/comment-remnant/layout-table.html). Such a table is not content.
import { textOfAtMost } from './node-text';
import { closestOf, elementsOf } from './selectors';
import type { RunMemo } from './run-memo';

/** A cell longer than this holds a story (a few paragraphs), not a datum: its table lays out the page. */
const LAYOUT_CELL_CHARS = 350;

/** Whether el sits in one of `selector`'s places, a layout table not counting as a table. */
export function inContentContext(el: Element, selector: string, memo?: RunMemo): boolean {
  for (let p = closestOf(el, selector); p; p = p.parentElement ? closestOf(p.parentElement, selector) : null) {
    if (p.localName !== 'table' || !isLayoutTable(p, memo)) return true;
  }
  return false;
}

/** A table that lays out the page: one that holds another table, or a cell as long as a story. */
export function isLayoutTable(table: Element, memo?: RunMemo): boolean {
  const known = memo?.tree<Element, boolean>('layoutTable');
  const answer = known?.get(table);
  if (answer !== undefined) return answer;
  const layout = elementsOf(table, 'table', memo).length > 0 ||
    elementsOf(table, 'td', memo).some((cell) => textOfAtMost(cell, LAYOUT_CELL_CHARS, memo) === null);
  known?.set(table, layout);
  return layout;
}
