// Which pages the toolbar button explains instead of trying (src/background/restricted.ts).
import { describe, expect, it } from 'vitest';
import { restrictionAfter, restrictionBefore } from '../../src/background/restricted';

describe('restrictionBefore', () => {
  it.each([
    ['chrome://settings/', 'browser-page'],
    ['about:addons', 'browser-page'],
    ['view-source:https://news.example/a', 'browser-page'],
    ['moz-extension://0b9a/options.html', 'browser-page'],
    ['chrome-extension://abcdef/options.html', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x', 'store'],
    ['https://chrome.google.com/webstore/detail/x', 'store'],
    ['https://addons.mozilla.org/fr/firefox/', 'store'],
    ['file:///home/me/report.PDF', 'pdf'],
  ])('%s → %s', (url, expected) => {
    expect(restrictionBefore(url)).toBe(expected);
  });

  it.each([
    'https://news.example/2026/05/ferry',
    'http://127.0.0.1:8080/page.html',
    'https://chrome.google.com/search', // only /webstore is protected on that host
    'https://news.example/report.pdf', // may be an HTML page: gets a try
    'file:///home/me/saved-article.html',
  ])('lets the reader try on %s', (url) => {
    expect(restrictionBefore(url)).toBeNull();
  });

  it('lets the attempt decide when the browser hides the URL', () => {
    expect(restrictionBefore(undefined)).toBeNull();
  });
});

describe('restrictionAfter', () => {
  it('names the PDF viewer and local files', () => {
    expect(restrictionAfter('https://news.example/report.pdf', new Error('Cannot access contents of the page'))).toBe('pdf');
    expect(restrictionAfter('file:///home/me/page.html', new Error('Cannot access contents of url'))).toBe('file');
  });

  it("reads Chrome's error when the URL was hidden", () => {
    expect(restrictionAfter(undefined, new Error('Cannot access a chrome:// URL'))).toBe('browser-page');
    expect(restrictionAfter(undefined, new Error('The extensions gallery cannot be scripted.'))).toBe('store');
    expect(restrictionAfter(undefined, new Error('Missing host permission for the tab'))).toBe('unknown');
  });
});
