// Runs the declutter steps over a subtree: each step finds, then the pipeline removes what it found,
// leaves an empty marker where it was, and writes the receipt (STYLE.md rules 2 and 3).
import { MARKER_ATTR } from './marker';
import { RunMemo } from './run-memo';
import { STEPS } from './steps/index';
import { receiptText } from './text';
import type { Finding, Removal, Step } from './types';

/** The attribute of the empty marker left where a receipt's content was (defined in marker.ts). */
export { MARKER_ATTR };

export interface RunOptions {
  lang: string;
  /** The article's title and byline (from Readability), for the steps that drop lines repeating them. */
  title?: string;
  byline?: string;
  disabledSteps?: readonly string[];
  steps?: readonly Step[];
}

/**
 * Receipts, in removal order. With `removedElements`, each receipt's removed element (null for a piece of text)
 * goes there and `html` stays empty: article.ts sanitizes the elements themselves and fills it. Without, `html`
 * is the removed node's raw HTML (tests).
 */
export function runSteps(root: Element, options: RunOptions, removedElements?: (Element | null)[]): Removal[] {
  // The steps' helpers keep their answers for this run in its memo (run-memo.ts); each removal forgets those it
  // changes. The memo ends with the run.
  const memo = new RunMemo();
  const removed: Removal[] = [];
  const disabled = new Set(options.disabledSteps ?? []);
  for (const step of options.steps ?? STEPS) {
    if (disabled.has(step.id)) continue;
    // Text findings come in page order; after one is cut out, the rest of its text node lives in a new
    // node that starts at the cut's end: track where each original node's text went.
    const moved = new Map<Text, { node: Text; shift: number }>();
    for (const f of step.find({ root, lang: options.lang, title: options.title, byline: options.byline, memo })) {
      const index = removed.length;
      if ('start' in f) {
        const cur = moved.get(f.node) ?? { node: f.node, shift: 0 };
        if (!root.contains(cur.node)) continue;
        const { receipt, tail } = removeText(cur.node, f.start - cur.shift, f.end - cur.shift, f, step, index, memo);
        moved.set(f.node, { node: tail, shift: f.end });
        removed.push(receipt);
        removedElements?.push(null);
      } else if (root.contains(f.node)) {
        removed.push(removeElement(f.node, f, step, index, !removedElements, memo));
        removedElements?.push(f.node);
      }
    }
  }
  return removed;
}

function markerFor(doc: Document, index: number): Element {
  const span = doc.createElement('span');
  span.setAttribute(MARKER_ATTR, String(index));
  return span;
}

function removeText(node: Text, start: number, end: number, f: Finding, step: Step, index: number, memo: RunMemo) {
  memo.forgetAround(node);
  const text = node.data.slice(start, end);
  const tail = node.splitText(start);
  tail.data = tail.data.slice(end - start);
  node.after(markerFor(node.ownerDocument, index));
  const receipt: Removal = { kind: f.kind ?? step.kind, step: step.id, reason: f.reason, text, html: '', marker: index };
  return { receipt, tail };
}

function removeElement(el: Element, f: Finding, step: Step, index: number, withHtml: boolean, memo: RunMemo): Removal {
  const receipt: Removal = {
    kind: f.kind ?? step.kind, step: step.id, reason: f.reason,
    text: receiptText(el), html: withHtml ? el.outerHTML : '', marker: index,
  };
  memo.forgetAround(el);
  el.replaceWith(markerFor(el.ownerDocument, index));
  return receipt;
}

/**
 * In-place mode (per-site setting): what every enabled step would take out of a live page, without touching it.
 * Steps see the page as it is, so a finding may sit inside another step's; callers hide the outermost.
 * No memo in their input: the live page changes under it, so the helpers keep nothing (run-memo.ts).
 */
export function findAll(root: Element, options: RunOptions): { step: Step; finding: Finding }[] {
  const disabled = new Set(options.disabledSteps ?? []);
  const out: { step: Step; finding: Finding }[] = [];
  for (const step of options.steps ?? STEPS) {
    if (disabled.has(step.id)) continue;
    for (const finding of step.find({ root, lang: options.lang })) out.push({ step, finding });
  }
  return out;
}
