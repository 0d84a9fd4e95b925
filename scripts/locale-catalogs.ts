// The extension's message catalogs (_locales/<folder>/messages.json) and what makes one complete: every message of
// English (the default locale), with the same placeholders, and no string left in English unless it is listed
// below with the reason. Read by `npm run`'s locale check (scripts/locales.ts) and by tests/unit/locales.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const LOCALES_DIR = resolve(import.meta.dirname, '..', '_locales');
export const DEFAULT_LOCALE = 'en';

export interface ChromeMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalog = Record<string, ChromeMessage>;

/** Every locale folder, the default one first. */
export function localeFolders(): string[] {
  const folders = readdirSync(LOCALES_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  return [DEFAULT_LOCALE, ...folders.filter((f) => f !== DEFAULT_LOCALE)];
}

export function loadCatalog(locale: string): Catalog {
  return JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Catalog;
}

/**
 * Messages that may read exactly as in English, with the reason. Kept short on purpose: an entry is a word that
 * this language really writes the same way, never a string waiting for its translation.
 */
export const SAME_AS_ENGLISH: Record<string, Record<string, string>> = {
  '*': {
    extensionName: 'The product name, the same in every store listing and add-ons list; the description says what it does.',
  },
  de: {
    readerListenPause: 'German "Pause", the same word.',
    readerThemeSepia: 'German "Sepia", the same word.',
    readerThemeSystem: 'German "System", the same word.',
  },
  es: {
    readerThemeSepia: 'Spanish "sepia", the same word.',
  },
  fr: {
    readerListenPause: 'French "pause", the same word.',
    optionsSitesHeading: 'French "sites", the same word.',
    optionsAddSiteLabel: 'French "site", the same word.',
    optionsColSite: 'French "site", the same word.',
    optionsColMode: 'French "mode", the same word.',
    optionsColActions: 'French "actions", the same word.',
  },
  nl: {
    readerThemeSepia: 'Dutch "sepia", the same word.',
  },
  pl: {
    readerThemeSepia: 'Polish "sepia", the same word.',
  },
  pt_BR: {
    optionsSitesHeading: 'Portuguese "sites", the usual word for web sites.',
    optionsAddSiteLabel: 'Portuguese "site", the usual word for a web site.',
    optionsColSite: 'Portuguese "site", the usual word for a web site.',
  },
  pt_PT: {
    optionsSitesHeading: 'Portuguese "sites", the usual word for web sites.',
    optionsAddSiteLabel: 'Portuguese "site", the usual word for a web site.',
    optionsColSite: 'Portuguese "site", the usual word for a web site.',
  },
  sv: {
    readerThemeSepia: 'Swedish "sepia", the same word.',
  },
  tr: {
    optionsAddSiteLabel: 'Turkish "site", the usual word for a web site.',
    optionsColSite: 'Turkish "site", the usual word for a web site.',
  },
};

/** Chrome Web Store and Chrome's manifest parser: the name at most 75 characters, the description at most 132. */
export const STORE_LIMITS: Record<string, number> = { extensionName: 75, extensionDescription: 132 };

/** Placeholder names a message uses ($COUNT$ → "count"), sorted. */
export function placeholdersUsed(message: string): string[] {
  return [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();
}

/** True when a message has nothing to translate: only placeholders, digits, spaces and punctuation. */
function nothingToTranslate(message: string): boolean {
  return !/\p{L}/u.test(message.replace(/\$[A-Za-z0-9_@]+\$/g, ''));
}

export interface LocaleProblems {
  /** Keys of English this locale lacks (or has with an empty message). */
  missing: string[];
  /** Keys whose placeholders differ from English's: used in the message, or declared with their $n content. */
  placeholders: string[];
  /** Keys whose message is English's, word for word, and not on SAME_AS_ENGLISH. */
  untranslated: string[];
  /** Keys English no longer has. */
  stale: string[];
  /** Store listing messages longer than the store accepts (STORE_LIMITS). */
  tooLong: string[];
}

export function problemsOf(locale: string, english: Catalog = loadCatalog(DEFAULT_LOCALE), catalog: Catalog = loadCatalog(locale)): LocaleProblems {
  const problems: LocaleProblems = { missing: [], placeholders: [], untranslated: [], stale: [], tooLong: [] };
  const allowed = { ...SAME_AS_ENGLISH['*'], ...SAME_AS_ENGLISH[locale] };
  for (const [key, en] of Object.entries(english)) {
    const here = catalog[key];
    if (!here?.message?.trim()) {
      problems.missing.push(key);
      continue;
    }
    const declared = (m: ChromeMessage) => Object.entries(m.placeholders ?? {}).map(([name, p]) => `${name.toLowerCase()}=${p.content}`).sort();
    if (placeholdersUsed(here.message).join() !== placeholdersUsed(en.message).join() || declared(here).join() !== declared(en).join()) {
      problems.placeholders.push(key);
    }
    if (locale !== DEFAULT_LOCALE && here.message === en.message && !nothingToTranslate(en.message) && !(key in allowed)) {
      problems.untranslated.push(key);
    }
  }
  problems.stale = Object.keys(catalog).filter((key) => !(key in english));
  problems.tooLong = Object.entries(STORE_LIMITS).filter(([key, max]) => (catalog[key]?.message.length ?? 0) > max).map(([key]) => key);
  return problems;
}
