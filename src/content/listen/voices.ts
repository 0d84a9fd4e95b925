// Which voices Listen offers for an article, and which one it picks by itself. A voice that is not local
// (`localService === false`) may send the text to a server: it is offered, marked, and never picked by default.
// Firefox 153 reports every speech-dispatcher voice as not local (measured): there the user picks one, knowingly.
import { listenLangKey } from '../../settings/listen';

export type VoiceLike = Pick<SpeechSynthesisVoice, 'voiceURI' | 'name' | 'lang' | 'localService' | 'default'>;

const sameLanguage = (voice: VoiceLike, key: string) => listenLangKey(voice.lang) === key;

/**
 * The voices for an article in `lang` (all voices when none speaks it, or it has no language): on-device ones
 * first, then by name.
 */
export function voicesFor<V extends VoiceLike>(voices: readonly V[], lang: string): V[] {
  const key = listenLangKey(lang);
  const matching = key ? voices.filter((v) => sameLanguage(v, key)) : [];
  const list = matching.length ? matching : [...voices];
  return list.sort((a, b) => Number(b.localService) - Number(a.localService) || a.name.localeCompare(b.name));
}

/**
 * The voice to read `lang` with: the one the user chose for that language when the browser still has it (even a
 * remote one: they chose it), else an on-device voice of that language, the closest regional match and the
 * browser's default first. Null when there is no on-device voice for it.
 */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], lang: string, chosen: string | undefined): V | null {
  if (chosen) {
    const voice = voices.find((v) => v.voiceURI === chosen);
    if (voice) return voice;
  }
  const key = listenLangKey(lang);
  if (!key) return voices.find((v) => v.default && v.localService) ?? null;
  const wanted = lang.toLowerCase().replace(/_/g, '-');
  const local = voices.filter((v) => v.localService && sameLanguage(v, key));
  const rank = (v: V) => (v.lang.toLowerCase().replace(/_/g, '-') === wanted ? 2 : 0) + (v.default ? 1 : 0);
  return local.reduce<V | null>((best, v) => (!best || rank(v) > rank(best) ? v : best), null);
}
