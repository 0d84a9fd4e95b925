// Keeps the word lists clean (STYLE.md rule 5): normalized, sorted, no duplicates, every list filled.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normalizeWords } from '../../src/declutter/normalize';
import { WORDS } from '../../src/declutter/words/index';
import type { LanguageWords } from '../../src/declutter/words/types';

/** Every language file in src/declutter/words/ (index.ts and types.ts are not languages). */
const WORDS_DIR = fileURLToPath(new URL('../../src/declutter/words/', import.meta.url));
const FILES = readdirSync(WORDS_DIR).filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'types.ts').map((f) => f.replace(/\.ts$/, ''));
const LISTS: (keyof LanguageWords)[] = [
  'adLabels', 'readAlsoPrefixes', 'relatedHeadings', 'popularHeadings', 'shareLabels', 'newsletterPhrases', 'counterWords',
  'timestampPrefixes', 'creditPrefixes', 'uiLabels', 'bylinePrefixes', 'authorHeadings', 'authorNotes', 'copyrightPhrases', 'cookiePhrases',
  'tagPrefixes', 'followPhrases', 'commentLabels', 'commentNotices', 'issueOffers',
];

describe('word lists', () => {
  it('register every language file, and only those', () => {
    expect(FILES.length).toBeGreaterThan(0);
    expect(Object.keys(WORDS).sort()).toEqual([...FILES].sort());
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
