// The collapsed text of a node, as the steps compare it.
// Pure: these helpers read, never write. Given a run's memo, their answers are kept (run-memo.ts).
import { collapseSpaces } from './normalize';
import type { RunMemo } from './run-memo';
import { elementsOf } from './selectors';

/** Text of a node with whitespace collapsed. */
export function textOf(node: Node, memo?: RunMemo): string {
  const table = memo?.tree<Node, string>('textOf');
  let text = table?.get(node);
  if (text === undefined) {
    text = collapseSpaces(node.textContent ?? '');
    table?.set(node, text);
  }
  return text;
}

/**
 * textOf(node) when that is at most max characters long, else null. Steps that judge short lines ask this of
 * every line of the article: only the start of a long text is collapsed, never the whole of it.
 */
export function textOfAtMost(node: Node, max: number, memo?: RunMemo): string | null {
  const texts = memo?.tree<Node, string>('textOf');
  const known = texts?.get(node);
  if (known !== undefined) return known.length <= max ? known : null;
  // Within a run, a length the text is known to exceed.
  const over = memo?.tree<Node, number>('textLongerThan');
  if ((over?.get(node) ?? -1) >= max) return null;
  const raw = node.textContent ?? '';
  // The collapsed start of a text is the start of the collapsed text: when it is already too long, so is the
  // whole. Twice max is plenty for prose; a start that is mostly whitespace falls through to the full collapse.
  if (raw.length > max && collapseSpaces(raw.slice(0, 2 * max + 2)).length > max) {
    over?.set(node, Math.max(max, over.get(node) ?? -1));
    return null;
  }
  const text = collapseSpaces(raw);
  texts?.set(node, text);
  return text.length > max ? null : text;
}

/** Text of el's links, whitespace collapsed, joined by spaces. */
export function linkText(el: Element, memo?: RunMemo): string {
  return elementsOf(el, 'a[href]', memo).map((a) => textOf(a, memo)).join(' ').trim();
}
