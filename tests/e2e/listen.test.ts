// Listen (read aloud) in real browsers with real voices: speech-dispatcher and espeak-ng, sound sent to ALSA's
// null device (tests/e2e/helpers/speech.ts). The player is listen.js, injected by the background on first use.
// What each browser reports is tested as it is: Chromium 156 lists espeak-ng's voices as on-device, so one is
// picked and reading starts at once; Firefox 153 lists the same voices as not on-device (localService false), so
// none is picked, the bar says why, every voice is marked, and reading starts once the user picks one.
import { beforeAll, describe, expect, it } from 'vitest';
import { auditShadowTree } from './helpers/audit';
import type { Driver } from './helpers/driver';
import { REQUIRE_BROWSERS, unavailable, waitFor } from './helpers/env';
import { type FixtureServer, startServer } from './helpers/server';
import { browserSession } from './helpers/session';

const DEMO = '/demo/article.html';
const DEMO_TITLE = 'The night ferry returns to Larkspur Bay after a twelve-year pause';
/** speech-dispatcher starts on the first request and lists about 13,000 voices: 5-9 s here, more under load. */
const VOICES_TIMEOUT_MS = 60_000;
/** The whole demo article, said into the null device (no real-time pacing there). */
const READ_TIMEOUT_MS = 90_000;
const READER_TIMEOUT_MS = 15_000;

interface ListenView {
  open: boolean;
  status: string;
  play: string;
  voice: string;
  voiceRemote: boolean;
  options: number;
  remoteOptions: number;
  rate: string;
  seen: string[];
}

/** Runs in the page. Starts recording each highlighted sentence (from the page's side: the DOM is shared). */
function recordHighlights(root: ShadowRoot): void {
  const seen: string[] = [];
  (globalThis as unknown as { ndListenSeen: string[] }).ndListenSeen = seen;
  new MutationObserver(() => {
    const text = [...root.querySelectorAll('.nd-listen-mark')].map((m) => m.textContent).join('');
    if (text && seen[seen.length - 1] !== text) seen.push(text);
  }).observe(root, { subtree: true, childList: true, characterData: true });
}

function listenView(root: ShadowRoot): ListenView {
  const bar = root.querySelector<HTMLElement>('#nd-listen');
  const select = root.querySelector<HTMLSelectElement>('#nd-listen-voice');
  const options = [...(select?.options ?? [])].filter((o) => o.value);
  return {
    open: !!bar && !bar.hidden,
    status: bar?.querySelector('.nd-listen-status')?.textContent ?? '',
    play: bar?.querySelector('.nd-listen-play')?.getAttribute('aria-label') ?? '',
    voice: select?.value ?? '',
    voiceRemote: !!select?.selectedOptions[0]?.hasAttribute('data-remote'),
    options: options.length,
    remoteOptions: options.filter((o) => o.hasAttribute('data-remote') && /sends the text off this device/.test(o.textContent ?? '')).length,
    rate: root.querySelector<HTMLInputElement>('#nd-listen-rate')?.value ?? '',
    seen: [...((globalThis as unknown as { ndListenSeen?: string[] }).ndListenSeen ?? [])],
  };
}

/** Runs in the page: the user picks the first voice of the menu (an English one: the menu lists the article's language). */
function chooseFirstVoice(root: ShadowRoot): string {
  const select = root.querySelector<HTMLSelectElement>('#nd-listen-voice')!;
  const option = [...select.options].find((o) => o.value)!;
  select.value = option.value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  return option.textContent ?? '';
}

function setRate(root: ShadowRoot, value: string): void {
  const range = root.querySelector<HTMLInputElement>('#nd-listen-rate')!;
  range.value = value;
  range.dispatchEvent(new Event('input', { bubbles: true }));
  range.dispatchEvent(new Event('change', { bubbles: true }));
}

/** A real click (trusted input, a user activation) at the centre of `selector` in the reader. */
async function clickInReader(driver: Driver, selector: string): Promise<void> {
  const at = await driver.inReader((root, sel) => {
    const r = root.querySelector(sel)!.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  }, selector);
  if (!at) throw new Error('no reader');
  await driver.page.mouse.click(at.x, at.y);
}

async function openReader(driver: Driver, server: FixtureServer): Promise<void> {
  await driver.page.goto(server.url(DEMO), { waitUntil: 'load' });
  await driver.clickAction();
  await waitFor(() => driver.inReader((root) => root.querySelector('.nd-title')?.textContent === 'The night ferry returns to Larkspur Bay after a twelve-year pause'), READER_TIMEOUT_MS, 'the reader');
}

