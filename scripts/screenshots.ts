// `npm run screenshots`: pictures of the real extension in real browsers, for the README, the stores and the
// docs: docs/<browser>-{page,reader,removed,save,continued,dark,options,welcome}.png (scripts/screenshots-take.ts) and
// docs/store-listing.md (scripts/screenshots-listing.ts). Nothing is drawn by hand: each picture is what a user of
// that browser sees.
//   npm run screenshots                 (both browsers; builds first)
//   npm run screenshots -- firefox      (one browser)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findBrowser, ROOT } from '../tests/e2e/helpers/env';
import { BROWSERS, type ShotBrowser, storeListing } from './screenshots-listing';
import { SIZE, takeScreenshots } from './screenshots-take';

const DOCS = join(ROOT, 'docs');

async function main(): Promise<void> {
  const asked = process.argv.slice(2).filter((a) => (BROWSERS as readonly string[]).includes(a)) as ShotBrowser[];
  const browsers = asked.length ? asked : [...BROWSERS];
  mkdirSync(DOCS, { recursive: true });
  for (const browser of browsers) {
    if (!findBrowser(browser)) throw new Error(`screenshots: ${browser} not found (install Debian's ${browser === 'chromium' ? 'chromium' : 'firefox-esr'})`);
    for (const file of await takeScreenshots(browser, DOCS)) console.log(`screenshots: ${file}`);
  }
  const en = JSON.parse(readFileSync(join(ROOT, '_locales', 'en', 'messages.json'), 'utf8')) as Record<string, { message: string }>;
  const listing = storeListing({ name: en.extensionName!.message, description: en.extensionDescription!.message }, SIZE);
  writeFileSync(join(DOCS, 'store-listing.md'), listing);
  console.log(`screenshots: ${join(DOCS, 'store-listing.md')}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
