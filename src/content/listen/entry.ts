// listen.js: the Listen player, injected into the tab the first time the reader's Listen button or shortcut is
// used (src/background/inject.ts, injectListen), so the content bundle stays small for everyone who never listens.
// It leaves its entry point on the content script's global object, which both browsers share between the files
// one extension injects into a page (src/content/main.ts relies on the same for INSTALLED).
import { LISTEN_MODULE_KEY, type ListenModule } from './api';
import { mountPlayer } from './player-view';

const module: ListenModule = {
  mount(request) {
    const synth = typeof speechSynthesis === 'undefined' ? null : speechSynthesis;
    return mountPlayer({ ...request, synth, utterance: (text) => new SpeechSynthesisUtterance(text) });
  },
};
(globalThis as Record<symbol, unknown>)[Symbol.for(LISTEN_MODULE_KEY)] = module;
