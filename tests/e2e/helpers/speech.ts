// Real voices for the browsers under test, with no sound card: both browsers speak through speech-dispatcher
// (Debian's speech-dispatcher and espeak-ng packages), which each run starts for itself, inside the run's folder,
// and whose sound goes to ALSA's null device. Chromium also needs --enable-speech-dispatcher (./chromium.ts).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * speech-dispatcher's own configuration replaces the system one when present: espeak-ng only, sound through ALSA
 * (the system default, PulseAudio, is not running here, and speech-dispatcher then never says an utterance ended).
 */
const SPEECHD_CONF = 'AudioOutputMethod "alsa"\nAddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"\nDefaultModule espeak-ng\n';
/** ALSA's whole configuration for the run: every sound goes nowhere, at once. */
const ASOUND_CONF = 'pcm.!default { type null }\n';

/** Environment for a browser run in `dir` (its XDG_CONFIG_HOME is dir/.config: ./env.ts, browserEnv). */
export function speechEnv(dir: string): Record<string, string> {
  mkdirSync(join(dir, '.config', 'speech-dispatcher'), { recursive: true });
  writeFileSync(join(dir, '.config', 'speech-dispatcher', 'speechd.conf'), SPEECHD_CONF);
  writeFileSync(join(dir, 'asound.conf'), ASOUND_CONF);
  // XDG_RUNTIME_DIR: speech-dispatcher's socket and pid file live there, so each run starts its own.
  return { ALSA_CONFIG_PATH: join(dir, 'asound.conf'), XDG_RUNTIME_DIR: dir };
}

/** Ends the speech-dispatcher a run started (it would otherwise linger until its idle timeout). */
export function stopSpeech(dir: string): void {
  const pids = join(dir, 'speech-dispatcher', 'pid');
  let files: string[] = [];
  try {
    files = readdirSync(pids);
  } catch {
    return; // nothing in this run spoke
  }
  for (const file of files) {
    const pid = Number(readFileSync(join(pids, file), 'utf8').trim());
    if (Number.isInteger(pid) && pid > 0) {
      try {
        process.kill(pid);
      } catch {
        // Already gone.
      }
    }
  }
}
