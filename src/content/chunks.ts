// Files loaded on first use (listen.js, save.js): the content script asks the background to inject one into this
// frame, and the file leaves its module under Symbol.for(key) on the content script's global object, which both
// browsers share between the files one extension injects into a page (src/content/main.ts relies on the same for
// INSTALLED). One loader for both, so they find, ask and fail the same way.
import { browser } from '../platform';
import type { ContentToBackground } from '../shared/messages';

type ChunkRequest = Extract<ContentToBackground, { type: 'load-listen' | 'load-save' }>;

const loading = new Map<string, Promise<unknown>>();

function installed<T>(key: string): T | undefined {
  return (globalThis as Record<symbol, T | undefined>)[Symbol.for(key)];
}

/** Where a chunk's entry leaves its module (save-entry.ts, listen/entry.ts). */
export function registerChunk<T>(key: string, module: T): void {
  (globalThis as Record<symbol, unknown>)[Symbol.for(key)] = module;
}

/** The chunk's module, injected by the background on the first call; `file` names it in the error. */
export function loadChunk<T>(key: string, request: ChunkRequest, file: string): Promise<T> {
  let pending = loading.get(key) as Promise<T> | undefined;
  if (!pending) {
    pending = (async () => {
      if (!installed<T>(key)) await browser.runtime.sendMessage(request);
      const module = installed<T>(key);
      if (!module) throw new Error(`${file} did not load`);
      return module;
    })();
    loading.set(key, pending);
    // A failure (the background was updating) is not remembered: the next use asks again.
    pending.catch(() => loading.delete(key));
  }
  return pending;
}
