// Matchers over the word lists, built once per process (STYLE.md rule 5).
//
// Decision: every language's words are matched on every page, not only the page's declared language.
// News pages routinely mix them (an English "Advertisement" slot on a French site, a page with no lang
// attribute, a wrong one), and every match is against an element's *whole* text or a prefix followed by a
// link, so a foreign word inside real prose never matches.
import { normalizeWords } from './normalize';
import type { RunMemo } from './run-memo';
import { WORDS, type WordList } from './words/index';

const sets = new Map<WordList, ReadonlySet<string>>();
const prefixRegexes = new Map<WordList, RegExp>();

function allWords(list: WordList): string[] {
  return Object.values(WORDS).flatMap((w) => w[list]);
}

/** The set of every language's entries of one list. */
export function wordSet(list: WordList): ReadonlySet<string> {
  let set = sets.get(list);
  if (!set) {
    set = new Set(allWords(list));
    sets.set(list, set);
  }
  return set;
}

/** Whether an element's (or string's) whole normalized text is an entry of the list. */
export function isWholeMatch(list: WordList, text: string, memo?: RunMemo): boolean {
  // Labels are short: skip normalizing long texts at all (hot path on big pages).
  if (text.length > MAX_LABEL_CHARS) return false;
  return wordSet(list).has(normalizeWords(text, memo));
}

/** Longest entry we ever compare whole; anything longer is prose. */
export const MAX_LABEL_CHARS = 120;

/** s as a regex that matches it literally. */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A regex that matches normalized text starting with one of the list's entries, as whole words:
 * "lire aussi | x" and "read more: x" match, "read more carefully" matches "read more" too, so callers
 * must also check what follows (a link), see steps/related-links.ts.
 */
export function prefixRegex(list: WordList): RegExp {
  let re = prefixRegexes.get(list);
  if (!re) {
    // Longest first so "à lire aussi" wins over "lire".
    const entries = [...new Set(allWords(list))].sort((a, b) => b.length - a.length).map(escapeRegex);
    // Entries in scripts without spaces (ja, zh) may be followed directly by text.
    re = new RegExp(`^(?:${entries.join('|')})(?=$|[\\s\\p{P}\\p{S}]|[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}])`, 'u');
    prefixRegexes.set(list, re);
  }
  return re;
}

/** The length of the matched prefix of normalized text, or 0. */
export function matchPrefix(list: WordList, normalizedText: string): number {
  const m = prefixRegex(list).exec(normalizedText);
  return m ? m[0].length : 0;
}

/** Share endpoints of the common networks: a link to one of these is a share button whatever it says. */
export const SHARE_HREF =
  /^(?:https?:\/\/(?:www\.|m\.)?(?:facebook\.com\/(?:sharer|share|dialog\/share)|(?:twitter|x)\.com\/(?:intent|share)|linkedin\.com\/(?:shareArticle|sharing)|pinterest\.[a-z.]+\/pin\/create|reddit\.com\/submit|t\.me\/share|telegram\.me\/share|api\.whatsapp\.com\/send|wa\.me\/|vk\.com\/share|connect\.ok\.ru|service\.weibo\.com\/share|social-plugins\.line\.me|line\.me\/R\/msg|getpocket\.com\/save|flipboard\.com\/bookmarklet|b\.hatena\.ne\.jp\/entry|bsky\.app\/intent)|whatsapp:\/\/send|mailto:\?)/i;