for (const kind of ['chromium', 'firefox'] as const) {
  const reason = unavailable(kind);
  if (reason && !REQUIRE_BROWSERS) console.warn(`e2e: skipping the ${kind} Listen tests: ${reason}. Set REQUIRE_BROWSERS=1 to make this a failure.`);

  describe.skipIf(reason !== null && !REQUIRE_BROWSERS)(`Listen in ${kind}`, () => {
    const session = browserSession(kind, reason, startServer);
    let driver: Driver;
    let server: FixtureServer;
    beforeAll(() => {
      ({ driver, server } = session);
    });

    it('reads the article aloud with a real voice, sentence by sentence, title first, to the end', async () => {
      await openReader(driver, server);
      await driver.inReader(recordHighlights);
      await clickInReader(driver, '[aria-controls="nd-listen"]');
      const v = await waitFor(async () => {
        const view = await driver.inReader(listenView);
        return view && view.options > 0 ? view : null;
      }, VOICES_TIMEOUT_MS, 'the voices');
      console.log(`e2e ${kind}: ${v.options} voices offered for English, ${v.remoteOptions} marked as sending the text off the device`);
      if (kind === 'chromium') {
        // An on-device voice is picked by itself.
        expect(v.voice).not.toBe('');
        expect(v.voiceRemote).toBe(false);
      } else {
        // Nothing on-device: nothing picked, the bar says why, every voice is marked; the user picks one.
        const waiting = await waitFor(async () => {
          const view = await driver.inReader(listenView);
          return view && /No voice on this device/.test(view.status) ? view : null;
        }, VOICES_TIMEOUT_MS, 'the bar to say there is no on-device voice');
        expect(waiting.voice).toBe('');
        expect(waiting.seen).toEqual([]);
        expect(waiting.remoteOptions).toBe(waiting.options);
        // Firefox lists its voices a few hundred at a time, and refuses to speak until it has them all.
        await waitFor(async () => {
          const before = (await driver.inReader(listenView))?.options ?? 0;
          await new Promise((r) => setTimeout(r, 1_000));
          return (await driver.inReader(listenView))?.options === before;
        }, VOICES_TIMEOUT_MS, 'the voice list to be complete');
        await driver.inReader(chooseFirstVoice);
      }
      const done = await waitFor(async () => {
        const view = await driver.inReader(listenView);
        return view && view.seen.length >= 5 && view.play === 'Play' ? view : null;
      }, READ_TIMEOUT_MS, 'the article to be read to its end');
      expect(done.seen[0]).toBe(DEMO_TITLE);
      expect(done.status).not.toMatch(/did not answer/);
      if (kind === 'firefox') expect(done.voiceRemote).toBe(true);
      // The Related list is never read.
      const related = await driver.inReader((root) => [...root.querySelectorAll('.nd-related a')].map((a) => a.firstChild?.textContent ?? ''));
      for (const title of related ?? []) expect(done.seen.join(' ')).not.toContain(title);
      // The open bar is held to the same rules as the rest of the reader (no page markup, its own style only).
      expect(await driver.inReader(auditShadowTree)).toEqual([]);
    });

    it('plays again with Alt+Shift+L, stops speaking when the reader closes, remembers the speed, and Tab reaches the bar', async () => {
      await driver.inReader(setRate, '2');
      const before = (await driver.inReader(listenView))!.seen.length;
      await driver.page.keyboard.down('Alt');
      await driver.page.keyboard.down('Shift');
      await driver.page.keyboard.press('KeyL');
      await driver.page.keyboard.up('Shift');
      await driver.page.keyboard.up('Alt');
      await waitFor(async () => ((await driver.inReader(listenView))?.seen.length ?? 0) > before, READ_TIMEOUT_MS, 'reading to start again from the shortcut');
      await driver.page.keyboard.press('Escape');
      await waitFor(async () => (await driver.inReader(() => true)) === null, READER_TIMEOUT_MS, 'the reader to close');
      await waitFor(() => driver.page.evaluate(() => !speechSynthesis.speaking), READER_TIMEOUT_MS, 'speech to stop');
      // A new reader: the speed set before is there.
      await openReader(driver, server);
      await clickInReader(driver, '[aria-controls="nd-listen"]');
      // The bar shows the default until the stored settings are read: wait for them.
      const v = await waitFor(async () => {
        const view = await driver.inReader(listenView);
        return view?.rate === '2' ? view : null;
      }, READER_TIMEOUT_MS, 'the Listen bar to show the speed set before');
      expect(v.open).toBe(true);
      // Keyboard: Tab moves through the bar's controls, each with a visible focus ring.
      await driver.page.keyboard.press('Tab');
      const focused = await driver.inReader((root) => {
        const el = root.activeElement;
        const style = el ? getComputedStyle(el) : null;
        return {
          windowFocused: document.hasFocus(), inBar: !!el?.closest('#nd-listen'), name: el?.getAttribute('aria-label') ?? '',
          outline: style ? parseFloat(style.outlineWidth) : 0, outlineStyle: style?.outlineStyle ?? '',
        };
      });
      expect(focused?.inBar).toBe(true);
      expect(focused?.name).not.toBe('');
      if (kind === 'chromium') {
        expect(focused?.windowFocused).toBe(true);
        expect(focused?.outlineStyle).not.toBe('none');
        expect(focused?.outline).toBeGreaterThan(0);
      } else {
        // Headless Firefox never gives its window focus (document.hasFocus() is false), so no :focus style applies
        // there; the ring is the same stylesheet rule as in Chromium.
        console.log(`e2e firefox: window focused: ${focused?.windowFocused}; focus ring checked in Chromium only`);
      }
      await driver.page.keyboard.press('Escape');
    });
  });
}
