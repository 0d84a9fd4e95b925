// Date lines that Readability keeps above or below the story: "Updated 9:41 AM; Posted Nov 18, 8:19 PM",
// "Publié le 3 mars 2024 à 10h12", "19.11.2024, 08:57". The reader shows the date from the page's metadata
// (Article.publishedTime), so the line is a duplicate. A line counts only when it is short and holds
// almost nothing but the date: a sentence about a publication date has more words and stays
// (tests/fixtures/timestamp/negative--prose.html).
import { textOf } from '../node-text';
import { closestOf, elementsOf } from '../selectors';
import { findLines } from '../line-finder';
import { matchPrefix } from '../matchers';
import { normalizeWords } from '../normalize';
import type { RunMemo } from '../run-memo';
import type { Finding, Step, StepInput } from '../types';

export const id = 'timestamp';

/** A date line is short: "Updated 3:27 am PST, Wednesday, November 20, 2019" is about 50 characters. */
const MAX_LINE_CHARS = 100;
/**
 * Words of four letters or more besides the date's own numbers: a weekday and a month ("Wednesday, November")
 * fit; a sentence ("Published in 1998, the book sold well") has more.
 */
const MAX_LONG_WORDS_AFTER_PREFIX = 2;
/** Without a prefix word the line must hold a time and a date; it may name a weekday, a month, a zone, a byline. */
const MAX_LONG_WORDS_WITH_TIME = 4;
/**
 * A bare date: a month (any language: a word) with a day and a year, "November 18, 2019", "18 novembre 2019",
 * "Tue, Nov 19, 2019", or a numeric date alone, "2019-11-18". "Top 10 of 2019" has two words and is no date.
 */
const BARE_DATE = /^(?:\p{L}{2,}\.?,? )?(?:\p{L}{3,}\.? \d{1,2}(?:\p{L}{2})?\.?,? (?:19|20)\d\d|\d{1,2}\.? (?:\p{L}{1,3} )?\p{L}{3,}\.?,? (?:\p{L}{1,3} )?(?:19|20)\d\d|(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d)$/u;
/** A sentence ends with a full stop after a word or a number; "p.m." and "a.m." end with a one-letter part. */
const SENTENCE_END = /(?:[\p{L}]{2,}|\p{N})[.!?]$/u;

/** 9:41, 20:13, 10h12 (French), 08.57 is left out: it reads as a decimal number. */
const TIME_OF_DAY = /(?:^|[^\p{N}])\d{1,2}[:h]\d{2}(?![\p{N}])/u;
/** A year of this or the last century, or a numeric date such as 11/18/19 or 19.11.2019. */
const DATE = /(?:^|[^\p{N}])(?:(?:19|20)\d\d|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})(?![\p{N}])/u;
const LONG_WORD = /[\p{L}]{4,}/gu;
/** Numbers are content in these: a table of results, a list of dates, a heading that names a year. */
const CONTENT_CONTEXT = 'table, dl, h1, h2, h3, blockquote, pre, code, figure';
/** A list of dates is a timeline; a list of one item is a page's way of laying out a date line. */
const MAX_LIST_ITEMS = 1;

function inTimeline(el: Element, memo?: RunMemo): boolean {
  const list = closestOf(el, 'ul, ol');
  if (!list) return false;
  let items = 0;
  for (const li of elementsOf(list, 'li', memo)) if (textOf(li, memo) && ++items > MAX_LIST_ITEMS) return true;
  return false;
}

function longWords(text: string): number {
  return (text.match(LONG_WORD) ?? []).length;
}

export function isDateLine(raw: string, memo?: RunMemo): boolean {
  // The digit test first, on the raw text (collapsing spaces adds or drops no digit): most lines have none.
  if (!/\p{N}/u.test(raw)) return false;
  const text = raw.replace(/\s+/gu, ' ').trim();
  if (!text || text.length > MAX_LINE_CHARS || SENTENCE_END.test(text)) return false;
  const norm = normalizeWords(text, memo);
  const prefix = matchPrefix('timestampPrefixes', norm);
  if (prefix) return longWords(norm.slice(prefix)) <= MAX_LONG_WORDS_AFTER_PREFIX;
  if (TIME_OF_DAY.test(text) && DATE.test(text)) return longWords(text) <= MAX_LONG_WORDS_WITH_TIME;
  return BARE_DATE.test(text);
}

function find({ root, memo }: StepInput): Finding[] {
  return findLines(root, {
    maxChars: MAX_LINE_CHARS, matches: (text, line) => isDateLine(text, memo) && !inTimeline(line, memo),
    contentContext: CONTENT_CONTEXT, reason: 'Publication date line (the reader shows the date)',
  }, memo);
}

export const step: Step = {
  id,
  kind: 'timestamp',
  description: 'Removes date lines such as "Updated Nov 19, 9:41 AM" (the reader shows the date itself).',
  find,
};
