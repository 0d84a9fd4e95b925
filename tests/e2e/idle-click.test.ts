// A click after the background went idle: Chrome stops the extension's service worker after 30 s without events,
// Firefox suspends its event page (and with it the extractor, which lives in that page). The click must start it
// again and open the reader, related links included (the extractor keeps them for after the article), in both
// browsers. Driver.suspendBackground puts the background in that state without the wait; `npm run bench` times
// this click ("cold: after idle").
import { beforeAll, describe, expect, it } from 'vitest';
import { type Driver } from './helpers/driver';
import { REQUIRE_BROWSERS, unavailable, waitFor } from './helpers/env';
import { type FixtureServer, startServer } from './helpers/server';
import { browserSession } from './helpers/session';

const READER_TIMEOUT_MS = 10_000;
const ARTICLE = '/pages/e2e-fr-article.html';
const TITLE = 'Les bibliothèques de quartier ouvriront aussi le dimanche dès la rentrée';
/** Teasers of the page that the reader lists as related links (tests/e2e/reader.test.ts has the same page). */
const TEASER = '/culture/festival-du-livre-jeunesse';

async function readerAfterClick(driver: Driver): Promise<{ title: string; related: string[] }> {
  await driver.clickAction();
  return waitFor(() => driver.inReader((root) => {
    const title = root.querySelector('.nd-title')?.textContent?.trim() ?? '';
    const related = [...root.querySelectorAll('.nd-related a')].map((a) => (a as HTMLAnchorElement).href);
    return title && related.length ? { title, related } : null;
  }), READER_TIMEOUT_MS, 'the reader with its related links');
}

for (const kind of ['chromium', 'firefox'] as const) {
  const why = unavailable(kind);
  if (why && !REQUIRE_BROWSERS) console.warn(`e2e: skipping ${kind}: ${why}`);

  describe.skipIf(Boolean(why) && !REQUIRE_BROWSERS)(`a click after the background went idle, ${kind}`, () => {
    const session = browserSession(kind, why, startServer);
    let driver: Driver;
    let server: FixtureServer;
    beforeAll(() => {
      ({ driver, server } = session);
    });

    it('starts the background again and opens the reader, twice in a row', async () => {
      // Twice: the first suspension meets the background the install started, the second the one a click started.
      for (let round = 0; round < 2; round++) {
        await driver.page.goto(server.url(ARTICLE), { waitUntil: 'load' });
        await driver.suspendBackground();
        const reader = await readerAfterClick(driver);
        expect(reader.title).toBe(TITLE);
        expect(reader.related).toContain(server.url(TEASER));
      }
    });
  });
}
