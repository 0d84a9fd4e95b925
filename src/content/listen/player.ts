// Reading aloud, one sentence per utterance: the highlight follows each sentence's start, a change of speed or
// voice takes effect at once (the sentence is said again), and Chromium's habit of going silent in the middle
// of long utterances never comes up. Pause is a cancel that keeps the place: pause() and resume() of
// speechSynthesis are unreliable across engines, and a sentence said again loses nothing.
import type { SynthLike } from './api';
import { type Block, sentences } from './blocks';
import type { Highlighter } from './highlight';

export type PlayState = 'stopped' | 'playing' | 'paused';

export interface PlayerCore {
  state(): PlayState;
  /** The block being read (0 is the title). */
  position(): number;
  play(): void;
  pause(): void;
  toggle(): void;
  stop(): void;
  next(): void;
  previous(): void;
  setRate(rate: number): void;
  setVoice(voice: SpeechSynthesisVoice | null): void;
}

export interface PlayerCoreOptions {
  blocks: Block[];
  lang: string;
  synth: SynthLike;
  utterance(text: string): SpeechSynthesisUtterance;
  highlighter: Highlighter;
  rate: number;
  voice: SpeechSynthesisVoice | null;
  /** After every change of state or place; `failed` when the synthesis reported an error. */
  onChange(state: PlayState, failed: boolean): void;
}

/** Errors that mean "we cancelled it", not "the voice failed". */
const CANCEL_ERRORS = new Set(['interrupted', 'canceled']);

export function createPlayerCore(o: PlayerCoreOptions): PlayerCore {
  let state: PlayState = 'stopped';
  let block = 0;
  let sentence = 0;
  let rate = o.rate;
  let voice = o.voice;
  /** Bumped by every cancel: events of an utterance from before it are ignored. */
  let generation = 0;

  const set = (next: PlayState, failed = false) => {
    state = next;
    o.onChange(state, failed);
  };

  function halt(): void {
    generation++;
    o.synth.cancel();
  }

  /** The current sentence, moving on past blocks that have run out; null after the last block. */
  function current(): { block: Block; start: number; end: number; text: string } | null {
    while (block < o.blocks.length) {
      const b = o.blocks[block]!;
      const list = sentences(b.text(), o.lang);
      const s = list[sentence];
      if (s) return { block: b, ...s };
      block++;
      sentence = 0;
    }
    return null;
  }

  function speak(): void {
    const now = current();
    if (!now) {
      stop();
      return;
    }
    const mine = ++generation;
    const u = o.utterance(now.text);
    if (o.lang) u.lang = o.lang;
    if (voice) u.voice = voice;
    u.rate = rate;
    u.onend = () => {
      if (mine !== generation) return;
      sentence++;
      speak();
    };
    u.onerror = (event) => {
      if (mine !== generation || CANCEL_ERRORS.has(event.error)) return;
      generation++;
      set('paused', true);
    };
    o.highlighter.show(now.block, now.start, now.end);
    o.synth.speak(u);
    if (state !== 'playing') set('playing');
    else o.onChange(state, false);
  }

  function play(): void {
    if (state === 'playing') return;
    o.synth.cancel();
    speak();
  }

  function pause(): void {
    if (state !== 'playing') return;
    halt();
    set('paused');
  }

  function stop(): void {
    halt();
    block = 0;
    sentence = 0;
    o.highlighter.clear();
    set('stopped');
  }

  /** Moves to the start of block `to`; reading goes on from there if it was going. */
  function jump(to: number): void {
    block = Math.max(0, Math.min(to, o.blocks.length - 1));
    sentence = 0;
    if (state === 'playing') {
      halt();
      speak();
      return;
    }
    const now = current();
    if (now) o.highlighter.show(now.block, now.start, now.end);
    set('paused');
  }

  /** A new speed or voice: the sentence being said starts again with it. */
  function restart(): void {
    if (state !== 'playing') return;
    halt();
    speak();
  }

  return {
    state: () => state,
    position: () => block,
    play,
    pause,
    toggle: () => (state === 'playing' ? pause() : play()),
    stop,
    next: () => jump(block + 1),
    // Within a block, back to its start; at its start, to the block before.
    previous: () => jump(sentence > 0 ? block : block - 1),
    setRate(next) {
      rate = next;
      restart();
    },
    setVoice(next) {
      voice = next;
      restart();
    },
  };
}
