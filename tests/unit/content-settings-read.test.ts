// @vitest-environment jsdom
// The settings the reader opens with (src/content/settings-read.ts): the background's answer to `get-settings`
// (src/background/content-messages.ts), and the content script's own storage read when the background
// cannot answer. Both ends over the same fake storage, so the two paths must agree.
import { describe, expect, it, vi } from 'vitest';
import { defaultListen } from '../../src/settings/listen';
import { fakeStorage } from './fakes/fake-storage';
import { isContentToBackground } from '../../src/shared/messages';

const fake = vi.hoisted(() => ({ browser: {} as Record<string, unknown> }));
vi.mock('../../src/platform', () => ({ browser: fake.browser, extensionLock: undefined }));

const storage = fakeStorage();
let sendMessage: (message: unknown) => Promise<unknown>;
Object.assign(fake.browser, {
  storage: { local: storage.local, sync: storage.sync },
  runtime: { sendMessage: (message: unknown) => sendMessage(message) },
});

const { loadOpeningSettings } = await import('../../src/content/settings-read');
const { store } = await import('../../src/background/settings');
const { handleContentMessage } = await import('../../src/background/content-messages');
const { createReadingPositions } = await import('../../src/settings/index');

const RUNTIME_ID = 'news-declutter@test';
/** The background's answer, as the browser delivers a message from this extension's content script in a tab on `url`. */
function background(url: string) {
  return (message: unknown) =>
    handleContentMessage(message, { id: RUNTIME_ID, url, tab: { id: 7, index: 0, url } }, {
      runtimeId: RUNTIME_ID,
      store,
      showReaderState: async () => undefined,
      openSiteSettings: async () => undefined,
      openExtractor: async () => undefined, loadListen: async () => undefined,
      positions: createReadingPositions(storage.local),
      injectSavePanel: async () => ({ loaded: true as const }),
    }) ?? Promise.resolve(undefined);
}

const HOST = 'news.example';
const OTHER_HOST = 'other.example';

describe('the settings the reader opens with', () => {
  it('asks the background, which answers for the sender\'s site, and takes its answer', async () => {
    await store.setSite(HOST, { mode: 'off', disabledSteps: ['counter'] });
    await store.setGlobal({ listen: defaultListen(), resume: true, reader: { ...(await store.getGlobal()).reader, theme: 'sepia' } });
    const sent: unknown[] = [];
    sendMessage = async (message) => {
      sent.push(message);
      expect(isContentToBackground(message)).toBe(true);
      return background(`https://${HOST}/story.html`)(message);
    };
    const pageUrl = new URL(`https://${HOST}/story.html`);
    Object.defineProperty(window, 'location', { value: pageUrl, configurable: true });

    const settings = await loadOpeningSettings();
    // The message names no site: the background takes it from the sender.
    expect(sent).toEqual([{ type: 'get-settings' }]);
    expect(settings.site.disabledSteps).toEqual(['counter']);
    expect(settings.prefs.theme).toBe('sepia');
  });

  it('reads the same from storage itself when the background cannot answer', async () => {
    await store.setSite(OTHER_HOST, { mode: 'off', disabledSteps: ['timestamp'] });
    sendMessage = async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    Object.defineProperty(window, 'location', { value: new URL(`https://${OTHER_HOST}/story.html`), configurable: true });

    const settings = await loadOpeningSettings();
    expect(settings.site.disabledSteps).toEqual(['timestamp']);
    expect(settings.prefs).toEqual((await store.getGlobal()).reader);
  });

  it('carries where the reader left this article, from the sender\'s address, on both paths; nothing with resume off', async () => {
    const url = `https://${HOST}/long-read.html`;
    await createReadingPositions(storage.local).set(url, 9);
    Object.defineProperty(window, 'location', { value: new URL(url), configurable: true });
    // The background answers for the address of the frame that sent the message (sender.url), not one in the message.
    sendMessage = background(url);
    expect((await loadOpeningSettings()).position).toBe(9);
    sendMessage = async () => { throw new Error('no background'); };
    expect((await loadOpeningSettings()).position).toBe(9);
    await store.updateGlobal({ resume: false });
    expect((await loadOpeningSettings()).position).toBeNull();
    sendMessage = background(url);
    expect((await loadOpeningSettings())).toMatchObject({ resume: false, position: null });
    await store.updateGlobal({ resume: true });
  });
});
