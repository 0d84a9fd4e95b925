// Every message the welcome page and the reader sample ask for exists in every locale, with the same placeholders
// as English: the page opens in the user's language on install, so a missing key would greet them with its name.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
/** The locales the welcome page shipped with; a locale added later falls back to English (default_locale) until translated. */
const LOCALES = ['en', 'fr', 'de', 'es'];
const messages = Object.fromEntries(LOCALES.map((l) => [l, JSON.parse(readFileSync(join(root, '_locales', l, 'messages.json'), 'utf8')) as Messages]));

function keysUsed(): string[] {
  const keys = new Set<string>();
  const files = [
    ...readdirSync(join(root, 'src/welcome')).map((f) => join(root, 'src/welcome', f)),
    join(root, 'src/shared/reader-sample.ts'),
  ];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/data-i18n="([A-Za-z0-9_]+)"/g)) keys.add(m[1]!);
    // t('key', …) calls, and keys chosen in code before the call (`placement === 'toolbar' ? 'welcome…' : …`).
    for (const m of text.matchAll(/\bt\('([A-Za-z][A-Za-z0-9_]*)'/g)) keys.add(m[1]!);
    for (const m of text.matchAll(/'((?:welcome|sample)[A-Z][A-Za-z0-9_]*)'/g)) keys.add(m[1]!);
  }
  return [...keys].sort();
}

describe('welcome page messages', () => {
  const keys = keysUsed();

  it('finds the keys it checks', () => {
    expect(keys).toEqual(expect.arrayContaining(['welcomeTitle', 'welcomeButtonToolbar', 'welcomeButtonExtensionsMenu', 'welcomeShortcut', 'sampleTitle']));
  });

  it.each(LOCALES)('%s has every key, non-empty, with the placeholders en has', (l) => {
    const missing = keys.filter((k) => !messages[l]?.[k]?.message);
    expect(missing).toEqual([]);
    for (const k of keys) {
      expect(Object.keys(messages[l]?.[k]?.placeholders ?? {}).sort(), `${l} ${k}`).toEqual(Object.keys(messages.en?.[k]?.placeholders ?? {}).sort());
    }
  });
});
