// The blocks that become one line each of the body text (text.ts): the steps that judge a whole line
// (a date line, a photo credit, a link-only paragraph) look at these, never at a fragment of a sentence.
import { elementsOf, isBlock } from './dom';

const BLOCK_SELECTOR = 'address, article, aside, blockquote, dd, details, div, dl, dt, fieldset, figcaption, figure, ' +
  'footer, form, h1, h2, h3, h4, h5, h6, header, hr, li, main, nav, ol, p, pre, section, table, tbody, thead, tfoot, ' +
  'tr, td, th, ul, caption, summary';

/** Blocks with no block inside them: each is one line of the text (or several, split by <br>). */
export function leafBlocks(root: Element): Element[] {
  return elementsOf(root, BLOCK_SELECTOR).filter((el) => isBlock(el) && !el.querySelector(BLOCK_SELECTOR));
}
