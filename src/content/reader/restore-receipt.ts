// Puts one receipt back into the article at its marker (`<span data-nd-removed="N">`, src/declutter/pipeline.ts),
// rebuilt through the same allow-list as the article; and takes it out again on request. The marker stays in
// place, so an item can go back and forth.
import type { Removal } from '../../declutter/types';
import { isBlock } from '../../declutter/block-tags';
import { MARKER_ATTR } from '../../declutter/marker';
import { buildSafeFragment } from '../../shared/reader-view/safe-dom';

export interface RestoredItem {
  /** The first inserted element, to scroll it into view. */
  first: Element | null;
  remove(): void;
}

/** The marker of `receipt` in `body`, or null when it is not there (a later removal took it along). */
export function findMarker(body: Element, receipt: Removal): Element | null {
  return body.querySelector(`span[${MARKER_ATTR}="${receipt.marker}"]`);
}

/** Where receipts without a place go: a box at the end of the body, made on first use. */
function orphanBox(doc: Document, body: Element): Element {
  let box = body.querySelector(':scope > .nd-orphans');
  if (!box) {
    box = doc.createElement('div');
    box.setAttribute('class', 'nd-orphans');
    body.appendChild(box);
  }
  return box;
}

export function restoreReceipt(doc: Document, body: Element, receipt: Removal): RestoredItem {
  const nodes: Node[] = [];
  if (receipt.html) {
    const fragment = buildSafeFragment(doc, receipt.html, { wrapTables: true });
    nodes.push(...Array.from(fragment.childNodes));
  }
  if (!nodes.some((n) => n.nodeType === 1 || (n.textContent ?? '').trim())) {
    // Text receipts (markup debris, counters inside a sentence), or html the allow-list emptied: the text itself.
    nodes.length = 0;
    const mark = doc.createElement('mark');
    mark.appendChild(doc.createTextNode(receipt.text));
    nodes.push(mark);
  }
  let first: Element | null = null;
  for (const n of nodes) {
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    // Block-level elements are marked with a side rule, inline ones with a text highlight.
    el.classList.add(isBlock(el) || el.classList.contains('nd-table-scroll') ? 'nd-restored-block' : 'nd-restored');
    first ??= el;
  }
  const marker = findMarker(body, receipt);
  if (marker) marker.after(...nodes);
  else orphanBox(doc, body).append(...nodes);
  return {
    first,
    remove() {
      for (const n of nodes) n.parentNode?.removeChild(n);
      const box = body.querySelector(':scope > .nd-orphans');
      if (box && !box.hasChildNodes()) box.remove();
    },
  };
}
