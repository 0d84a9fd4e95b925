// Photo credits and captions that sit outside <figure>, so text.ts cannot leave them out by tag:
// "Photo: A. Name, Agency", "(Image: © Agency)", "© Agency", and a caption that ends with its credit,
// "The bridge at dawn. (Photo: A. Name)", and a gallery's "Image 1 of 8". The credit words are data (words/<lang>.ts, creditPrefixes); a credit
// is a word followed by ":", "/" or "©", so "Photos from the trial show…" is prose and stays
// (tests/fixtures/photo-credit/negative--prose.html).
import { findLines } from '../line-finder';
import { escapeRegex, wordSet } from '../matchers';
import { normalizeWords } from '../normalize';
import type { RunMemo } from '../run-memo';
import type { Finding, Step, StepInput } from '../types';

export const id = 'photo-credit';

/** A credit line names a photographer and an agency: longer than this it is prose. */
const MAX_CREDIT_CHARS = 120;
/** A caption that ends with a credit is a sentence or two. */
const MAX_CAPTION_CHARS = 400;
/** How much of a caption's end may be the credit in parentheses. */
const MAX_TRAILING_CREDIT_CHARS = 80;
/** An agency name before the credit word ("AP Photo/…", "Reuters photo: …") is one short word. */
const MAX_AGENCY_CHARS = 12;
/** "© Agency", "(c) Agency", "Copyright Agency" at the start of the raw text (normalizing drops "©"). */
const COPYRIGHT_START = /^[\s(]*(?:©|\(c\))/iu;
/** A caption ending with "(… credit-word: …)" or "(… credit-word/…)". */
const TRAILING_PARENS = new RegExp(`\\(([^()]{1,${MAX_TRAILING_CREDIT_CHARS}})\\)\\s*$`, 'u');
/** A gallery's position line: "Image 1 of 8", "1 of 6", "Bild 3 von 12", "Image 1 of / 8" (a short connector word). */
const GALLERY_POSITION = /^(?:\p{L}+ )?\d{1,3} \p{L}{1,4} ?\/? ?\d{1,3}$/u;
/** Credits are often in caption or media markup, but a heading or a table cell is content. */
const CONTENT_CONTEXT = 'table, h1, h2, h3, pre, code';

let creditStart: RegExp | null = null;

/**
 * Normalized text that starts with a credit: an optional short agency name ("ap photo/…", "reuters photo: …"),
 * then a credit word. A one-word entry ("photo") needs a credit mark after it; a longer one ("image copyright",
 * "photo credit") says enough by itself.
 */
function creditStartRegex(): RegExp {
  if (!creditStart) {
    const entries = [...wordSet('creditPrefixes')].sort((a, b) => b.length - a.length).map(escapeRegex);
    const multi = entries.filter((e) => e.includes(' '));
    const single = entries.filter((e) => !e.includes(' '));
    creditStart = new RegExp(
      `^(?:[\\p{L}\\p{N}.&-]{1,${MAX_AGENCY_CHARS}} )?(?:(?:${multi.join('|')})(?=$|\\s|[:|/©])|(?:${single.join('|')})\\s*[:|/©])`,
      'u',
    );
  }
  return creditStart;
}

/** The word before a gallery position, if any, is a credit word ("image", "foto"): "Chapter 1 of 8" is content. */
function isGalleryWord(norm: string): boolean {
  const first = /^\p{L}+/u.exec(norm)?.[0];
  return !first || wordSet('creditPrefixes').has(first);
}

export function isCredit(raw: string, memo?: RunMemo): boolean {
  const text = raw.replace(/\s+/gu, ' ').trim();
  if (!text) return false;
  if (text.length <= MAX_CREDIT_CHARS) {
    if (COPYRIGHT_START.test(text)) return true;
    if (GALLERY_POSITION.test(text) && isGalleryWord(normalizeWords(text, memo))) return true;
    if (creditStartRegex().test(normalizeWords(text, memo))) return true;
  }
  if (text.length > MAX_CAPTION_CHARS) return false;
  const tail = TRAILING_PARENS.exec(text);
  return !!tail && tail.index > 0 && creditStartRegex().test(normalizeWords(tail[1] ?? '', memo));
}

function find({ root, memo }: StepInput): Finding[] {
  return findLines(root, {
    maxChars: MAX_CAPTION_CHARS, matches: (text) => isCredit(text, memo), contentContext: CONTENT_CONTEXT,
    reason: 'Photo credit or caption outside a figure',
  }, memo);
}

export const step: Step = {
  id,
  kind: 'caption',
  description: 'Removes photo credits and captions such as "Photo: A. Name, Agency" that sit in the text.',
  find,
};
