// Every message the options page asks for exists in every locale, with the same placeholders; every step that
// shipped with the options page has a translated name (a newer step shows its id until it gets one).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stepMessageKey } from '../../src/shared/labels';

const root = join(__dirname, '../..');
const LOCALES = ['en', 'fr', 'de', 'es'];
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const messages = Object.fromEntries(LOCALES.map((l) => [l, JSON.parse(readFileSync(join(root, '_locales', l, 'messages.json'), 'utf8')) as Messages]));

function keysUsedByOptionsPage(): string[] {
  const dir = join(root, 'src/options');
  const keys = new Set<string>();
  for (const f of readdirSync(dir)) {
    const text = readFileSync(join(dir, f), 'utf8');
    if (f.endsWith('.html')) for (const m of text.matchAll(/data-i18n="([A-Za-z0-9_]+)"/g)) keys.add(m[1]!);
    for (const m of text.matchAll(/'((?:options|reader)[A-Z][A-Za-z0-9_]*)'/g)) keys.add(m[1]!);
  }
  return [...keys].sort();
}

const SHIPPED_STEPS = ['related-links', 'newsletter', 'share-widget', 'ad-label', 'counter', 'markup-artifact', 'ui-label', 'timestamp', 'photo-credit', 'link-list', 'link-paragraph', 'title-byline', 'author-bio', 'copyright'];

describe('options page messages', () => {
  const keys = [...keysUsedByOptionsPage(), ...SHIPPED_STEPS.map(stepMessageKey)];

  it('finds the keys it checks', () => {
    expect(keys.length).toBeGreaterThan(60);
  });

  it.each(LOCALES)('%s has every key, non-empty', (l) => {
    const missing = keys.filter((k) => !messages[l]?.[k]?.message);
    expect(missing).toEqual([]);
  });

  it.each(LOCALES)('%s uses the same placeholders as en, and each one it declares', (l) => {
    for (const k of keys) {
      const en = Object.keys(messages.en?.[k]?.placeholders ?? {}).sort();
      const here = messages[l]?.[k];
      expect(Object.keys(here?.placeholders ?? {}).sort(), `${l} ${k}`).toEqual(en);
      for (const p of en) expect(here?.message.toLowerCase(), `${l} ${k}`).toContain(`$${p}$`);
    }
  });
});
