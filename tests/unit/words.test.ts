// Keeps the word lists clean (STYLE.md rule 5): normalized, sorted, no duplicates, every list filled.
import { describe, expect, it } from 'vitest';
import { normalizeWords } from '../../src/declutter/normalize';
import { WORDS } from '../../src/declutter/words/index';
import type { LanguageWords } from '../../src/declutter/words/types';

/** Languages issue 2 requires at the least. */
const REQUIRED = ['ar', 'de', 'en', 'es', 'fr', 'it', 'ja', 'ko', 'nl', 'pl', 'pt', 'ru', 'sv', 'tr', 'zh'];
const LISTS: (keyof LanguageWords)[] = [
  'adLabels', 'readAlsoPrefixes', 'relatedHeadings', 'popularHeadings', 'shareLabels', 'newsletterPhrases', 'counterWords',
  'timestampPrefixes', 'creditPrefixes', 'uiLabels', 'bylinePrefixes', 'authorHeadings', 'copyrightPhrases', 'cookiePhrases',
];

describe('word lists', () => {
  it('cover every required language', () => {
    for (const lang of REQUIRED) expect(WORDS[lang], lang).toBeDefined();
  });

  for (const [lang, words] of Object.entries(WORDS)) {
    for (const list of LISTS) {
      it(`${lang}.${list} is filled, normalized, sorted and unique`, () => {
        const entries = words[list];
        expect(entries.length).toBeGreaterThan(0);
        for (const e of entries) expect(normalizeWords(e), `${lang}.${list}: ${JSON.stringify(e)}`).toBe(e);
        expect([...entries].sort()).toEqual(entries);
        expect(new Set(entries).size).toBe(entries.length);
      });
    }
  }
});
