// The Listen panel: play/pause, stop, previous and next paragraph, speed and voice, and a line that says what is
// wrong when something is (no voice at all, no voice on this device for the article's language, a failure).
// Built with createElement only (../shared/BROWSER-TESTS.md, "Page CSP"); native buttons, slider and menu, so the
// keyboard and screen readers work as they do everywhere.
import { h, svgIcon } from '../../shared/reader-view/dom';
import { styleOnce } from '../../shared/reader-view/style-once';
import { LISTEN_RATE_RANGE, listenLangKey, type ListenSettings } from '../../settings/listen';
import { LISTEN_SHORTCUT, type ListenMountContext, type ListenPlayer } from './api';
import { collectBlocks } from './blocks';
import { createHighlighter } from './highlight';
import { createPlayerCore, type PlayState } from './player';
import { LISTEN_CSS } from './styles';
import { pickVoice, voicesFor } from './voices';

/**
 * How long to wait for the first voices before saying there are none: speech-dispatcher starts on the first
 * request and lists its voices in 5-9 s on this project's 2-core machines (measured in Chromium 156 and Firefox
 * 153). Voices that come later are still taken.
 */
export const VOICE_WAIT_MS = 15_000;

/** Filled 20×20 paths for the player's buttons. */
const ICONS = {
  play: 'M6 4l11 6-11 6z',
  pause: 'M5 4h4v12H5zM11 4h4v12h-4z',
  stop: 'M5 5h10v10H5z',
  previous: 'M4 4h2v12H4zM17 4v12L7 10z',
  next: 'M14 4h2v12h-2zM3 4v12l10-6z',
} as const;

function iconButton(doc: Document, name: keyof typeof ICONS, label: string): HTMLButtonElement {
  return h(doc, 'button', { type: 'button', class: `nd-button nd-icon-only nd-listen-${name}`, 'aria-label': label, title: label }, [svgIcon(doc, ICONS[name])]);
}

function setIcon(button: HTMLButtonElement, name: keyof typeof ICONS): void {
  button.querySelector('path')?.setAttribute('d', ICONS[name]);
}

