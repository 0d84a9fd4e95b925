// The extension's own pages, as paths inside the package (scripts/build.ts, PAGES_BUILT, lays them out).
// Shared by the background that opens them and the tests that look for them.

/** Opened once, on install (src/background/welcome.ts). */
export const WELCOME_PAGE = 'welcome/welcome.html';
