// The extractor bundle (dist/*/extractor.js): answers the content script's `extract` with the engine's reply, then
// its `related` with the page's related links, collected when asked, after the article was painted (related-later.ts).
// Where it runs is the manifests' business, not this file's (STYLE rule 7): Firefox loads it into the background
// page beside background.js (manifests/firefox.json); Chrome's service worker has no DOM, so Chrome loads it in
// an offscreen document (offscreen.html, opened by src/platform/index.ts, openExtractor).
//
// Every other message is left to the background (the listener returns undefined, so it claims no reply).
import { browser, type Runtime } from '../platform';
import { createExtractorAnswer } from './answer';
import { hasNativeSanitizer, nativeSanitizer } from '../platform/native-sanitizer';

const answer = createExtractorAnswer(browser.runtime.id, () => (hasNativeSanitizer() ? nativeSanitizer() : null));

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => answer(message, sender));
