// The Save panel's code reaches the page only when asked: a typed `load-save` message from the content script, and
// the background puts save.js into the frame that asked, in that tab, once per request.
import { describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => [] as unknown[]);
vi.mock('../../src/platform', () => ({
  browser: { scripting: { executeScript: async (details: unknown) => { calls.push(details); return []; } } },
}));

const { injectSavePanel } = await import('../../src/background/inject');
const { isContentToBackground } = await import('../../src/shared/messages');
const { SAVE_SCRIPT } = await import('../../src/shared/save-chunk');

describe('background: the Save panel chunk', () => {
  it('is a known content → background message, with no payload to trust', () => {
    expect(isContentToBackground({ type: 'load-save' })).toBe(true);
    expect(isContentToBackground({ type: 'load-save-now' })).toBe(false);
  });

  it('injects save.js into the asking frame of the asking tab', async () => {
    expect(await injectSavePanel(7, 0)).toEqual({ loaded: true });
    expect(await injectSavePanel(8, undefined)).toEqual({ loaded: true });
    expect(calls).toEqual([
      { target: { tabId: 7, frameIds: [0] }, files: [SAVE_SCRIPT] },
      { target: { tabId: 8, frameIds: [0] }, files: [SAVE_SCRIPT] },
    ]);
    expect(SAVE_SCRIPT).toBe('/save.js');
  });
});
