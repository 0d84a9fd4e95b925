// The blocks that become one line each of the body text (text.ts): the steps that judge a whole line
// (a date line, a photo credit, a link-only paragraph) look at these, never at a fragment of a sentence.
import { elementsOf, isBlock } from './dom';

/** Blocks with no block inside them: each is one line of the text (or several, split by <br>). */
export function leafBlocks(root: Element): Element[] {
  // One pass, marking every ancestor of a block as holding one; the climb stops at the first ancestor already
  // marked (its own ancestors are marked too), so this is linear. Asking querySelector(<every block tag>) of each
  // block instead was quadratic: a quarter of the engine's time on long pages (npm run bench, aeb/287e4d9f4af3).
  const blocks = elementsOf(root).filter(isBlock);
  const holdsBlock = new Set<Element>();
  for (const el of blocks) {
    for (let p = el.parentElement; p && p !== root && !holdsBlock.has(p); p = p.parentElement) holdsBlock.add(p);
  }
  return blocks.filter((el) => !holdsBlock.has(el));
}
