// The content bundles' `webextension-polyfill`: scripts/build.ts aliases the polyfill to this file for
// dist/*/content.js, in-place.js and extractor.js (NATIVE_PLATFORM; the background and the options page keep the real
// polyfill), so src/platform/index.ts and everything that imports it stay as they are.
//
// Why: the polyfill is about 10 KB of the content bundle's 100 KB budget (tests/unit/bundle-size.test.ts), and a content script needs
// almost none of it. Firefox's content scripts have the promise-based `browser` natively (the polyfill returns it
// unchanged there too); Chrome's MV3 `chrome.*` returns promises for every call the content script makes
// (storage, runtime.sendMessage, i18n). What is left is what the polyfill adds on Chrome for messages, kept here
// with the same behaviour, so the background (which does run the polyfill) sees no difference:
// - an onMessage listener may return a Promise: Chrome's native listener must call sendResponse and return true;
//   a rejection travels as the polyfill's `__mozWebExtensionPolyfillReject__` reply, which the background's
//   polyfill turns back into a rejected promise;
// - runtime.sendMessage resolves undefined when the other side sends no reply, instead of rejecting.
// Everything else is Chrome's own object, untouched (a Proxy forwards it), so an API the content script starts
// to use later behaves as Chrome documents it for MV3.
import type { Browser, Runtime } from 'webextension-polyfill';

type Listener = (message: unknown, sender: Runtime.MessageSender) => unknown;
type NativeListener = (message: unknown, sender: Runtime.MessageSender, sendResponse: (reply: unknown) => void) => boolean;

interface ChromeEvent<L> {
  addListener(listener: L): void;
  removeListener(listener: L): void;
  hasListener(listener: L): boolean;
}

interface ChromeRuntime {
  onMessage: ChromeEvent<NativeListener>;
  sendMessage(...args: unknown[]): Promise<unknown>;
}

/** The error Chrome gives sendMessage when no listener replied; the polyfill resolves undefined on it. */
const NO_RESPONSE = 'The message port closed before a response was received.';
/** The reply shape the polyfill uses for a listener's rejection (both ends must agree on it). */
const REJECT_KEY = '__mozWebExtensionPolyfillReject__';

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';

function adaptOnMessage(native: ChromeEvent<NativeListener>): ChromeEvent<Listener> {
  const wrappers = new Map<Listener, NativeListener>();
  const wrap = (listener: Listener): NativeListener => {
    let wrapper = wrappers.get(listener);
    if (!wrapper) {
      wrapper = (message, sender, sendResponse) => {
        let result: unknown;
        try {
          result = listener(message, sender);
        } catch (error) {
          result = Promise.reject(error);
        }
        if (!isThenable(result)) return false;
        result.then(sendResponse, (error: unknown) => sendResponse({
          [REJECT_KEY]: true,
          message: error instanceof Error ? error.message : 'An unexpected error occurred',
        }));
        return true;
      };
      wrappers.set(listener, wrapper);
    }
    return wrapper;
  };
  return {
    addListener: (listener) => native.addListener(wrap(listener)),
    removeListener: (listener) => {
      const wrapper = wrappers.get(listener);
      if (wrapper) native.removeListener(wrapper);
    },
    hasListener: (listener) => {
      const wrapper = wrappers.get(listener);
      return wrapper ? native.hasListener(wrapper) : false;
    },
  };
}

async function sendMessage(runtime: ChromeRuntime, args: unknown[]): Promise<unknown> {
  try {
    const reply = await runtime.sendMessage(...args);
    if (typeof reply === 'object' && reply !== null && (reply as Record<string, unknown>)[REJECT_KEY]) {
      throw new Error(String((reply as { message?: unknown }).message));
    }
    return reply;
  } catch (error) {
    if (error instanceof Error && error.message === NO_RESPONSE) return undefined;
    throw error;
  }
}

function adaptChrome(chrome: { runtime: ChromeRuntime }): Browser {
  const onMessage = adaptOnMessage(chrome.runtime.onMessage);
  // get traps read from the real objects (never from the proxy as receiver): Chrome's bindings are accessors
  // that refuse another `this`.
  const runtime = new Proxy(chrome.runtime, {
    get: (target, key) => {
      if (key === 'onMessage') return onMessage;
      if (key === 'sendMessage') return (...args: unknown[]) => sendMessage(target, args);
      return Reflect.get(target, key);
    },
  });
  return new Proxy(chrome, {
    get: (target, key) => (key === 'runtime' ? runtime : Reflect.get(target, key)),
  }) as unknown as Browser;
}

/**
 * The namespace to use. Firefox's is an own property of the content script's global; in Chrome `browser` is at
 * best a page element found through the window's named properties (src/platform/unclobber.ts), never an API.
 */
function pick(): Browser {
  const scope = globalThis as { browser?: Browser; chrome?: { runtime: ChromeRuntime } };
  if (Object.prototype.hasOwnProperty.call(scope, 'browser') && scope.browser?.runtime?.id) return scope.browser;
  if (!scope.chrome?.runtime) throw new Error('This script must run in an extension (no chrome.runtime)');
  return adaptChrome(scope.chrome);
}

const browser: Browser = pick();
export default browser;
