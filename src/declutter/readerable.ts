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
/** The paragraph text read to weigh the scripts: enough for any article's opening, cheap on a huge page. */
const SAMPLE_CHARS = 20_000;
/** The elements Readability's test measures (div > br parents aside), so the weight is of the text it counts. */
const MEASURED = 'p, pre, article';

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

/** The text of the elements Readability's test measures, up to SAMPLE_CHARS (not the body's: it holds scripts). */
function measuredText(doc: Document): string {
  let text = '';
  const els = doc.querySelectorAll(MEASURED);
  for (let i = 0; i < els.length && text.length < SAMPLE_CHARS; i++) text += els[i]!.textContent ?? '';
  return text;
}

export function looksReaderable(doc: Document): boolean {
  if (isProbablyReaderable(doc)) return true;
  const weight = scriptWeight(measuredText(doc));
  // A paragraph of n characters counts as n × weight letters: the same test with the thresholds divided, the
  // score's (a sum of square roots) by the square root.
  if (weight >= MIN_SCALE &&
    isProbablyReaderable(doc, { minContentLength: MIN_CONTENT_LENGTH / weight, minScore: MIN_SCORE / Math.sqrt(weight) })) return true;
  return holdsProse(doc, weight);
}

/**
 * Readability's test only counts paragraphs of 140 characters or more, in <p>, <pre>, <article> or a <div> with
 * <br>s. News written in short paragraphs ("A man was hurt on Tuesday when…", one sentence each), or set in table
 * cells or straight in a <div>, falls short. So: does one container hold an article's worth of text that is not
 * link text, in its own lines or its child paragraphs? A home page or section front spreads its teasers over one
 * box each, and its headlines are links (tests/fixtures/readerable/negative--home-*.html).
 */
export const MIN_PROSE_LETTERS = 300;
/** …in at least this many lines of prose (a teaser is one line under a link), or one line this long. */
export const MIN_PROSE_LINES = 2;
export const MIN_PROSE_RUN = 500;
/** A line shorter than this (in Latin letters) is a label, a date or a menu entry, not prose. */
const MIN_LINE_LETTERS = 40;
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'a', 'button', 'select', 'nav', 'header', 'footer', 'li', 'aside', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Elements whose text runs on inside their block: their text belongs to the block around them. */
const INLINE = new Set(['b', 'strong', 'i', 'em', 'font', 'span', 'u', 'small', 'big', 'sup', 'sub', 'abbr', 'cite', 'q', 'mark', 'time', 'br']);
/** Blocks whose text counts for the container around them: a paragraph counts for its article's box. */
const PARAGRAPHS = new Set(['p', 'blockquote', 'pre']);

function holdsProse(doc: Document, weight: number): boolean {
  const body = doc.body;
  if (!body) return false;
  const perBox = new Map<Element, { letters: number; lines: number }>();
  const walk = (el: Element, box: Element) => {
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const n = ((c as Text).data.trim().length) * weight;
        if (n < MIN_LINE_LETTERS) continue;
        const sum = perBox.get(box) ?? { letters: 0, lines: 0 };
        perBox.set(box, { letters: sum.letters + n, lines: sum.lines + 1 });
      } else if (c.nodeType === 1) {
        const child = c as Element;
        const tag = child.localName;
        if (SKIP.has(tag) || child.hasAttribute('hidden')) continue;
        walk(child, INLINE.has(tag) ? box : PARAGRAPHS.has(tag) || isTextDiv(child) ? el : child);
      }
    }
  };
  walk(body, body);
  for (const { letters, lines } of perBox.values()) {
    if (letters >= MIN_PROSE_RUN || (letters >= MIN_PROSE_LETTERS && lines >= MIN_PROSE_LINES)) return true;
  }
  return false;
}

/** A <div> used as a paragraph: text and inline elements only. */
function isTextDiv(el: Element): boolean {
  if (el.localName !== 'div') return false;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (!INLINE.has(c.localName)) return false;
  return true;
}
