// Shows the sentence being read, and keeps it in view. Spans wrapped around the sentence's text, inside the
// reader's closed shadow root: the CSS Custom Highlight API would be simpler, but its registry is the document's,
// where the page could read the ranges (and through them the reader's nodes).
import type { Block } from './blocks';

export const MARK_CLASS = 'nd-listen-mark';
export const BLOCK_CLASS = 'nd-listen-block';

/** Where the sentence sits once scrolled: a third down the view, so what follows is visible too. */
const VIEW_FRACTION = 1 / 3;

export interface Highlighter {
  show(block: Block, start: number, end: number): void;
  clear(): void;
}

export function createHighlighter(doc: Document): Highlighter {
  let marks: HTMLElement[] = [];
  let current: Element | null = null;

  function clear(): void {
    const parents = new Set<Node>();
    for (const mark of marks) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      mark.remove();
      parents.add(parent);
    }
    // Joined again, so the block's text nodes are as the reader made them.
    for (const parent of parents) parent.normalize();
    marks = [];
    current?.classList.remove(BLOCK_CLASS);
    if (current?.getAttribute('class') === '') current.removeAttribute('class');
    current = null;
  }

  function keepInView(target: Element): void {
    const scroller = target.closest('.nd-scroll');
    if (!scroller) return;
    const view = scroller.getBoundingClientRect();
    const rect = target.getBoundingClientRect();
    if (rect.top >= view.top && rect.bottom <= view.bottom) return;
    scroller.scrollTop += rect.top - view.top - view.height * VIEW_FRACTION;
  }

  return {
    clear,
    show(block, start, end) {
      clear();
      current = block.element;
      current.classList.add(BLOCK_CLASS);
      for (const piece of block.locate(start, end)) {
        let node = piece.node;
        if (piece.start > 0) node = node.splitText(piece.start);
        if (piece.end - piece.start < node.data.length) node.splitText(piece.end - piece.start);
        const mark = doc.createElement('span');
        mark.className = MARK_CLASS;
        node.replaceWith(mark);
        mark.appendChild(node);
        marks.push(mark);
      }
      keepInView(marks[0] ?? current);
    },
  };
}
