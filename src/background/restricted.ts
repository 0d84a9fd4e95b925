// Pages no extension may touch, and why, so the toolbar button can say so instead of failing silently.
// Checked before injecting (no pointless attempt) and again after a failed injection (the browser knows best).

export type Restriction = 'browser-page' | 'store' | 'pdf' | 'file' | 'unknown';

/** The _locales key that explains each restriction in the button's tooltip. */
export const RESTRICTION_MESSAGE: Record<Restriction, string> = {
  'browser-page': 'restrictedBrowserPage',
  store: 'restrictedStore',
  pdf: 'restrictedPdf',
  file: 'restrictedFile',
  unknown: 'restrictedUnknown',
};

/** Schemes of the browsers' own pages: settings, new tab, other extensions, page source, Firefox's reader. */
const BROWSER_SCHEMES = new Set([
  'about:', 'chrome:', 'chrome-extension:', 'chrome-search:', 'chrome-untrusted:', 'devtools:', 'edge:',
  'moz-extension:', 'resource:', 'view-source:',
]);

/**
 * Hosts the browsers shield from every extension: Chrome's Web Store (old and new addresses) and Firefox's
 * `extensions.webextensions.restrictedDomains` default list (addons, accounts and support sites).
 */
const STORE_HOSTS = new Set([
  'chromewebstore.google.com', 'microsoftedge.microsoft.com', 'addons.mozilla.org', 'discovery.addons.mozilla.org',
  'accounts.firefox.com', 'support.mozilla.org',
]);
const STORE_PATH_PREFIXES = [{ host: 'chrome.google.com', path: '/webstore' }];

const PDF_PATH = /\.pdf$/i;

function parse(url: string | undefined): URL | null {
  if (!url) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Why the reader cannot open on `url` before even trying, or null when it may. */
export function restrictionBefore(url: string | undefined): Restriction | null {
  const u = parse(url);
  // No URL at all: Chrome hides it on pages activeTab does not cover (chrome://…); let the attempt decide.
  if (!u) return null;
  if (BROWSER_SCHEMES.has(u.protocol)) return 'browser-page';
  if (STORE_HOSTS.has(u.hostname)) return 'store';
  if (STORE_PATH_PREFIXES.some((s) => u.hostname === s.host && u.pathname.startsWith(s.path))) return 'store';
  // Local PDFs always open in the viewer; an http(s) URL ending in .pdf may be a page, so it gets a try.
  if (u.protocol === 'file:' && PDF_PATH.test(u.pathname)) return 'pdf';
  return null;
}

/** Why injecting failed on `url`, from what the URL and the browser's error say. */
export function restrictionAfter(url: string | undefined, error: unknown): Restriction {
  const before = restrictionBefore(url);
  if (before) return before;
  const u = parse(url);
  if (u && PDF_PATH.test(u.pathname)) return 'pdf';
  if (u?.protocol === 'file:') return 'file';
  const message = error instanceof Error ? error.message : String(error);
  // Chrome names the scheme when tab.url was hidden: "Cannot access a chrome:// URL".
  if (/chrome(?:-extension)?:\/\/|about:|moz-extension:/i.test(message)) return 'browser-page';
  if (/extensions gallery|web ?store/i.test(message)) return 'store';
  return 'unknown';
}
