// Listen (read aloud) with a fake speechSynthesis: what is read and in what order, the highlight, the voice picked
// by the article's language (never a remote one by default), speed, the keyboard, no voice, and closing.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { handleContentMessage } from '../../src/background/content-messages';
import type { ListenSlot } from '../../src/content/listen/api';
import { mountPlayer, VOICE_WAIT_MS } from '../../src/content/listen/player-view';
import { pickVoice, voicesFor } from '../../src/content/listen/voices';
import { createSettingsStore } from '../../src/settings/index';
import type { ListenSettings } from '../../src/settings/listen';
import { fakeStorage } from './fakes/fake-storage';
import { FakeSynth, fakeUtterance, voice, type FakeVoice } from './fakes/fake-speech';
import { buttonByText, key, open, sampleArticle, type Opened } from './reader-helpers';

const FR_LOCAL = voice('Amélie', 'fr-FR', true);
const FR_REMOTE = voice('Cloud Léa', 'fr-FR', false, true);
const EN_LOCAL = voice('Alex', 'en-US', true, true);

interface Setup extends Opened {
  synth: FakeSynth;
  saved: ListenSettings[];
  /** The Listen button. */
  listen: HTMLButtonElement;
  panel: () => HTMLElement;
}

/** Lets the slot's promises (module load, settings read) settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup(opts: { voices?: FakeVoice[]; synth?: FakeSynth | null; stored?: ListenSettings; article?: Parameters<typeof sampleArticle>[0] } = {}): Setup {
  const synth = opts.synth === undefined ? new FakeSynth(opts.voices ?? [FR_LOCAL, FR_REMOTE, EN_LOCAL]) : opts.synth;
  const saved: ListenSettings[] = [];
  const slot: ListenSlot = {
    load: async () => ({ mount: (request) => mountPlayer({ ...request, synth, utterance: fakeUtterance }) }),
    settings: {
      load: async () => opts.stored ?? { rate: 1, voices: {} },
      save: (s) => { saved.push(s); },
    },
  };
  const opened = open({ kind: 'article', article: sampleArticle(opts.article) }, { extra: { listen: slot } });
  const listen = buttonByText(opened.root, 'Listen');
  return { ...opened, synth: synth ?? new FakeSynth(), saved, listen, panel: () => opened.root.querySelector<HTMLElement>('#nd-listen')! };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('listen: what is read', () => {
  it('reads the title, then the body blocks in order: never removed items, captions or the Related list', async () => {
    const s = setup();
    s.listen.click();
    await settle();
    expect(s.listen.getAttribute('aria-expanded')).toBe('true');
    expect(s.synth.readAll()).toEqual([
      'Le conseil municipal adopte le budget',
      'Premier paragraphe du budget.',
      'Deuxième paragraphe, avec une source.',
      'Un', 'Deux', 'Une citation.', 'Poste', '12',
    ]);
    // The end: stopped, nothing highlighted, the play button offers to play again.
    expect(s.synth.current).toBeNull();
    expect(s.root.querySelector('.nd-listen-mark')).toBeNull();
    expect(buttonByText(s.panel(), 'Play')).toBeTruthy();
  });

  it('reads an item once it is restored, as it is shown', async () => {
    const s = setup();
    buttonByText(s.root, 'Removed (3)').click();
    const restore = Array.from(s.root.querySelectorAll('button')).filter((b) => b.textContent === 'Restore');
    restore.at(-1)!.click(); // the newsletter box, which has no place: it goes at the end of the body
    s.listen.click();
    await settle();
    expect(s.synth.readAll()).toContain('Abonnez-vous');
  });

  it('speaks in the article\'s language, one sentence at a time, highlighting each and keeping the text intact', async () => {
    const s = setup({ article: { contentHtml: '<p>Une phrase. Une <em>autre phrase</em> ici.</p>' } });
    const body = s.root.querySelector('.nd-body')!;
    const before = body.innerHTML;
    s.listen.click();
    await settle();
    s.synth.finish(); // the title
    expect(s.synth.current?.text).toBe('Une phrase.');
    expect(s.synth.current?.lang).toBe('fr');
    expect(Array.from(s.root.querySelectorAll('.nd-listen-mark')).map((m) => m.textContent).join('')).toBe('Une phrase.');
    expect(s.root.querySelector('.nd-listen-block')?.textContent).toBe('Une phrase. Une autre phrase ici.');
    s.synth.finish();
    // A sentence across an element: each text piece is marked, the element is kept.
    expect(s.synth.current?.text).toBe('Une autre phrase ici.');
    expect(Array.from(s.root.querySelectorAll('.nd-listen-mark')).map((m) => m.textContent).join('')).toBe('Une autre phrase ici.');
    expect(body.querySelector('em')?.textContent).toBe('autre phrase');
    buttonByText(s.panel(), 'Stop').click();
    expect(body.innerHTML).toBe(before);
  });
});

describe('listen: voices', () => {
  it('picks an on-device voice of the article\'s language, never a remote one, and lists that language only', () => {
    expect(pickVoice([FR_REMOTE, EN_LOCAL, FR_LOCAL], 'fr', undefined)).toBe(FR_LOCAL);
    expect(pickVoice([FR_REMOTE, EN_LOCAL], 'fr', undefined)).toBeNull();
    expect(pickVoice([FR_REMOTE, FR_LOCAL], 'fr', FR_REMOTE.voiceURI)).toBe(FR_REMOTE); // chosen by the user
    expect(pickVoice([FR_LOCAL], 'fr', 'urn:gone')).toBe(FR_LOCAL);
    const gb = voice('Brian', 'en-GB');
    expect(pickVoice([EN_LOCAL, gb], 'en-GB', undefined)).toBe(gb);
    expect(voicesFor([FR_REMOTE, EN_LOCAL, FR_LOCAL], 'fr-CA')).toEqual([FR_LOCAL, FR_REMOTE]);
    expect(voicesFor([FR_REMOTE, EN_LOCAL], 'ja')).toEqual([EN_LOCAL, FR_REMOTE]);
  });

  it('with only remote voices, says so and plays nothing until the user picks one, which is remembered', async () => {
    const s = setup({ voices: [FR_REMOTE, EN_LOCAL] });
    s.listen.click();
    await settle();
    expect(s.synth.spoken).toEqual([]);
    expect(s.panel().textContent).toContain('No voice on this device reads this language');
    const menu = s.panel().querySelector('select')!;
    expect(menu.value).toBe('');
    const remote = Array.from(menu.options).find((o) => o.value === FR_REMOTE.voiceURI)!;
    expect(remote.textContent).toContain('sends the text off this device');
    menu.value = FR_REMOTE.voiceURI;
    menu.dispatchEvent(new s.win.Event('change', { bubbles: true }));
    // The wish to listen was kept: it plays now, with that voice, and the panel says where the text goes.
    expect(s.synth.current?.voice).toBe(FR_REMOTE);
    expect(s.panel().querySelector<HTMLElement>('.nd-listen-remote')!.hidden).toBe(false);
    expect(s.saved.at(-1)).toEqual({ rate: 1, voices: { fr: FR_REMOTE.voiceURI } });
  });

  it('takes voices the browser lists late, and uses the voice remembered for the language', async () => {
    const synth = new FakeSynth([]);
    const s = setup({ synth, stored: { rate: 1, voices: { fr: 'urn:test:Thomas' } } });
    s.listen.click();
    await settle();
    expect(s.panel().textContent).toContain('Looking for voices');
    synth.setVoices([FR_LOCAL, voice('Thomas', 'fr-FR')]);
    expect(synth.current?.voice?.name).toBe('Thomas');
  });

  it('offers and picks voices in the interface\'s language for an article that names none', async () => {
    const s = setup({ article: { lang: '' } });
    s.listen.click();
    await settle();
    expect(s.synth.current?.voice).toBe(EN_LOCAL);
    expect(Array.from(s.panel().querySelector('select')!.options).map((o) => o.value)).toEqual(['', EN_LOCAL.voiceURI]);
  });

  it('keeps the voice picked in the menu when the browser lists more, on an article without a language', async () => {
    const brian = voice('Brian', 'en-GB');
    const s = setup({ article: { lang: '' }, voices: [EN_LOCAL, brian] });
    s.listen.click();
    await settle();
    const menu = s.panel().querySelector('select')!;
    menu.value = brian.voiceURI;
    menu.dispatchEvent(new s.win.Event('change', { bubbles: true }));
    s.synth.setVoices([EN_LOCAL, brian, FR_LOCAL].map((v) => ({ ...v })));
    expect(menu.value).toBe(brian.voiceURI);
    expect(s.synth.current?.voice?.voiceURI).toBe(brian.voiceURI);
    // No article language, no key to remember the choice under.
    expect(s.saved.at(-1)?.voices).toEqual({});
  });

  it('says when there is no voice at all', async () => {
    vi.useFakeTimers();
    const s = setup({ voices: [] });
    s.listen.click();
    await vi.advanceTimersByTimeAsync(VOICE_WAIT_MS);
    expect(s.panel().textContent).toContain('No voice is installed');
    expect(buttonByText(s.panel(), 'Play').disabled).toBe(true);
  });

  it('says so when the browser has no speech synthesis', async () => {
    const s = setup({ synth: null });
    s.listen.click();
    await settle();
    expect(s.panel().textContent).toContain('No voice is installed');
  });

  it('tries again, once, when the browser lists more voices after a failure (Firefox while it lists them)', async () => {
    const s = setup();
    s.listen.click();
    await settle();
    s.synth.fail();
    expect(s.synth.current).toBeNull();
    s.synth.setVoices([FR_LOCAL, FR_REMOTE, EN_LOCAL, voice('Thomas', 'fr-FR')]);
    expect(s.synth.current?.text).toBe('Le conseil municipal adopte le budget');
    s.synth.fail();
    s.synth.setVoices([FR_LOCAL, FR_REMOTE, EN_LOCAL]);
    expect(s.synth.current?.text).toBe('Le conseil municipal adopte le budget');
    // The retry happens only on a list that changed after that failure, and then only once per failure.
    s.synth.fail();
    expect(s.panel().textContent).toContain('the voice did not answer');
  });

  it('says when the voice fails, and plays again from there', async () => {
    const s = setup();
    s.listen.click();
    await settle();
    s.synth.finish();
    s.synth.fail();
    expect(s.panel().textContent).toContain('the voice did not answer');
    buttonByText(s.panel(), 'Play').click();
    expect(s.synth.current?.text).toBe('Premier paragraphe du budget.');
  });
});

describe('listen: controls', () => {
  it('pauses and plays with its button, Space in the panel and Alt+Shift+L anywhere in the reader', async () => {
    const s = setup();
    s.listen.click();
    await settle();
    const play = buttonByText(s.panel(), 'Pause');
    expect(s.root.activeElement).toBe(play);
    play.click();
    expect(s.synth.current).toBeNull();
    expect(play.getAttribute('aria-label')).toBe('Play');
    // Space on the panel itself (not on one of its controls).
    const space = key(s.panel(), s.win, ' ');
    expect(space.defaultPrevented).toBe(true);
    expect(s.synth.current?.text).toBe('Le conseil municipal adopte le budget');
    // The shortcut from the article.
    const scroll = s.root.querySelector<HTMLElement>('.nd-scroll')!;
    scroll.focus();
    key(scroll, s.win, 'L', { code: 'KeyL', altKey: true, shiftKey: true });
    expect(s.synth.current).toBeNull();
    key(scroll, s.win, 'L', { code: 'KeyL', altKey: true, shiftKey: true });
    expect(s.synth.current?.text).toBe('Le conseil municipal adopte le budget');
  });

  it('opens and plays from the shortcut before the bar was ever opened', async () => {
    const s = setup();
    key(s.root.querySelector('.nd-scroll')!, s.win, 'L', { code: 'KeyL', altKey: true, shiftKey: true });
    await settle();
    expect(s.panel().hidden).toBe(false);
    expect(s.synth.current?.text).toBe('Le conseil municipal adopte le budget');
  });

  it('moves by paragraph, back and forth', async () => {
    const s = setup();
    s.listen.click();
    await settle();
    buttonByText(s.panel(), 'Next paragraph').click();
    expect(s.synth.current?.text).toBe('Premier paragraphe du budget.');
    buttonByText(s.panel(), 'Next paragraph').click();
    expect(s.synth.current?.text).toBe('Deuxième paragraphe, avec une source.');
    buttonByText(s.panel(), 'Previous paragraph').click();
    expect(s.synth.current?.text).toBe('Premier paragraphe du budget.');
  });

  it('changes speed at once, within 0.5x to 3x, and remembers it', async () => {
    const s = setup({ stored: { rate: 1.5, voices: {} } });
    s.listen.click();
    await settle();
    expect(s.synth.current?.rate).toBe(1.5);
    // Reading waited for the stored speed: the first sentence was not begun at the default and said again.
    expect(s.synth.spoken).toHaveLength(1);
    const range = s.panel().querySelector<HTMLInputElement>('input[type="range"]')!;
    expect([range.min, range.max]).toEqual(['0.5', '3']);
    range.value = '2.5';
    range.dispatchEvent(new s.win.Event('input', { bubbles: true }));
    range.dispatchEvent(new s.win.Event('change', { bubbles: true }));
    expect(s.synth.current?.rate).toBe(2.5);
    expect(s.synth.current?.text).toBe('Le conseil municipal adopte le budget');
    expect(s.saved.at(-1)).toEqual({ rate: 2.5, voices: {} });
  });

  it('stops speaking when the bar closes and when the reader closes', async () => {
    const s = setup();
    s.listen.click();
    await settle();
    s.listen.click();
    expect(s.synth.current).toBeNull();
    expect(s.panel().hidden).toBe(true);
    s.listen.click();
    await settle();
    expect(s.synth.current).not.toBeNull();
    s.handle.close();
    expect(s.synth.current).toBeNull();
    // Nothing more is said after the close.
    s.synth.finish();
    expect(s.synth.current).toBeNull();
  });

  it('every control has a name', async () => {
    const s = setup();
    expect(s.listen.getAttribute('aria-keyshortcuts')).toBe('Alt+Shift+L');
    expect(s.listen.getAttribute('aria-controls')).toBe('nd-listen');
    s.listen.click();
    await settle();
    for (const b of Array.from(s.panel().querySelectorAll('button'))) expect(b.getAttribute('aria-label')).toBeTruthy();
    for (const id of ['nd-listen-rate', 'nd-listen-voice']) expect(s.panel().querySelector(`label[for="${id}"]`)?.textContent).toBeTruthy();
  });
});

describe('listen: loading', () => {
  it('mounts one player when the bar is opened, closed and opened again before listen.js arrives', async () => {
    const synth = new FakeSynth([FR_LOCAL]);
    let mounts = 0;
    const pending: (() => void)[] = [];
    const slot: ListenSlot = {
      load: () => new Promise((resolve) => pending.push(() => resolve({
        mount: (request) => { mounts++; return mountPlayer({ ...request, synth, utterance: fakeUtterance }); },
      }))),
      settings: { load: async () => ({ rate: 1, voices: {} }), save: () => {} },
    };
    const s = open({ kind: 'article', article: sampleArticle() }, { extra: { listen: slot } });
    const listen = buttonByText(s.root, 'Listen');
    listen.click();
    listen.click();
    listen.click();
    for (const resolve of pending) resolve();
    await settle();
    expect(mounts).toBe(1);
    expect(synth.spoken).toHaveLength(1);
  });

  it('says so in the bar when listen.js cannot be loaded', async () => {
    const slot: ListenSlot = { load: () => Promise.reject(new Error('no')), settings: { load: async () => ({ rate: 1, voices: {} }), save: () => {} } };
    const s = open({ kind: 'article', article: sampleArticle() }, { extra: { listen: slot } });
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    buttonByText(s.root, 'Listen').click();
    await settle();
    error.mockRestore();
    expect(s.root.querySelector('#nd-listen [role="alert"]')?.textContent).toContain('the voice did not answer');
  });
});

describe('listen: the background', () => {
  it('injects listen.js into the tab of the reader that asks, and only for its own content script', async () => {
    const injected: number[] = [];
    const deps = {
      runtimeId: 'me', store: createSettingsStore(fakeStorage()), showReaderState: async () => undefined,
      openSiteSettings: async () => undefined, openExtractor: async () => undefined,
      loadListen: async (tabId: number) => { injected.push(tabId); },
      positions: { get: async () => null }, injectSavePanel: async () => ({ loaded: true as const }),
    };
    const url = 'https://news.example/a';
    await handleContentMessage({ type: 'load-listen' }, { id: 'me', url, tab: { id: 7, url } }, deps);
    expect(handleContentMessage({ type: 'load-listen' }, { id: 'other', url, tab: { id: 8, url } }, deps)).toBeUndefined();
    expect(injected).toEqual([7]);
  });
});
