// The welcome page's logic without a browser: when the background opens it (install only), and what it says for
// each browser's button placement and each shortcut state. The real page in both browsers: tests/e2e/welcome.test.ts.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const created = vi.hoisted(() => [] as string[]);
vi.mock('../../src/platform', () => ({
  browser: {
    runtime: { getURL: (path: string) => `ext://id/${path}` },
    tabs: { create: async ({ url }: { url: string }) => { created.push(url); } },
  },
}));

const { openWelcomeOnInstall, shouldWelcome } = await import('../../src/background/welcome');
const { contextMenuText, placementText, readerShortcut, shortcutText } = await import('../../src/welcome/text');
const { sampleText } = await import('../../src/shared/reader-sample');

/** Messages as "key" or "key:sub1|sub2": the test checks which message, not its wording. */
const t = (key: string, subs?: string[]) => (subs?.length ? `${key}:${subs.join('|')}` : key);

describe('the welcome page opens on install only', () => {
  beforeEach(() => {
    created.length = 0;
  });

  it('opens the page on install', async () => {
    await openWelcomeOnInstall({ reason: 'install' });
    expect(created).toEqual(['ext://id/welcome/welcome.html']);
  });

  // Chrome also sends chrome_update and shared_module_update, which the polyfill's types leave out.
  it.each(['update', 'browser_update', 'chrome_update', 'shared_module_update'])('opens nothing on %s', async (reason) => {
    const details = { reason } as unknown as { reason: 'update' };
    expect(shouldWelcome(details)).toBe(false);
    await openWelcomeOnInstall(details);
    expect(created).toEqual([]);
  });
});

describe('what the welcome page says', () => {
  it('names where each browser keeps the button', () => {
    expect(placementText('toolbar', t)).toBe('welcomeButtonToolbar');
    expect(placementText('extensions-menu', t)).toBe('welcomeButtonExtensionsMenu');
  });

  it('gives the shortcut the user has, or says none is set', () => {
    const commands = [{ name: 'other', shortcut: 'Ctrl+Q' }, { name: '_execute_action', shortcut: 'Alt+Shift+Y' }];
    expect(readerShortcut(commands)).toBe('Alt+Shift+Y');
    expect(shortcutText(readerShortcut(commands), t)).toBe('welcomeShortcut:Alt+Shift+Y');
    // Chrome leaves a suggested key unassigned when another extension holds it; the user may also remove it.
    expect(readerShortcut([{ name: '_execute_action', shortcut: '' }])).toBe('');
    expect(readerShortcut([{ name: '_execute_action' }])).toBe('');
    expect(shortcutText('', t)).toBe('welcomeNoShortcut');
  });

  it("names the context-menu item by the menu's own label", () => {
    expect(contextMenuText(t)).toBe('welcomeContextMenu:contextMenuTitle');
  });

  it('fills the sample article from the messages', () => {
    expect(sampleText(t)).toEqual({
      site: 'sampleSite', title: 'sampleTitle', byline: 'sampleByline',
      paragraphs: ['sampleParagraph1', 'sampleParagraph2'],
    });
  });
});
