// The collapsed text of a node, as the steps compare it.
// Pure: these helpers read, never write. During a pipeline run their answers are kept (run-memo.ts).
import { collapseSpaces } from './normalize';
import { runTable } from './run-memo';
import { elementsOf } from './selectors';

/** Text of a node with whitespace collapsed. */
export function textOf(node: Node): string {
  const table = runTable<Node, string>('textOf');
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
export function textOfAtMost(node: Node, max: number): string | null {
  const texts = runTable<Node, string>('textOf');
  const known = texts?.get(node);
  if (known !== undefined) return known.length <= max ? known : null;
  // Within a run, a length the text is known to exceed.
  const over = runTable<Node, number>('textLongerThan');
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
export function linkText(el: Element): string {
  return elementsOf(el, 'a[href]').map(textOf).join(' ').trim();
}
