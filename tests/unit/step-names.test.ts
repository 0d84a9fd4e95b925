// The options page and the reader's site panel name the cleaning steps added for unseen pages in every shipped
// locale that translates step names (en, fr, de, es), not by their ids.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stepMessageKey } from '../../src/shared/labels';

const NEW_STEPS = ['tag-list', 'social-follow', 'comment-remnant', 'repeated-line', 'popular-list', 'subscription-offer'];

describe.each(['en', 'fr', 'de', 'es'])('step names in %s', (locale) => {
  const messages = JSON.parse(readFileSync(new URL(`../../_locales/${locale}/messages.json`, import.meta.url), 'utf8')) as
    Record<string, { message: string; description: string }>;
  it.each(NEW_STEPS)('names %s', (id) => {
    const entry = messages[stepMessageKey(id)];
    expect(entry?.message).toBeTruthy();
    expect(entry?.description).toContain(id);
  });
});
