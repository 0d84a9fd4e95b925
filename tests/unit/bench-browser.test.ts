// The browser bench's own parts that decide what its tables say: the large page it generates, and the ratios to
// Firefox Reader View it reports for every browser (scripts/bench/browser.ts). The timings themselves are measured
// in real browsers by `npm run bench`, never asserted.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { type BrowserPageResult, summarize, type TriggerTiming } from '../../scripts/bench/browser';
import { LARGE_PAGE_MIN_ELEMENTS, largePage, largePageHtml } from '../../scripts/bench/large-page';
import { declutterHtml } from '../../src/node/index';

describe('the large page', () => {
  it('has over 20,000 elements, an article and a comment thread', () => {
    const doc = new JSDOM(largePageHtml()).window.document;
    expect(doc.getElementsByTagName('*').length).toBeGreaterThan(LARGE_PAGE_MIN_ELEMENTS);
    expect(doc.querySelectorAll('.story-body p').length).toBeGreaterThan(50);
    expect(doc.querySelectorAll('.comment').length).toBeGreaterThan(1_000);
  });
  it('is the same page on every run', () => {
    expect(largePageHtml()).toBe(largePageHtml());
    expect(largePage().html()).toBe(largePageHtml());
  });
  it('is an article the engine reads', () => {
    expect(declutterHtml(largePageHtml(), { url: largePage().url })?.title).toContain('harbour bridge');
  });
});

const timing = (totalMs: number): TriggerTiming => ({
  injectionMs: 1, prepareMs: 1, extractionMs: 1, serializeMs: 1, renderMs: 1, buildMs: 1, totalMs,
});

function result(browser: string, id: string, values: Partial<BrowserPageResult>): BrowserPageResult {
  return {
    id, browser, kind: browser === 'firefox' ? 'firefox' : 'chromium', trigger: null, coldSiteMs: null, coldIdleMs: null,
    coldSiteTiming: null, coldIdleTiming: null,
    readerViewColdMs: null, plainMs: null, plainColdMs: null, readerViewMs: null, errors: [], ...values,
  };
}

describe('ratios to Firefox Reader View', () => {
  const firefox = [
    result('firefox', 'a', { trigger: timing(50), readerViewMs: 100, coldSiteMs: 90, readerViewColdMs: 200 }),
    result('firefox', 'b', { trigger: timing(80), readerViewMs: 200, coldIdleMs: 150, readerViewColdMs: 300 }),
  ];
  const chromium = [
    result('chromium', 'a', { trigger: timing(40), coldSiteMs: 120, coldIdleMs: 100 }),
    result('chromium', 'b', { trigger: timing(120), coldSiteMs: 150 }),
    // A page Reader View could not open has no ratio.
    result('chromium', 'c', { trigger: timing(10) }),
  ];
  const readerView = new Map(firefox.map((r) => [r.id, r]));
  const all = [...firefox, ...chromium];

  it('divides each page of Chromium by Firefox Reader View on the same page', () => {
    const s = summarize('chromium', 'chromium', all, readerView);
    // Per page: a 40/100, b 120/200; the pages' ratios, not the ratio of medians.
    expect(s.vsReaderView).toEqual({ median: (0.4 + 0.6) / 2, p95: 0.6 });
  });
  it('compares cold clicks with Reader View opened cold', () => {
    const s = summarize('chromium', 'chromium', all, readerView);
    expect(s.coldSiteVsReaderViewCold).toEqual({ median: (120 / 200 + 150 / 300) / 2, p95: 0.6 });
    expect(s.coldIdleVsReaderViewCold).toEqual({ median: 0.5, p95: 0.5 });
  });
  it('gives Firefox its own ratios the same way', () => {
    const s = summarize('firefox', 'firefox', all, readerView);
    expect(s.vsReaderView).toEqual({ median: (0.5 + 0.4) / 2, p95: 0.5 });
    expect(s.coldIdle.medianMs).toBe(150);
  });
  it('leaves the ratios out when the run had no Firefox', () => {
    const s = summarize('chromium', 'chromium', chromium, new Map());
    expect(s.vsReaderView).toBeUndefined();
    expect(s.trigger.totalMs.medianMs).toBe(40);
  });
});
