// Whether a page looks like an article, before the engine copies it (article.ts refuses one that does not,
// unless forced). Readability's isProbablyReaderable counts characters against thresholds made for alphabetic
// scripts: a paragraph must hold 140 characters to count, and the square roots of what is above must add up to
// 20. A Chinese or Japanese character carries about what three Latin letters do (a word is one or two characters,
// against five letters and a space), a Korean syllable block about what two do, so an ordinary Japanese news
// story fell short (tests/fixtures/readerable/). Here the thresholds are scaled by how much the page's text is
// written in those scripts; home pages and section fronts, made of short items, still fall short
// (tests/fixtures/readerable/negative--*.html).
import { isProbablyReaderable } from '@mozilla/readability';

/** Latin letters one Han, Hiragana or Katakana character stands for (see above). */
export const HAN_KANA_WEIGHT = 3;
/** Latin letters one Hangul syllable block stands for. */
export const HANGUL_WEIGHT = 2;
/** Readability's own thresholds (Readability-readerable.js defaults). */
const MIN_CONTENT_LENGTH = 140;
const MIN_SCORE = 20;
/** Below this weight per character the page is alphabetic enough for Readability's own thresholds. */
const MIN_SCALE = 1.25;
/** The body text read to weigh the scripts: enough for any article's opening, cheap on a huge page. */
const SAMPLE_CHARS = 20_000;

const HAN_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const HANGUL = /\p{Script=Hangul}/gu;
const LETTER = /\p{L}/gu;

/** How many Latin letters one letter of this text stands for, on average (1 for alphabetic text). */
export function scriptWeight(text: string): number {
  const letters = text.match(LETTER)?.length ?? 0;
  if (!letters) return 1;
  const hanKana = text.match(HAN_KANA)?.length ?? 0;
  const hangul = text.match(HANGUL)?.length ?? 0;
  return (letters - hanKana - hangul + hanKana * HAN_KANA_WEIGHT + hangul * HANGUL_WEIGHT) / letters;
}

export function looksReaderable(doc: Document): boolean {
  if (isProbablyReaderable(doc)) return true;
  const weight = scriptWeight((doc.body?.textContent ?? '').slice(0, SAMPLE_CHARS));
  if (weight < MIN_SCALE) return false;
  // A paragraph of n characters counts as n × weight letters: the same test with the thresholds divided, the
  // score's (a sum of square roots) by the square root.
  return isProbablyReaderable(doc, { minContentLength: MIN_CONTENT_LENGTH / weight, minScore: MIN_SCORE / Math.sqrt(weight) });
}
