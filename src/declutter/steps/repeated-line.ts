// Clutter class: the same line printed many times in the article. A gallery prints its caption or credit once per
// slide ("Photo: Harbour News" beside each of eight pictures): the reader keeps the first and the rest go. Only a
// line seen at least MIN_REPEATS times, each time beside a picture (a slide), outside tables, lists and code. Text
// that repeats by design stays: a meal plan's "Eat every 2–3 hours" under each day (aeb-dev held one), table rows,
// a refrain quoted twice (tests/fixtures/repeated-line/negative--twice.html).
import { outermostOnly, outermostSameText } from '../findings';
import { textOfAtMost } from '../node-text';
import { closestOf, firstOf } from '../selectors';
import { leafBlocks } from '../lines';
import { normalizeWords } from '../normalize';
import type { RunMemo } from '../run-memo';
import type { Finding, Step, StepInput } from '../types';

export const id = 'repeated-line';

/** Seen this many times, a line is printed by a loop, not written. Two is a story quoting its own refrain. */
const MIN_REPEATS = 3;
/** Shorter lines ("•", "***", "Next") are separators or labels, other steps' business. */
const MIN_LINE_CHARS = 12;
/** A caption or a credit: a longer line is a paragraph, and a paragraph repeated is the page's own choice. */
const MAX_LINE_CHARS = 300;
const CONTENT_CONTEXT = 'table, ul, ol, dl, pre, code, blockquote';
/** A slide: the line's parent, or the one above, holds a picture and no other text than the line. */
const SLIDE_DEPTH = 2;
const PICTURE = 'img, picture, video';

function besidePicture(line: Element, text: string, root: Element, memo?: RunMemo): boolean {
  let el: Element | null = line.parentElement;
  for (let i = 0; el && el !== root && i < SLIDE_DEPTH; i++, el = el.parentElement) {
    // A paragraph of a meal plan sits in the article's body, which holds pictures too: not a slide.
    if (textOfAtMost(el, text.length, memo) !== text) return false;
    if (firstOf(el, PICTURE)) return true;
  }
  return false;
}

function find({ root, memo }: StepInput): Finding[] {
  const byText = new Map<string, Element[]>();
  for (const line of leafBlocks(root, memo)) {
    const text = textOfAtMost(line, MAX_LINE_CHARS, memo);
    if (text === null || text.length < MIN_LINE_CHARS || closestOf(line, CONTENT_CONTEXT) || !besidePicture(line, text, root, memo)) continue;
    const key = normalizeWords(text, memo);
    const same = byText.get(key);
    if (same) same.push(line);
    else byText.set(key, [line]);
  }
  const found: Finding[] = [];
  for (const lines of byText.values()) {
    if (lines.length < MIN_REPEATS) continue;
    for (const line of lines.slice(1)) found.push({ node: outermostSameText(line, root, memo), reason: 'Caption or credit repeated beside every picture of a gallery' });
  }
  return outermostOnly(found);
}

export const step: Step = {
  id,
  kind: 'caption',
  description: 'Keeps one copy of a caption or credit printed beside every picture of a gallery.',
  find,
};
