// DESIGN.md flow 1: nothing is injected into a page until the user asks. With the extension installed,
// a page loaded and left alone has no reader host, no extra <style> or <script>; in Chromium, no execution context
// of the extension's content-script world is even created (CDP Runtime.executionContextCreated, auxData.type
// 'isolated'). Then the same page is clicked, and each check must see the injection: a check that cannot fail
// proves nothing. The page's performance timeline is the exception: a release build writes no marks there, before
// or after the click (src/content/marks.ts; only the bench's own build does).
//
// Without a browser these tests skip with a printed reason; with REQUIRE_BROWSERS=1 (.ci/run) they fail.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Protocol } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { MARK_PREFIX } from '../../src/content/marks';
import { type Driver, HOST_ATTR } from './helpers/driver';
import { expectQuiet, REQUIRE_BROWSERS, ROOT, unavailable, waitFor } from './helpers/env';
import { type FixtureServer, startServer } from './helpers/server';
import { browserSession } from './helpers/session';

const READER_TIMEOUT_MS = 10_000;
/** How long the untouched page is watched: well past the 50-130 ms a registered script takes to run on load. */
const IDLE_WATCH_MS = 1_500;
const PAGE = '/pages/e2e-fr-article.html';
const PAGE_SOURCE = readFileSync(join(ROOT, 'tests', 'fixtures', 'pages', 'e2e-fr-article.html'), 'utf8');

interface PageTrace {
  hosts: number;
  styles: number;
  scripts: number;
  marks: string[];
}

/** What the page shows of us: runs in the page's own world. */
function trace(hostAttr: string, prefix: string): PageTrace {
  return {
    hosts: document.querySelectorAll(`[${hostAttr}]`).length,
    styles: document.querySelectorAll('style').length,
    scripts: document.querySelectorAll('script').length,
    marks: performance.getEntriesByType('mark').map((m) => m.name).filter((n) => n.startsWith(prefix)),
  };
}

const count = (pattern: RegExp) => (PAGE_SOURCE.match(pattern) ?? []).length;
/** The fixture's own elements: whatever the page has beyond these came from somewhere else. */
const UNTOUCHED: PageTrace = { hosts: 0, styles: count(/<style[\s>]/gi), scripts: count(/<script[\s>]/gi), marks: [] };

for (const kind of ['chromium', 'firefox'] as const) {
  const why = unavailable(kind);
  if (why && !REQUIRE_BROWSERS) console.warn(`e2e: skipping no-injection tests in ${kind}: ${why}`);

  describe.skipIf(Boolean(why) && !REQUIRE_BROWSERS)(`no injection before a click, ${kind}`, () => {
    const session = browserSession(kind, why, startServer);
    let driver: Driver;
    let server: FixtureServer;
    beforeAll(() => {
      ({ driver, server } = session);
    });

    it('a loaded page holds nothing of the extension until the button is clicked', async () => {
      const { page } = driver;
      // Chromium: every execution context of the tab, from before the navigation on.
      const isolated: Protocol.Runtime.ExecutionContextDescription[] = [];
      let cdp: CDPSession | null = null;
      if (kind === 'chromium') {
        cdp = await page.createCDPSession();
        cdp.on('Runtime.executionContextCreated', ({ context }: Protocol.Runtime.ExecutionContextCreatedEvent) => {
          if ((context.auxData as { type?: string } | undefined)?.type === 'isolated') isolated.push(context);
        });
        await cdp.send('Runtime.enable');
      }
      const extensionWorlds = () => isolated.filter((c) => c.origin.startsWith('chrome-extension://'));

      await page.goto(server.url(PAGE), { waitUntil: 'load' });
      const touched = async () => JSON.stringify(await page.evaluate(trace, HOST_ATTR, MARK_PREFIX)) !== JSON.stringify(UNTOUCHED);
      // The watch first sees a mark made a moment after load, as an injected script's would be; the mark then goes.
      const control = `${MARK_PREFIX}control`;
      await page.evaluate((name) => { setTimeout(() => performance.mark(name), 100); }, control);
      await waitFor(touched, IDLE_WATCH_MS, 'the watch to see a mark made after load');
      await page.evaluate((name) => performance.clearMarks(name), control);
      await expectQuiet(touched, IDLE_WATCH_MS, 'the extension touching the page before a click');
      expect(await page.evaluate(trace, HOST_ATTR, MARK_PREFIX)).toEqual(UNTOUCHED);
      if (cdp) expect(extensionWorlds().map((c) => c.name)).toEqual([]);

      // The same checks see the injection once the user asks.
      await driver.clickAction();
      await waitFor(() => driver.inReader(() => true), READER_TIMEOUT_MS, 'the reader');
      const after = await page.evaluate(trace, HOST_ATTR, MARK_PREFIX);
      expect(after.hosts).toBe(1);
      // The reader is open, and the page's timeline still holds nothing of ours.
      expect(after.marks).toEqual([]);
      if (cdp) {
        expect(extensionWorlds().length).toBeGreaterThan(0);
        await cdp.detach();
      }
    });
  });
}
