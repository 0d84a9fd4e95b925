// The Listen settings inside the global settings: bounds, the map of voices, a global from before Listen, and
// the update path that keeps the reader's display settings and Listen's from resetting each other.
import { describe, expect, it } from 'vitest';
import { createSettingsStore, DEFAULTS, KEY_GLOBAL, validateGlobal } from '../../src/settings/index';
import { defaultListen, listenLangKey, MAX_LISTEN_VOICES, validateListen } from '../../src/settings/listen';
import { fakeStorage } from './fakes/fake-storage';

describe('listen settings', () => {
  it('keeps a good value and repairs a bad field alone', () => {
    expect(validateListen({ rate: 1.75, voices: { fr: 'Amélie' } })).toEqual({ value: { rate: 1.75, voices: { fr: 'Amélie' } }, problems: [] });
    const bad = validateListen({ rate: 9, voices: { fr: 'Amélie', 'not a lang': 'x', de: 3 } });
    expect(bad.value).toEqual({ rate: 1, voices: { fr: 'Amélie' } });
    expect(bad.problems).toHaveLength(3);
    expect(validateListen({ rate: 0.25 }).value.rate).toBe(1);
    expect(validateListen({ rate: 3 }).value.rate).toBe(3);
  });

  it('caps the number of languages', () => {
    const voices = Object.fromEntries(Array.from({ length: MAX_LISTEN_VOICES + 5 }, (_, i) => [`a${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`, 'v']));
    const checked = validateListen({ rate: 1, voices });
    expect(Object.keys(checked.value.voices)).toHaveLength(MAX_LISTEN_VOICES);
    expect(checked.problems.length).toBeGreaterThan(0);
  });

  it('reads a global saved before Listen existed as the defaults, with no problem to keep aside', () => {
    const checked = validateGlobal({ reader: { ...DEFAULTS.global.reader } });
    expect(checked.problems).toEqual([]);
    expect(checked.value.listen).toEqual(defaultListen());
  });

  it('keys voices by the primary language subtag', () => {
    expect(listenLangKey('pt-BR')).toBe('pt');
    expect(listenLangKey('zh_CN')).toBe('zh');
    expect(listenLangKey('')).toBe('');
    expect(listenLangKey('x')).toBe('');
  });

  it('saving the display settings keeps the Listen settings, and the other way round', async () => {
    const s = fakeStorage();
    s.local.seed({ [KEY_GLOBAL]: { savedAt: 1, value: { reader: { ...DEFAULTS.global.reader } } } });
    const store = createSettingsStore(s, { now: () => 2 });
    await store.updateGlobal({ listen: { rate: 2, voices: { en: 'Alex' } } });
    await store.updateGlobal({ reader: { ...DEFAULTS.global.reader, theme: 'dark' } });
    const global = await store.getGlobal();
    expect(global.listen).toEqual({ rate: 2, voices: { en: 'Alex' } });
    expect(global.reader.theme).toBe('dark');
  });

  it('two updates at once each keep the other\'s part', async () => {
    const s = fakeStorage();
    const store = createSettingsStore(s, { now: () => 3 });
    await Promise.all([
      store.updateGlobal({ listen: { rate: 2.5, voices: {} } }),
      store.updateGlobal({ reader: { ...DEFAULTS.global.reader, font: 'mono' } }),
    ]);
    const global = await store.getGlobal();
    expect(global.listen.rate).toBe(2.5);
    expect(global.reader.font).toBe('mono');
  });
});
