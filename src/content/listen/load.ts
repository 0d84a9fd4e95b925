// The content script's side of Listen (in content.js, so kept small): asks the background to inject listen.js the
// first time the reader needs it, and gives the player the Listen settings through the settings store.
import type { ListenSettings } from '../../settings/listen';
import { loadChunk } from '../chunks';
import { store } from '../site-settings';
import { LISTEN_MODULE_KEY, type ListenModule, type ListenSlot } from './api';

function loadListenModule(): Promise<ListenModule> {
  return loadChunk<ListenModule>(LISTEN_MODULE_KEY, { type: 'load-listen' }, 'listen.js');
}

export function listenSlot(): ListenSlot {
  return {
    load: loadListenModule,
    settings: {
      load: async () => (await store().getGlobal()).listen,
      save(settings: ListenSettings) {
        store().updateGlobal({ listen: settings }).catch((error: unknown) => console.warn('News Declutter: could not save Listen settings:', error));
      },
    },
  };
}
