// A speechSynthesis that speaks nothing and says what it was asked: the test decides when an utterance ends
// (`finish`), and a cancel reports "interrupted" on the utterance it stops, as Chromium does.
import type { SynthLike } from '../../../src/content/listen/api';

export interface FakeVoice {
  voiceURI: string;
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
}

export function voice(name: string, lang: string, localService = true, isDefault = false): FakeVoice {
  return { voiceURI: `urn:test:${name}`, name, lang, localService, default: isDefault };
}

export interface FakeUtterance {
  text: string;
  lang: string;
  rate: number;
  voice: FakeVoice | null;
  onend: ((event: unknown) => void) | null;
  onerror: ((event: { error: string }) => void) | null;
}

export class FakeSynth implements SynthLike {
  spoken: FakeUtterance[] = [];
  current: FakeUtterance | null = null;
  cancels = 0;
  private listeners = new Set<() => void>();

  constructor(private voices: FakeVoice[] = []) {}

  speak(u: SpeechSynthesisUtterance): void {
    const fake = u as unknown as FakeUtterance;
    this.spoken.push(fake);
    this.current = fake;
  }

  cancel(): void {
    this.cancels++;
    const u = this.current;
    this.current = null;
    u?.onerror?.({ error: 'interrupted' });
  }

  getVoices(): SpeechSynthesisVoice[] {
    return this.voices as unknown as SpeechSynthesisVoice[];
  }

  addEventListener(_type: 'voiceschanged', listener: () => void): void {
    this.listeners.add(listener);
  }

  removeEventListener(_type: 'voiceschanged', listener: () => void): void {
    this.listeners.delete(listener);
  }

  /** The browser found (more) voices. */
  setVoices(voices: FakeVoice[]): void {
    this.voices = voices;
    for (const l of this.listeners) l();
  }

  /** The current utterance was said to the end. */
  finish(): void {
    const u = this.current;
    this.current = null;
    u?.onend?.({});
  }

  /** The engine failed on the current utterance. */
  fail(error = 'synthesis-failed'): void {
    const u = this.current;
    this.current = null;
    u?.onerror?.({ error });
  }

  /** Every text said, to the end of the article (at most `limit` utterances). */
  readAll(limit = 100): string[] {
    const texts: string[] = [];
    for (let i = 0; i < limit && this.current; i++) {
      texts.push(this.current.text);
      this.finish();
    }
    return texts;
  }
}

export function fakeUtterance(text: string): SpeechSynthesisUtterance {
  const u: FakeUtterance = { text, lang: '', rate: 1, voice: null, onend: null, onerror: null };
  return u as unknown as SpeechSynthesisUtterance;
}
