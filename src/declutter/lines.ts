// The elements that become one line each of the body text (text.ts): the steps that judge a whole line
// (a date line, a photo credit, a link-only paragraph) look at these, never at a fragment of a sentence.
// A line is a block with no block inside it, or an inline element that a block holds between other blocks
// (<div><h2>Title</h2><span>Updated 9:41</span></div>: the span is a line of its own,
// tests/fixtures/timestamp/line-beside-a-heading.html).
import { isBlock } from './block-tags';
import { elementsOf } from './selectors';
import type { RunMemo } from './run-memo';

/** Whether a sibling ends a line: a block, a <br>, or nothing. Whitespace text and comments do not count. */
function isLineEdge(node: Node | null, next: (n: Node) => Node | null): boolean {
  for (let n = node; n; n = next(n)) {
    if (n.nodeType === 8 || (n.nodeType === 3 && !(n as Text).data.trim())) continue;
    return n.nodeType === 1 && (isBlock(n as Element) || (n as Element).tagName === 'BR');
  }
  return true;
}

/** Elements that are one line of the text each (or several, split by <br>), in page order. */
export function leafBlocks(root: Element, memo?: RunMemo): Element[] {
  // Seven steps ask for the lines: given a run's memo, one answer (run-memo.ts) that callers only read.
  const table = memo?.tree<Element, Element[]>('leafBlocks');
  const known = table?.get(root);
  if (known) return known;
  const out = findLeafBlocks(root, memo);
  table?.set(root, out);
  return out;
}

function findLeafBlocks(root: Element, memo?: RunMemo): Element[] {
  // One pass, marking every ancestor of a block as holding one; the climb stops at the first ancestor already
  // marked (its own ancestors are marked too), so this is linear. Asking querySelector(<every block tag>) of each
  // block instead was quadratic: a quarter of the engine's time on long pages (npm run bench, aeb/287e4d9f4af3).
  const all = elementsOf(root, '*', memo);
  // Each element's tag is asked once: under jsdom a tagName costs more than a Set lookup (npm run bench).
  const blocks = new Set<Element>();
  const holdsBlock = new Set<Element>();
  for (const el of all) {
    if (!isBlock(el)) continue;
    blocks.add(el);
    for (let p = el.parentElement; p && !holdsBlock.has(p); p = p === root ? null : p.parentElement) holdsBlock.add(p);
  }
  const out: Element[] = [];
  for (const el of all) {
    if (holdsBlock.has(el)) continue;
    if (blocks.has(el)) {
      out.push(el);
      continue;
    }
    // An inline element is a line when its parent holds blocks too and blocks (or <br>s) stand on both sides.
    const parent = el.parentElement;
    if (!parent || !holdsBlock.has(parent) || !(parent === root || blocks.has(parent))) continue;
    if (isLineEdge(el.previousSibling, (n) => n.previousSibling) && isLineEdge(el.nextSibling, (n) => n.nextSibling)) out.push(el);
  }
  return out;
}