export function mountPlayer(ctx: ListenMountContext): ListenPlayer {
  const { doc, t, panel } = ctx;
  const langKey = listenLangKey(ctx.lang);
  /**
   * The language voices are offered and picked for: the article's, else the interface's. Without either the menu
   * would list every voice (about 13,000 with espeak-ng, measured), and no voice would be picked by itself.
   */
  const voiceLang = ctx.lang || ctx.uiLocale;
  let settings: ListenSettings = { rate: 1, voices: {} };
  const highlighter = createHighlighter(doc);

  const play = iconButton(doc, 'play', t('readerListenPlay'));
  play.classList.add('nd-listen-play');
  play.setAttribute('aria-keyshortcuts', LISTEN_SHORTCUT);
  const stop = iconButton(doc, 'stop', t('readerListenStop'));
  const previous = iconButton(doc, 'previous', t('readerListenPrevious'));
  const next = iconButton(doc, 'next', t('readerListenNext'));
  const status = h(doc, 'p', { class: 'nd-listen-status', 'aria-live': 'polite' });

  const rateOut = h(doc, 'output', { for: 'nd-listen-rate' });
  const rate = h(doc, 'input', {
    type: 'range', id: 'nd-listen-rate', class: 'nd-range',
    min: String(LISTEN_RATE_RANGE.min), max: String(LISTEN_RATE_RANGE.max), step: String(LISTEN_RATE_RANGE.step),
  });
  const voiceMenu = h(doc, 'select', { id: 'nd-listen-voice', class: 'nd-listen-select' });
  const remoteNote = h(doc, 'p', { class: 'nd-hint nd-listen-remote', hidden: '' }, [t('readerListenRemoteNote')]);

  styleOnce(panel, 'listen', LISTEN_CSS);
  panel.replaceChildren(
    h(doc, 'div', { class: 'nd-listen-controls' }, [previous, play, stop, next]),
    h(doc, 'div', { class: 'nd-field' }, [h(doc, 'label', { class: 'nd-field-label', for: 'nd-listen-rate' }, [t('readerListenSpeed'), rateOut]), rate]),
    h(doc, 'div', { class: 'nd-field' }, [h(doc, 'label', { class: 'nd-field-label', for: 'nd-listen-voice' }, [t('readerListenVoice')]), voiceMenu]),
    status,
    remoteNote,
  );

  const formatRate = (r: number) => `${new Intl.NumberFormat(ctx.uiLocale || undefined, { maximumFractionDigits: 2 }).format(r)}×`;
  const showRate = (r: number) => {
    rate.value = String(r);
    rateOut.textContent = formatRate(r);
    rate.setAttribute('aria-valuetext', formatRate(r));
  };
  showRate(settings.rate);

  const say = (key: Parameters<typeof t>[0] | null, tone: 'info' | 'warn' = 'info') => {
    status.textContent = key ? t(key) : '';
    status.dataset.tone = tone;
  };

  const synth = ctx.synth;
  let voices: SpeechSynthesisVoice[] = [];
  let voice: SpeechSynthesisVoice | null = null;
  /** The voice picked in the menu on this page, if any. */
  let chosen: SpeechSynthesisVoice | null = null;
  /** The user asked to play before a voice or the stored settings were there: play once they are. */
  let wantPlay = false;
  /** The stored speed and voices are read: playing before would start with the defaults, then switch. */
  let settingsLoaded = false;
  let failed = false;
  /**
   * A failure while the browser may still be listing voices: Firefox 153 refuses to speak until its list is
   * complete (measured), so the next `voiceschanged` tries again, once.
   */
  let retryOnVoices = false;
  /** VOICE_WAIT_MS passed with no voice listed: say there is none. */
  let voiceWaitOver = false;

  const core = synth ? createPlayerCore({
    blocks: collectBlocks(ctx.title, ctx.body),
    lang: ctx.lang,
    synth,
    utterance: ctx.utterance,
    highlighter,
    rate: settings.rate,
    voice: null,
    onChange(state: PlayState, didFail: boolean) {
      failed = didFail;
      if (didFail) retryOnVoices = true;
      render(state);
    },
  }) : null;

  function render(state: PlayState = core?.state() ?? 'stopped'): void {
    const playing = state === 'playing';
    setIcon(play, playing ? 'pause' : 'play');
    const label = t(playing ? 'readerListenPause' : 'readerListenPlay');
    play.setAttribute('aria-label', label);
    play.title = label;
    const usable = !!core && !!voice;
    play.disabled = !core || (voiceWaitOver && !voices.length);
    stop.disabled = !usable || state === 'stopped';
    previous.disabled = !usable;
    next.disabled = !usable;
    remoteNote.hidden = !voice || voice.localService;
    if (failed) say('readerListenFailed', 'warn');
    else if (!synth) say('readerListenNoVoice', 'warn');
    else if (!voices.length) say(voiceWaitOver ? 'readerListenNoVoice' : 'readerListenLoadingVoices', voiceWaitOver ? 'warn' : 'info');
    else if (!voice) say('readerListenNoLocalVoice', 'warn');
    else say(null);
  }

  /** Fills the menu; rebuilt only when the list changed (Firefox lists its voices a few hundred at a time). */
  let listed = '';
  function fillMenu(): void {
    const offered = voicesFor(voices, voiceLang);
    const signature = `${offered.length}:${voice?.voiceURI ?? ''}`;
    if (signature === listed) return;
    listed = signature;
    const options = [h(doc, 'option', { value: '' }, [t('readerListenChooseVoice')])];
    for (const v of offered) {
      const name = `${v.name} (${v.lang})`;
      const option = h(doc, 'option', { value: v.voiceURI }, [v.localService ? name : `${name} — ${t('readerListenRemoteVoice')}`]);
      if (!v.localService) option.dataset.remote = '';
      options.push(option);
    }
    voiceMenu.replaceChildren(...options);
    voiceMenu.value = voice?.voiceURI ?? '';
  }

  function takeVoices(): void {
    if (!synth) return;
    voices = synth.getVoices();
    // The user's pick in the menu stands while the browser still lists it (an article without a language has no
    // key to remember it under).
    const stillListed = chosen && voices.find((v) => v.voiceURI === chosen?.voiceURI);
    const picked = stillListed || pickVoice(voices, voiceLang, settings.voices[langKey]);
    if (picked?.voiceURI !== voice?.voiceURI) {
      voice = picked;
      core?.setVoice(voice);
    }
    fillMenu();
    render();
    if (voice && wantPlay && settingsLoaded) {
      wantPlay = false;
      core?.play();
    }
  }

  function onVoicesChanged(): void {
    takeVoices();
    if (retryOnVoices && failed && voice && core) {
      retryOnVoices = false;
      failed = false;
      core.play();
    }
  }

  synth?.addEventListener('voiceschanged', onVoicesChanged);
  const waitTimer = setTimeout(() => {
    voiceWaitOver = true;
    render();
  }, VOICE_WAIT_MS);

  let disposed = false;
  void ctx.settings.load().then((loaded) => {
    if (disposed) return;
    settings = loaded;
    showRate(settings.rate);
    core?.setRate(settings.rate);
  }).catch(() => undefined).finally(() => {
    if (disposed) return;
    settingsLoaded = true;
    takeVoices();
  });
  takeVoices();

  const save = () => ctx.settings.save(settings);

  rate.addEventListener('input', () => {
    const r = Number(rate.value);
    showRate(r);
    settings = { ...settings, rate: r };
    core?.setRate(r);
  });
  // Saved when the user lets go of the slider, not on every step of a drag.
  rate.addEventListener('change', save);

  voiceMenu.addEventListener('change', () => {
    const uri = voiceMenu.value;
    voice = voices.find((v) => v.voiceURI === uri) ?? null;
    chosen = voice;
    const kept = { ...settings.voices };
    if (langKey) {
      if (voice) kept[langKey] = voice.voiceURI;
      else delete kept[langKey];
    }
    settings = { ...settings, voices: kept };
    save();
    core?.setVoice(voice);
    failed = false;
    fillMenu();
    render();
    if (voice && wantPlay) toggle();
  });

  function toggle(): void {
    if (!core) return;
    if (!voice || !settingsLoaded) {
      // Nothing to play with yet: remember the wish, and show why (the menu is where a voice is chosen).
      wantPlay = true;
      render();
      return;
    }
    wantPlay = false;
    failed = false;
    core.toggle();
  }

  play.addEventListener('click', toggle);
  stop.addEventListener('click', () => core?.stop());
  previous.addEventListener('click', () => core?.previous());
  next.addEventListener('click', () => core?.next());
  // Space plays or pauses while focus is in the panel; on a button, slider or menu Space keeps its own meaning.
  panel.addEventListener('keydown', (event) => {
    if (event.key !== ' ' || event.altKey || event.ctrlKey || event.metaKey) return;
    if ((event.target as Element).closest('button, input, select')) return;
    event.preventDefault();
    toggle();
  });

  render();
  return {
    toggle,
    focus: () => play.focus({ preventScroll: true }),
    dispose() {
      if (disposed) return;
      disposed = true;
      clearTimeout(waitTimer);
      synth?.removeEventListener('voiceschanged', onVoicesChanged);
      core?.stop();
      highlighter.clear();
    },
  };
}
