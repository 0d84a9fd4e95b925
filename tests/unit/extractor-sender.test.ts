// The extractor answers only this extension's own content scripts (src/extractor/answer.ts): a message from an
// extension page (no tab) or from another extension gets no reply, and no extraction runs for it.
import { describe, expect, it, vi } from 'vitest';
import { createExtractorAnswer } from '../../src/extractor/answer';
import type { ExtractRequest } from '../../src/shared/messages';

const ID = 'news-declutter@test';
const request: ExtractRequest = {
  type: 'extract', id: 'r1', html: '<p>x</p>', standards: true, url: 'https://news.example/a', baseUrl: 'https://news.example/a', force: false, disabledSteps: [],
};

describe('extractor: who it answers', () => {
  it('answers a content script of this extension in a tab', async () => {
    const sanitizer = vi.fn(() => null);
    const answer = createExtractorAnswer(ID, sanitizer);
    const reply = answer(request, { id: ID, url: request.url, tab: { id: 4, url: request.url } });
    expect(await reply).toEqual({ kind: 'no-sanitizer' });
    expect(sanitizer).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['an extension page (no tab)', { id: ID, url: 'chrome-extension://x/options/options.html' }],
    ['another extension', { id: 'other@example', url: request.url, tab: { id: 4, url: request.url } }],
    ['no sender id', { url: request.url, tab: { id: 4, url: request.url } }],
    ['a tab id the browser gives to no tab', { id: ID, url: request.url, tab: { id: -1, url: request.url } }],
  ])('ignores %s, and runs nothing', (_, sender) => {
    const sanitizer = vi.fn(() => null);
    const answer = createExtractorAnswer(ID, sanitizer);
    expect(answer(request, sender)).toBeUndefined();
    expect(answer({ type: 'related', id: 'r1' }, sender)).toBeUndefined();
    expect(sanitizer).not.toHaveBeenCalled();
  });
});
