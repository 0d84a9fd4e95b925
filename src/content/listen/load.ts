// The content script's side of Listen (in content.js, so kept small): asks the background to inject listen.js the
// first time the reader needs it, and gives the player the Listen settings through the settings store.
import { browser } from '../../platform';
import type { ListenSettings } from '../../settings/listen';
import type { ContentToBackground } from '../../shared/messages';
import { store } from '../site-settings';
import { LISTEN_MODULE_KEY, type ListenModule, type ListenSlot } from './api';

let loading: Promise<ListenModule> | null = null;

function installed(): ListenModule | undefined {
  return (globalThis as Record<symbol, ListenModule | undefined>)[Symbol.for(LISTEN_MODULE_KEY)];
}

function loadListenModule(): Promise<ListenModule> {
  loading ??= (async () => {
    const message: ContentToBackground = { type: 'load-listen' };
    if (!installed()) await browser.runtime.sendMessage(message);
    const module = installed();
    if (!module) throw new Error('listen.js did not load');
    return module;
  })();
  // A failure (the background was updating) is not remembered: the next click asks again.
  loading.catch(() => { loading = null; });
  return loading;
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
