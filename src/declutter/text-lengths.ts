// The text-length passes: which elements of a subtree hold at most so many characters, from one bottom-up pass
// instead of asking each element for its textContent.
// Pure: these helpers read, never write. Given a run's memo, their answers are kept (run-memo.ts).
import type { RunMemo } from './run-memo';
import { elementsOf } from './selectors';

/**
 * Elements of a subtree (document order) whose text is at most maxChars long. Label steps look only at short
 * elements; asking each element for its textContent costs the size of its subtree, so over a whole article
 * that was most of their time (npm run bench). Here every text length comes from one bottom-up pass.
 */
export function shortTextElements(root: Element, maxChars: number, memo?: RunMemo): Element[] {
  const table = memo?.tree<Element, { maxChars: number; out: Element[] }>('shortTextElements');
  const known = table?.get(root);
  if (known?.maxChars === maxChars) return known.out;
  const out = rawShortTextElements(root, maxChars, memo);
  table?.set(root, { maxChars, out });
  return out;
}

function rawShortTextElements(root: Element, maxChars: number, memo?: RunMemo): Element[] {
  const all = elementsOf(root, '*', memo);
  const length = textLengths(all, (data) => data.length);
  return all.filter((el) => length.get(el)! <= maxChars);
}

/** Per element of `all` (a subtree in document order), the sum of `measure` over the texts it holds. */
function textLengths(all: readonly Element[], measure: (data: string) => number): Map<Element, number> {
  const length = new Map<Element, number>();
  // Pre-order reversed: every child is measured before its parent.
  for (let i = all.length - 1; i >= 0; i--) {
    const el = all[i]!;
    let n = 0;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) n += measure((c as Text).data);
      else if (c.nodeType === 1) n += length.get(c as Element) ?? 0;
    }
    length.set(el, n);
  }
  return length;
}

/**
 * Elements of a subtree (document order) whose textOf may be at most maxChars long: every one whose is, and a few
 * more. As shortTextElements, from one bottom-up pass, but counting only the characters that collapsing keeps
 * (a pretty-printed wrapper's raw text is mostly indentation). Callers still ask textOfAtMost.
 */
export function maybeShortTextElements(root: Element, maxChars: number, memo?: RunMemo): Element[] {
  const solid = solidLengths(root, memo);
  return elementsOf(root, '*', memo).filter((el) => solid.get(el)! <= maxChars);
}

/** Per element of root, how many characters of its text are not whitespace. */
function solidLengths(root: Element, memo?: RunMemo): Map<Element, number> {
  const table = memo?.tree<Element, Map<Element, number>>('solidLengths');
  const known = table?.get(root);
  if (known) return known;
  const solid = textLengths(elementsOf(root, '*', memo), solidLength);
  table?.set(root, solid);
  return solid;
}

/** How many characters of s are not whitespace (\s, exactly): a lower bound of its collapsed length. */
function solidLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c < 127) n++;
    else if (!(c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff)) n++;
  }
  return n;
}
