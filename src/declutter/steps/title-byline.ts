// Lines that repeat the article's title or byline inside its body: the reader shows both in its header, so
// a second copy under it is noise ("Cat found safe after a week", then "By A. NAME, Staff Writer" in the
// first lines of the text). Judged against the title and byline Readability found (StepInput), whole line
// against whole text, so a paragraph that merely names the author stays
// (tests/fixtures/title-byline/negative--mentions.html).
import { outermostOnly, outermostSameText } from '../findings';
import { textOfAtMost } from '../node-text';
import { closestOf } from '../selectors';
import { leafBlocks } from '../lines';
import { matchPrefix } from '../matchers';
import { normalizeWords } from '../normalize';
import type { RunMemo } from '../run-memo';
import type { Finding, Step, StepInput } from '../types';

export const id = 'title-byline';

/** A byline line names a few people and their roles; longer than this it is prose. */
const MAX_BYLINE_LINE_CHARS = 120;
/** Shorter titles or bylines ("News", "AP") would match ordinary lines. */
const MIN_MATCH_CHARS = 5;
/** "By Ann Lee's own account, the vote failed." is a sentence, not a byline. */
const SENTENCE_END = /[\p{L}\p{N}]{2,}[.!?]$/u;
/** Quotes, tables and lists hold names and titles as content. */
const CONTENT_CONTEXT = 'blockquote, table, ul, ol, dl, pre, code';

/** Normalized, without a leading byline word ("by", "par", "von"…) and inner punctuation as single spaces. */
export function key(text: string, memo?: RunMemo): string {
  let norm = normalizeWords(text, memo);
  const prefix = matchPrefix('bylinePrefixes', norm);
  if (prefix) norm = norm.slice(prefix);
  return norm.replace(/[\s\p{P}\p{S}]+/gu, ' ').trim();
}

function find({ root, title, byline, memo }: StepInput): Finding[] {
  const titleKey = key(title ?? '', memo);
  const bylineKey = key(byline ?? '', memo);
  // The author's name alone, without the role after a comma or dash ("Jane Roe, Staff Writer" → "jane roe").
  const nameKey = key((byline ?? '').split(/[,;|\u2013\u2014]| - /u)[0] ?? '', memo);
  if (titleKey.length < MIN_MATCH_CHARS && bylineKey.length < MIN_MATCH_CHARS) return [];
  const found: Finding[] = [];
  const maxChars = Math.max(MAX_BYLINE_LINE_CHARS, titleKey.length * 2);
  for (const block of leafBlocks(root, memo)) {
    // The length test first: it rules out most lines after reading only their start.
    const text = textOfAtMost(block, maxChars, memo);
    if (!text || closestOf(block, CONTENT_CONTEXT)) continue;
    const k = key(text, memo);
    if (titleKey.length >= MIN_MATCH_CHARS && k === titleKey) {
      found.push({ node: outermostSameText(block, root, memo), reason: 'Repeats the title shown in the reader header', kind: 'boilerplate' });
    } else if (bylineKey.length >= MIN_MATCH_CHARS && text.length <= MAX_BYLINE_LINE_CHARS && isBylineLine(text, k, bylineKey, nameKey, memo)) {
      found.push({ node: outermostSameText(block, root, memo), reason: 'Repeats the byline shown in the reader header' });
    }
  }
  return outermostOnly(found);
}

/** The line is the byline, or starts with a byline word and names the byline's author among others. */
export function isBylineLine(text: string, k: string, bylineKey: string, nameKey: string, memo?: RunMemo): boolean {
  if (k === bylineKey) return true;
  if (SENTENCE_END.test(text) || !matchPrefix('bylinePrefixes', normalizeWords(text, memo))) return false;
  return k.startsWith(bylineKey) || bylineKey.startsWith(k) || (nameKey.length >= MIN_MATCH_CHARS && k.startsWith(nameKey));
}

export const step: Step = {
  id,
  kind: 'byline-block',
  description: 'Removes lines that repeat the article title or byline, which the reader shows in its header.',
  find,
};
