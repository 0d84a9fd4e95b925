// Clutter class: the same line printed many times in the article. A gallery prints its caption or credit once per
// slide, a widget its label once per item ("Photo: Harbour News" eight times): the reader keeps the first and the
// rest go. Only a line seen at least MIN_REPEATS times, long enough to be a sentence or a credit, outside tables,
// lists and code (where rows legitimately repeat "Yes" or "n/a"); a refrain quoted twice in a story stays
// (tests/fixtures/repeated-line/negative--twice.html).
import { closestOf, outermostOnly, outermostSameText, textOfAtMost } from '../dom';
import { leafBlocks } from '../lines';
import { normalizeWords } from '../normalize';
import type { Finding, Step, StepInput } from '../types';

export const id = 'repeated-line';

/** Seen this many times, a line is printed by a loop, not written. Two is a story quoting its own refrain. */
const MIN_REPEATS = 3;
/** Shorter lines ("•", "***", "Next") are separators or labels, other steps' business. */
const MIN_LINE_CHARS = 12;
/** A caption or a credit: a longer line is a paragraph, and a paragraph repeated is the page's own choice. */
const MAX_LINE_CHARS = 300;
const CONTENT_CONTEXT = 'table, ul, ol, dl, pre, code, blockquote';

function find({ root }: StepInput): Finding[] {
  const byText = new Map<string, Element[]>();
  for (const line of leafBlocks(root)) {
    const text = textOfAtMost(line, MAX_LINE_CHARS);
    if (text === null || text.length < MIN_LINE_CHARS || closestOf(line, CONTENT_CONTEXT)) continue;
    const key = normalizeWords(text);
    const same = byText.get(key);
    if (same) same.push(line);
    else byText.set(key, [line]);
  }
  const found: Finding[] = [];
  for (const lines of byText.values()) {
    if (lines.length < MIN_REPEATS) continue;
    for (const line of lines.slice(1)) found.push({ node: outermostSameText(line, root), reason: 'Line repeated many times (a caption printed once per slide)' });
  }
  return outermostOnly(found);
}

export const step: Step = {
  id,
  kind: 'caption',
  description: 'Keeps one copy of a line printed many times, such as a gallery caption repeated for every slide.',
  find,
};
