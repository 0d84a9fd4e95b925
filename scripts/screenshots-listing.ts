// docs/store-listing.md: what a store listing needs, from the extension's own words (_locales/en) and the pictures
// `npm run screenshots` takes. Pure, so a unit test can check it names only pictures that exist.

/** Each picture: file suffix → what it shows (the store's caption). Order: the listing's order. */
export const SHOTS = {
  reader: 'The reader: the article alone, in a calm column.',
  page: 'The same article as the site shows it: ad labels, counters, share bars, teasers.',
  removed: 'The Removed drawer: everything the cleaner took out, each item restorable.',
  save: 'Save the clean article as Markdown or HTML, or copy it as Markdown: what you see is what you save.',
  continued: 'Reopened later, the reader continues where you left off, with a way back to the top.',
  dark: 'The dark theme.',
  options: 'The options page, with a live preview of the reader settings.',
  welcome: 'The welcome page a new user sees: where the button is, the shortcut, what it does.',
} as const;

export type ShotName = keyof typeof SHOTS;
export const BROWSERS = ['chromium', 'firefox'] as const;
export type ShotBrowser = (typeof BROWSERS)[number];

/** The store-facing name of each browser's pictures: Chrome Web Store and addons.mozilla.org. */
const STORE: Record<ShotBrowser, string> = { chromium: 'Chrome Web Store', firefox: 'addons.mozilla.org (Firefox)' };

export function shotFile(browser: ShotBrowser, name: ShotName): string {
  return `${browser}-${name}.png`;
}

export function storeListing(words: { name: string; description: string }, size: { width: number; height: number }): string {
  const lines = [
    '# Store listing',
    '',
    'Written by `npm run screenshots` (scripts/screenshots.ts) with the pictures beside it: each one is the built',
    'extension in a real browser, headless, on the demo article (`demo/article.html`) served from 127.0.0.1.',
    `Pictures are ${size.width}x${size.height}, the size both stores ask for.`,
    '',
    `**Name:** ${words.name}`,
    '',
    `**Summary:** ${words.description}`,
    '',
    '**Description:**',
    '',
    `${words.name} turns a cluttered news article into a clean reader: title, byline, date, the text with its images,`,
    'tables and lists, and the related articles in a list apart. It removes what other reader views leave behind:',
    'ad labels, counters, markup debris, share bars, newsletter boxes and read-also teasers. Every removal is listed',
    'in the Removed drawer, where any item can be put back. Themes (light, dark, sepia, system), fonts, size, width',
    'and line spacing are yours to set; per-site settings open the reader by itself or declutter the page in place.',
    '',
    'Nothing runs on a page until you click the button, and nothing leaves your browser: no network requests, no',
    'telemetry, no remote code.',
    '',
  ];
  for (const browser of BROWSERS) {
    lines.push(`## Pictures for ${STORE[browser]}`, '');
    for (const [name, caption] of Object.entries(SHOTS) as [ShotName, string][]) {
      lines.push(`- ${caption}`, `  ![${caption}](${shotFile(browser, name)})`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
