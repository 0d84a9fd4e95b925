// Clutter class: author boxes and author notes at the end of a story.
// - A box: a heading such as "About the author" (words/<lang>.ts, authorHeadings), the author's name and a few lines
//   of biography. The heading's words are data, matched against its whole text, so a section of the story about an
//   author ("The author and her critics") stays (tests/fixtures/author-bio/negative--section.html).
// - A one-line note among the story's last lines: the author's name, then what the author is ("Jane Doe is a
//   reporter for…", "Иван Петров — корреспондент…", "Jan Kowalski jest dziennikarzem…": words/<lang>.ts,
//   authorNotes). The name must come first, as two or more capitalized words (two words in Arabic and Hebrew, one in
//   Korean, a few characters in Chinese and Japanese): "She is a reporter at the Gazette", a sentence of the story
//   about someone, stays, as do a long line and a note-like sentence earlier in the story
//   (tests/fixtures/author-bio/negative--note-like-prose.html).
import { outermostOnly, outermostSameText } from '../findings';
import { leafBlocks } from '../lines';
import { textOf, textOfAtMost } from '../node-text';
import { normalizeWords } from '../normalize';
import { closestOf, matchesOf } from '../selectors';
import { shortTextElements } from '../text-lengths';
import { isWholeMatch, matchPrefix, MAX_LABEL_CHARS } from '../matchers';
import type { RunMemo } from '../run-memo';
import type { Finding, Step, StepInput } from '../types';

export const id = 'author-bio';

/** An author box is a name, a photo and a paragraph or two: longer than this, the container holds the story. */
const MAX_BOX_CHARS = 800;
/** Without a box around it, this many siblings after the heading belong to it (name, handle, bio, links). */
const MAX_BIO_SIBLINGS = 4;
const HEADING_LIKE = 'h2, h3, h4, h5, h6, p, div, span, strong, b, header, dt';

/** An author note is one short sentence (the ones seen run 70-150 characters); a longer line is the story's. */
const MAX_NOTE_CHARS = 160;
/** The note closes the story: only its last lines with text are looked at. */
const NOTE_TAIL_LINES = 3;
/** A name in a script with spaces: this many words at most ("Maria de la Cruz" is four). */
const MAX_NAME_WORDS = 4;
/** A name needs two words at least: one alone is as often "She", "Mr" or "هو" (he) as a name. Korean names are
 * one word ("홍길동 기자"). */
const MIN_NAME_WORDS = 2;
/** A name in a script without spaces (ja, zh): two to four characters. */
const MIN_UNSPACED_NAME = 2;
const MAX_UNSPACED_NAME = 4;
/** Where a note-like line is content: quoted, in a table or a list, or a heading. */
const NOTE_CONTENT_CONTEXT = 'blockquote, table, li, h1, h2, h3, h4, h5, h6, figcaption';

const NAME_WORD_CASED = /^\p{Lu}[\p{L}\p{M}'’.-]*,?$/u;
const NAME_WORD_CASELESS = /^[\p{Script=Arabic}\p{Script=Hebrew}]+,?$/u;
const NAME_WORD_HANGUL = /^\p{Script=Hangul}+,?$/u;
const UNSPACED = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/u;
/** What may stand between the name and the words: "Jane Doe, reporter", "Иван Петров — корреспондент". */
const AFTER_NAME = /^[\s,:\u2013\u2014-]+/u;
const LETTER_NEXT = /^\p{L}/u;

/** Whether `text` is a name followed by what the author is (words/<lang>.ts, authorNotes). */
export function isAuthorNote(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  for (let n = 1; n <= MAX_NAME_WORDS && n < words.length; n++) {
    const name = words.slice(0, n);
    const named = (n >= MIN_NAME_WORDS && (name.every((w) => NAME_WORD_CASED.test(w)) ||
      name.every((w) => NAME_WORD_CASELESS.test(w)))) || (n === 1 && NAME_WORD_HANGUL.test(name[0]!));
    if (named && startsWithNoteWords(words.slice(n).join(' '))) return true;
  }
  const unspaced = UNSPACED.exec(text.trim())?.[0] ?? '';
  for (let n = MIN_UNSPACED_NAME; n <= Math.min(MAX_UNSPACED_NAME, unspaced.length - 1); n++) {
    if (startsWithNoteWords(text.trim().slice(n))) return true;
  }
  return false;
}

/** Whether `rest` starts with the words of a note, as whole words ("기자회견", a press conference, is not "기자"). */
function startsWithNoteWords(rest: string): boolean {
  const norm = normalizeWords(rest.replace(AFTER_NAME, ''));
  const m = matchPrefix('authorNotes', norm);
  return m > 0 && !LETTER_NEXT.test(norm.slice(m));
}

/** A one-line author note among the last lines of the story. */
function authorNotes(root: Element, memo?: RunMemo): Finding[] {
  const found: Finding[] = [];
  const lines = leafBlocks(root, memo);
  let seen = 0;
  for (let i = lines.length - 1; i >= 0 && seen < NOTE_TAIL_LINES; i--) {
    const line = lines[i]!;
    const text = textOfAtMost(line, MAX_NOTE_CHARS, memo);
    if (text === '') continue;
    seen++;
    if (text === null || closestOf(line, NOTE_CONTENT_CONTEXT) || !isAuthorNote(text)) continue;
    found.push({ node: outermostSameText(line, root, memo), reason: 'Note about the author' });
  }
  return found;
}

function find({ root, memo }: StepInput): Finding[] {
  const found: Finding[] = authorNotes(root, memo);
  // Only short elements are read: a heading is a label (isWholeMatch takes nothing longer), and textContent costs
  // a subtree's size (npm run bench).
  for (const heading of shortTextElements(root, MAX_LABEL_CHARS, memo)) {
    if (heading.childElementCount > 2 || !matchesOf(heading, HEADING_LIKE)) continue;
    if (!isWholeMatch('authorHeadings', heading.textContent ?? '', memo)) continue;
    const reason = 'Author box (name and biography)';
    const container = outermostSameText(heading, root, memo).parentElement;
    if (container && container !== root && textOf(container, memo).length <= MAX_BOX_CHARS) {
      found.push({ node: outermostSameText(container, root, memo), reason });
      continue;
    }
    const start = outermostSameText(heading, root, memo);
    found.push({ node: start, reason });
    let sib = start.nextElementSibling;
    let total = 0;
    for (let i = 0; sib && i < MAX_BIO_SIBLINGS; i++, sib = sib.nextElementSibling) {
      total += textOf(sib, memo).length;
      if (total > MAX_BOX_CHARS || matchesOf(sib, 'h1, h2, h3')) break;
      found.push({ node: sib, reason });
    }
  }
  return outermostOnly(found);
}

export const step: Step = {
  id,
  kind: 'byline-block',
  description: 'Removes "About the author" boxes (the heading, the name and the short biography) and one-line author notes at the end.',
  find,
};
