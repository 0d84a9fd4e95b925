// Helpers for what the steps find: how far a finding reaches, and which findings another one already covers.
import { firstOf } from './selectors';
import { textOf } from './node-text';
import type { RunMemo } from './run-memo';

/** Tags that carry media or embedded content: an element holding one is never "just a label". */
export const MEDIA_SELECTOR = 'img, picture, video, audio, svg, canvas, iframe, object, embed, table, math';

/**
 * The outermost ancestor of el (up to, not including, root) whose text is the same as el's: a label wrapped
 * in <div><p><span>Publicité</span></p></div> is removed with its wrappers, leaving no empty shell.
 */
export function outermostSameText(el: Element, root: Element, memo?: RunMemo): Element {
  const text = textOf(el, memo);
  let best = el;
  for (let p = el.parentElement; p && p !== root; p = p.parentElement) {
    if (textOf(p, memo) !== text || firstOf(p, MEDIA_SELECTOR)) break;
    best = p;
  }
  return best;
}

/**
 * Drop duplicate element findings and those nested inside another finding's element: removing the outer
 * one removes them. Text findings (markup debris) are kept unless their text node sits in a found element.
 */
export function outermostOnly<T extends { node: Node }>(findings: T[]): T[] {
  const elements = new Set(findings.map((f) => f.node).filter((n): n is Element => n.nodeType === 1));
  const seen = new Set<Node>();
  return findings.filter((f) => {
    if (f.node.nodeType === 1) {
      if (seen.has(f.node)) return false;
      seen.add(f.node);
    }
    for (let p = f.node.parentElement; p; p = p.parentElement) if (elements.has(p)) return false;
    return true;
  });
}
