// listen.js: the Listen player, injected into the tab the first time the reader's Listen button or shortcut is
// used (src/background/inject.ts, injectListen), so the content bundle stays small for everyone who never listens.
// It leaves its entry point on the content script's global object (src/content/chunks.ts).
import { registerChunk } from '../chunks';
import { LISTEN_MODULE_KEY, type ListenModule } from './api';
import { mountPlayer } from './player-view';

const module: ListenModule = {
  mount(request) {
    const synth = typeof speechSynthesis === 'undefined' ? null : speechSynthesis;
    return mountPlayer({ ...request, synth, utterance: (text) => new SpeechSynthesisUtterance(text) });
  },
};
registerChunk(LISTEN_MODULE_KEY, module);
