// Runs before webextension-polyfill is evaluated (imported first by ./index.ts).
//
// Why: a Chromium content script has no native `browser` global, so `globalThis.browser` falls through to the
// window's named properties, which the page controls even from the isolated world. A page with
// `<form id="browser"><input name="runtime" id="x"></form>` makes `browser.runtime.id` truthy; the polyfill then
// takes the form for Firefox's native API and exports it, and the content script dies on its first call
// ("runtime.getURL is not a function"; tests/fixtures/hostile/vectors.html, tests/e2e/hostile.test.ts).
// A real extension namespace is always an own property of the global (Firefox's content-script sandbox, extension
// pages, Chrome's `browser` alias where it exists); anything else answering to that name is page markup, so an
// own `undefined` hides it and the polyfill wraps `chrome` as it should.
const scope = globalThis as { browser?: unknown };
if (!Object.prototype.hasOwnProperty.call(scope, 'browser') && scope.browser !== undefined) {
  Object.defineProperty(scope, 'browser', { value: undefined, writable: true, configurable: true });
}

export {};
