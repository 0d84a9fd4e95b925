// The one algorithm of the label steps (ad-label, ui-label): a short element whose whole text is an entry of
// a word list, outside the places where such a word is content, taken out with its same-text wrappers.
import { MEDIA_SELECTOR, outermostOnly, outermostSameText } from './findings';
import { inContentContext } from './content-context';
import { firstOf } from './selectors';
import { shortTextElements } from './text-lengths';
import { isWholeMatch, MAX_LABEL_CHARS } from './matchers';
import type { WordList } from './words/index';
import type { RunMemo } from './run-memo';
import type { Finding } from './types';

export interface LabelRule {
  list: WordList;
  /** Selector of ancestors in which a label-like word is content (a heading, a table cell…). */
  contentContext: string;
  reason: string;
}

export function findLabels(root: Element, rule: LabelRule, memo?: RunMemo): Finding[] {
  const found: Finding[] = [];
  for (const el of shortTextElements(root, MAX_LABEL_CHARS, memo)) {
    // shortTextElements already kept only texts of at most MAX_LABEL_CHARS.
    const text = el.textContent ?? '';
    if (!text.trim()) continue;
    // The word match before the DOM queries: it is a Set lookup, and rules out nearly every element.
    if (!isWholeMatch(rule.list, text, memo) || firstOf(el, MEDIA_SELECTOR) || inContentContext(el, rule.contentContext, memo)) continue;
    found.push({ node: outermostSameText(el, root, memo), reason: rule.reason });
  }
  return outermostOnly(found);
}
