// Every string the reader shows is localized: each key of READER_MESSAGE_KEYS exists in all four
// locales with a non-empty message and consistent placeholders, and the reader's sources use no other key.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { KIND_KEYS, READER_MESSAGE_KEYS } from '../../src/shared/reader-view/messages';
import { loadMessages } from './reader-helpers';

const LOCALES = ['en', 'fr', 'de', 'es'];
const READER_DIR = fileURLToPath(new URL('../../src/content/reader/', import.meta.url));
/** The article view, shared with the options preview and the welcome page. */
const VIEW_DIR = fileURLToPath(new URL('../../src/shared/reader-view/', import.meta.url));
/** The Listen player, loaded on first use, speaks through the reader's `t`. */
const LISTEN_DIR = fileURLToPath(new URL('../../src/content/listen/', import.meta.url));

describe('reader: localization', () => {
  it.each(LOCALES)('%s has every reader key, with placeholders that resolve', (locale) => {
    const messages = loadMessages(locale);
    const english = loadMessages('en');
    for (const key of READER_MESSAGE_KEYS) {
      expect(key).toMatch(/^[a-zA-Z0-9_]+$/);
      const m = messages[key];
      expect(m, `${locale}: ${key}`).toBeDefined();
      expect(m!.message.trim(), `${locale}: ${key}`).not.toBe('');
      const used = [...m!.message.matchAll(/\$([a-zA-Z0-9_]+)\$/g)].map((x) => x[1]!.toLowerCase()).sort();
      const englishUsed = [...english[key]!.message.matchAll(/\$([a-zA-Z0-9_]+)\$/g)].map((x) => x[1]!.toLowerCase()).sort();
      expect(used, `${locale}: ${key} placeholders`).toEqual(englishUsed);
      for (const name of used) expect(m!.placeholders?.[name]?.content, `${locale}: ${key} $${name}$`).toMatch(/^\$\d$/);
    }
  });

  it('the reader sources use only listed keys, and every listed key is used', () => {
    const listed = new Set<string>(READER_MESSAGE_KEYS);
    const used = new Set<string>(Object.values(KIND_KEYS));
    const files = [
      ...readdirSync(READER_DIR).map((f) => READER_DIR + f),
      ...readdirSync(VIEW_DIR).filter((f) => f !== 'messages.ts').map((f) => VIEW_DIR + f),
      ...readdirSync(LISTEN_DIR).map((f) => LISTEN_DIR + f),
    ].filter((f) => f.endsWith('.ts'));
    for (const file of files) {
      const src = readFileSync(file, 'utf8');
      for (const m of src.matchAll(/'(reader[A-Z][a-zA-Z0-9_]*)'/g)) used.add(m[1]!);
    }
    for (const key of used) expect(listed.has(key), `${key} is not in READER_MESSAGE_KEYS`).toBe(true);
    for (const key of listed) expect(used.has(key), `${key} is never used`).toBe(true);
  });
});
