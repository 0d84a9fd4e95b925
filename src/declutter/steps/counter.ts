// Counter widgets: the comment and share counts that reader views leave as a lone "0" and "4" under
// the headline (../shared/seeds/000_1cfcd312dda41750.txt). A number is only a counter when it stands alone
// as a line of its own, outside tables, lists, definitions, footnotes and times, where numbers are content.
// The same counts written label first ("Просмотров: 2639 Комментариев: 0", "Views: 120", "Wyświetleń: 312") are
// counters when every label is a counter word (tests/fixtures/counter/labelled-counts.html); "Votes: 12 of 40" or a
// label that is not a counter word stays (tests/fixtures/counter/negative--labelled-numbers.html).
import { isBlock } from '../block-tags';
import { outermostOnly, outermostSameText } from '../findings';
import { textOf, textOfAtMost } from '../node-text';
import { childrenOf, closestOf } from '../selectors';
import { maybeShortTextElements } from '../text-lengths';
import { normalizeWords } from '../normalize';
import { wordSet } from '../matchers';
import type { RunMemo } from '../run-memo';
import type { Finding, Step, StepInput } from '../types';

export const id = 'counter';

/** "0", "4", "1.2k", "12 345", optionally followed by a counter word ("4 comments"). */
const COUNT = /^(\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})*|\d+(?:[.,]\d)?[km])(?: (.+))?$/u;
/** One or more "label: count" pairs, the label a word or two: "Просмотров: 2639 Комментариев: 0". */
const LABELLED_COUNTS = /^(?:\p{L}+(?: \p{L}+)?: ?\d+(?:[ ,.\u00a0\u202f]\d{3})* ?)+$/u;
const LABELLED_COUNT = /(\p{L}+(?: \p{L}+)?): ?\d/gu;

/** A count with its word ("1.2k comments") is short; a longer text is something else. */
const MAX_COUNTER_CHARS = 40;
/** Years stand alone as dates ("2024" under a headline), not as counters. */
const YEAR = /^(1[89]|20)\d\d$/;
/** Where a lone number is content: tables, lists, definition lists, footnotes, scores, code, times. */
const CONTENT_CONTEXT = 'table, ol, ul, dl, sup, sub, time, code, pre, kbd, math, figure, blockquote, h1, h2, h3, h4, h5, h6';

function isCounterText(text: string, memo?: RunMemo): boolean {
  const norm = normalizeWords(text, memo);
  const m = COUNT.exec(norm);
  if (!m) return LABELLED_COUNTS.test(norm) && [...norm.matchAll(LABELLED_COUNT)].every((l) => wordSet('counterWords').has(l[1]!));
  if (!m[2] && YEAR.test(m[1] ?? '')) return false;
  return !m[2] || wordSet('counterWords').has(m[2]);
}

/** Whether el is a line of its own: a block, or an inline whose block parent holds nothing but counters. */
function standsAlone(el: Element, root: Element, memo?: RunMemo): Element | null {
  const outer = outermostSameText(el, root, memo);
  if (isBlock(outer)) return outer;
  const parent = outer.parentElement;
  if (!parent || parent === root) return outer;
  // A row of counters (<div><span>0</span> <span>4</span></div>): each number is a counter.
  const siblingsText = childrenOf(parent).filter((c) => c !== outer).map((n) => textOf(n, memo)).filter(Boolean);
  const ownText = Array.from(parent.childNodes).filter((n) => n.nodeType === 3).map((n) => textOf(n, memo)).join('').trim();
  if (ownText) return null;
  return siblingsText.every((x) => isCounterText(x, memo)) ? outer : null;
}

function find({ root, memo }: StepInput): Finding[] {
  const found: Finding[] = [];
  for (const el of maybeShortTextElements(root, MAX_COUNTER_CHARS, memo)) {
    if (el.childElementCount > 2) continue;
    const text = textOfAtMost(el, MAX_COUNTER_CHARS, memo);
    if (!text || !isCounterText(text, memo)) continue;
    if (closestOf(el, CONTENT_CONTEXT)) continue;
    const node = standsAlone(el, root, memo);
    if (node && !closestOf(node, CONTENT_CONTEXT)) found.push({ node, reason: 'A lone count (comments, shares, views) with no article text' });
  }
  return outermostOnly(found);
}

export const step: Step = {
  id,
  kind: 'counter',
  description: 'Removes lone comment, share and view counts such as a "0" and a "4" under the headline, or "Views: 120".',
  find,
};
