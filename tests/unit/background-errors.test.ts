// No failure in the button's menu or the platform layer is left as an unhandled rejection: each is reported
// (src/background/site-menu.ts, src/platform/index.ts onActionMenuShown).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeStorage } from './fakes/fake-storage';

const fake = vi.hoisted(() => ({ browser: {} as Record<string, any> }));
vi.mock('webextension-polyfill', () => ({ default: fake.browser }));

const storage = fakeStorage();
const listeners: Record<string, ((...args: any[]) => unknown)[]> = {};
const event = (name: string) => ({ addListener: (l: (...args: any[]) => unknown) => void (listeners[name] ??= []).push(l) });
Object.assign(fake.browser, {
  runtime: { getURL: (p: string) => `moz-extension://test/${p}`, id: 'test' },
  i18n: { getMessage: (k: string) => k, getUILanguage: () => 'en' },
  storage: { local: storage.local, sync: storage.sync },
  permissions: { request: async () => true, getAll: async () => ({ origins: [] }), remove: async () => true },
  scripting: {},
  contextMenus: {
    create: () => undefined,
    update: async () => { throw new Error('Cannot find menu item with id site-mode:never'); },
    refresh: async () => { throw new Error('menu closed'); },
    onShown: event('onShown'),
  },
  tabs: { onActivated: event('onActivated'), onUpdated: event('onUpdated'), get: async () => { throw new Error('No tab with id: 9'); } },
});

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => void unhandled.push(reason);
const settle = () => new Promise((r) => setTimeout(r, 20));

beforeEach(() => {
  unhandled.length = 0;
  process.on('unhandledRejection', onUnhandled);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  process.off('unhandledRejection', onUnhandled);
  vi.restoreAllMocks();
});

describe('background: failures are reported, never left unhandled', () => {
  it('a menu click whose write fails, and whose menu update fails', async () => {
    const { onSiteMenuClicked } = await import('../../src/background/site-menu');
    storage.local.failNextWrite = new Error('QUOTA_BYTES quota exceeded');
    const tab = { id: 1, index: 0, url: 'https://news.example/a', active: true } as never;
    expect(onSiteMenuClicked({ menuItemId: 'site-step:counter', checked: false } as never, tab)).toBe(true);
    onSiteMenuClicked({ menuItemId: 'site-mode:never', checked: false } as never, tab);
    await settle();
    expect(unhandled).toEqual([]);
    expect(vi.mocked(console.warn).mock.calls.some(([m]) => String(m).includes('could not change the site setting'))).toBe(true);
  });

  it('the active tab gone, a page load, and (Firefox) a menu that closed before its refresh', async () => {
    const { followActiveTab } = await import('../../src/background/site-menu');
    followActiveTab();
    for (const l of listeners.onActivated ?? []) l({ tabId: 9 });
    for (const l of listeners.onUpdated ?? []) l(9, { status: 'complete' }, { id: 9, active: true, url: 'https://news.example/a' });
    for (const l of listeners.onShown ?? []) l({ contexts: ['action'] }, { id: 9, url: 'https://news.example/a' });
    await settle();
    expect(listeners.onShown?.length).toBeGreaterThan(0);
    expect(unhandled).toEqual([]);
  });
});
