// Every locale of the extension is complete: each message of English, with the same placeholders, nothing left in
// English unless scripts/locale-catalogs.ts says why, the store listing within Chrome's limits, and each catalog
// naming its own language (src/shared/ui-direction.ts reads it for the interface's lang and dir).
// `npx tsx scripts/locales.ts` lists what a locale lacks.
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGE_KEY } from '../../src/shared/ui-direction';
import { DEFAULT_LOCALE, loadCatalog, localeFolders, problemsOf, SAME_AS_ENGLISH, STORE_LIMITS } from '../../scripts/locale-catalogs';

/** The engine's languages (src/declutter/words/): the interface speaks each of them. */
const EXPECTED = ['ar', 'cs', 'de', 'en', 'es', 'fr', 'it', 'ja', 'ko', 'nl', 'pl', 'pt_BR', 'pt_PT', 'ru', 'sv', 'tr', 'zh_CN'];

const english = loadCatalog(DEFAULT_LOCALE);
const locales = localeFolders();

describe('locales', () => {
  it('has a catalog for each language the engine reads', () => {
    expect([...locales].sort()).toEqual(EXPECTED);
  });

  it.each(locales)('%s has every message of English, with the same placeholders', (locale) => {
    const { missing, placeholders, stale } = problemsOf(locale, english);
    expect({ missing, placeholders, stale }).toEqual({ missing: [], placeholders: [], stale: [] });
  });

  it.each(locales.filter((l) => l !== DEFAULT_LOCALE))('%s leaves no message in English without a listed reason', (locale) => {
    expect(problemsOf(locale, english).untranslated).toEqual([]);
  });

  it('lists no reason for a message that is translated after all, or that English does not have', () => {
    for (const [locale, entries] of Object.entries(SAME_AS_ENGLISH)) {
      for (const key of Object.keys(entries)) {
        expect(english[key], `${locale}: ${key}`).toBeDefined();
        if (locale === '*') continue;
        expect(loadCatalog(locale)[key]?.message, `${locale}: ${key} is translated: drop it from the list`).toBe(english[key]!.message);
      }
    }
  });

  it.each(locales)('%s keeps the store listing within Chrome\'s limits', (locale) => {
    const catalog = loadCatalog(locale);
    for (const [key, max] of Object.entries(STORE_LIMITS)) expect(catalog[key]!.message.length, key).toBeLessThanOrEqual(max);
  });

  it.each(locales)('%s names its own language', (locale) => {
    expect(loadCatalog(locale)[UI_LANGUAGE_KEY]?.message).toBe(locale.replace('_', '-'));
  });
});

describe('locales: the checks themselves', () => {
  const en = {
    hello: { message: 'Hello $NAME$', placeholders: { name: { content: '$1' } } },
    arrow: { message: '$FROM$ → $TO$', placeholders: { from: { content: '$1' }, to: { content: '$2' } } },
    extensionName: { message: 'News Declutter' },
  };

  it('finds a missing message, a changed placeholder and an untranslated string', () => {
    expect(problemsOf('xx', en, { hello: { message: 'Hello $NAME$', placeholders: { name: { content: '$1' } } } })).toEqual({
      missing: ['arrow', 'extensionName'], placeholders: [], untranslated: ['hello'], stale: [], tooLong: [],
    });
    expect(problemsOf('xx', en, {
      hello: { message: 'Salut $NOM$', placeholders: { nom: { content: '$1' } } },
      arrow: { message: '$FROM$ → $TO$', placeholders: { from: { content: '$2' }, to: { content: '$1' } } },
      extensionName: { message: 'News Declutter' },
      gone: { message: 'x' },
      extensionDescription: { message: 'x'.repeat(STORE_LIMITS.extensionDescription! + 1) },
    })).toEqual({ missing: [], placeholders: ['hello', 'arrow'], untranslated: [], stale: ['gone', 'extensionDescription'], tooLong: ['extensionDescription'] });
  });
});
