// Clutter class: tag lines and tag lists. A story's keywords printed as a line of links under it ("Tags: budget,
// ferry, council", "Теги: …", "Schlagwörter: …", "Etiquetas: …"), or the lone "Tags" label over such links. The
// prefixes are data (words/<lang>.ts, tagPrefixes); the prefix must stand alone or be followed by a colon, so a
// sentence that starts with the same word ("Tags on the luggage…") stays (tests/fixtures/tag-list/negative--prose.html).
import { findLines } from '../line-finder';
import { isWholeMatch, matchPrefix } from '../matchers';
import { normalizeWords } from '../normalize';
import type { RunMemo } from '../run-memo';
import type { Finding, Step, StepInput } from '../types';

export const id = 'tag-list';

/** A tag line is a handful of keywords; a longer line is prose. */
const MAX_TAG_LINE_CHARS = 300;
const CONTENT_CONTEXT = 'blockquote, table, pre, code, h1';

export function isTagLine(raw: string, memo?: RunMemo): boolean {
  if (isWholeMatch('tagPrefixes', raw, memo)) return true;
  const norm = normalizeWords(raw, memo);
  const prefix = matchPrefix('tagPrefixes', norm);
  // "Tags:" then the keywords; the colon is what tells a label from a sentence's first word.
  return prefix > 0 && /^\s*[:：]/u.test(norm.slice(prefix));
}

function find({ root, memo }: StepInput): Finding[] {
  return findLines(root, {
    maxChars: MAX_TAG_LINE_CHARS, matches: (text) => isTagLine(text, memo), contentContext: CONTENT_CONTEXT, reason: 'Tag line (the story\'s keywords)',
  }, memo);
}

export const step: Step = {
  id,
  kind: 'navigation',
  description: 'Removes tag lines and tag lists such as "Tags: budget, ferry, council".',
  find,
};
