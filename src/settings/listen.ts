// Read-aloud (Listen) settings: the reading speed and the voice chosen for each language. Part of the global
// settings (`global.listen`, ./schema.ts), so they follow the user like the reader's display settings.
// A stored `global` without `listen` (written before Listen existed) reads as these defaults: nothing to migrate.

export interface ListenSettings {
  /** Speech rate, as SpeechSynthesisUtterance.rate (1 = the voice's normal speed). */
  rate: number;
  /**
   * Primary language subtag ("fr", "en") → the `voiceURI` the user chose for articles in that language. A voice
   * the browser no longer lists is ignored when reading (another device, an uninstalled voice) and kept here.
   */
  voices: Record<string, string>;
}

/** 0.5x is the slowest rate both browsers honour evenly; past 3x speech synthesis stops being intelligible. */
export const LISTEN_RATE_RANGE = { min: 0.5, max: 3, step: 0.25 } as const;

/** Far more languages than anyone reads; caps what a hostile import can put into storage.sync's 8 KB item. */
export const MAX_LISTEN_VOICES = 32;
/** Voice URIs seen: Chromium uses the voice's name ("English (America) espeak-ng"), Firefox a 60-odd char URN. */
export const MAX_VOICE_URI_LENGTH = 200;
/** BCP 47 primary language subtags: two or three letters. */
const LANG_KEY = /^[a-z]{2,3}$/;

export const DEFAULT_LISTEN: Readonly<ListenSettings> = Object.freeze({ rate: 1, voices: Object.freeze({}) as Record<string, string> });

export function defaultListen(): ListenSettings {
  return { rate: DEFAULT_LISTEN.rate, voices: {} };
}

/** The key `voices` uses for an article's `lang` ("pt-BR" → "pt"); "" when the article says nothing usable. */
export function listenLangKey(lang: string): string {
  const primary = lang.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return LANG_KEY.test(primary) ? primary : '';
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
}

/** The value repaired field by field, and one English line per bad field (./validate.ts's convention). */
export function validateListen(raw: unknown, path = 'listen'): { value: ListenSettings; problems: string[] } {
  const value = defaultListen();
  if (!isRecord(raw)) return { value, problems: [`${path}: not an object`] };
  const problems: string[] = [];
  const { rate, voices } = raw;
  if (typeof rate === 'number' && Number.isFinite(rate) && rate >= LISTEN_RATE_RANGE.min && rate <= LISTEN_RATE_RANGE.max) value.rate = rate;
  else if (rate !== undefined) problems.push(`${path}.rate: ${String(rate)} is not a number between ${LISTEN_RATE_RANGE.min} and ${LISTEN_RATE_RANGE.max}`);
  if (isRecord(voices)) {
    for (const [lang, uri] of Object.entries(voices)) {
      if (!LANG_KEY.test(lang) || typeof uri !== 'string' || !uri || uri.length > MAX_VOICE_URI_LENGTH) {
        problems.push(`${path}.voices.${lang}: not a language and a voice`);
      } else if (Object.keys(value.voices).length >= MAX_LISTEN_VOICES) {
        problems.push(`${path}.voices: more than ${MAX_LISTEN_VOICES} languages`);
        break;
      } else value.voices[lang] = uri;
    }
  } else if (voices !== undefined) problems.push(`${path}.voices: not a map of language to voice`);
  for (const k of Object.keys(raw)) if (k !== 'rate' && k !== 'voices') problems.push(`${path}.${k}: unknown setting`);
  return { value, problems };
}
