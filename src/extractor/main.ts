// The extractor bundle (dist/*/extractor.js): answers the content script's `extract` with the engine's reply.
// Where it runs is the manifests' business, not this file's (STYLE rule 7): Firefox loads it into the background
// page beside background.js (manifests/firefox.json); Chrome's service worker has no DOM, so Chrome loads it in
// an offscreen document (offscreen.html, opened by src/platform/index.ts, openExtractor).
//
// Every other message is left to the background (the listener returns undefined, so it claims no reply).
import { browser } from '../platform';
import { isExtractRequest } from '../shared/messages';
import { extractHtml } from './extract';
import { hasNativeSanitizer, nativeSanitizer } from './native-sanitizer';

browser.runtime.onMessage.addListener((message: unknown) => {
  if (!isExtractRequest(message)) return undefined;
  return Promise.resolve(extractHtml(message, () => (hasNativeSanitizer() ? nativeSanitizer() : null)));
});
