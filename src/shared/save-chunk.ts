// The Save panel's code is a file of its own, save.js (scripts/build.ts), put into the tab by the background when the
// reader's Save panel first opens (a `load-save` message, src/background/inject.ts): most readings never save, and
// the content script every click injects stays small. The file registers its export under this global symbol, in
// the content script's world, where the reader finds it (src/content/main.ts, loadSave).

/** The file, as built beside content.js (absolute: see CONTENT_SCRIPT in src/background/inject.ts). */
export const SAVE_SCRIPT = '/save.js';
/** `Symbol.for(SAVE_PANEL_KEY)` on the content script's global object holds the SavePanelModule. */
export const SAVE_PANEL_KEY = 'news-declutter.save-panel';
