// The real-browser part of `npm run bench`. Corpus pages are served on 127.0.0.1 and opened in Debian's Chromium and
// Firefox ESR with the bench's own build of the extension installed (marks on, .bench/extension/; the e2e helpers
// launch them and click the toolbar button the way a user does). Per page, alternating between the browsers and
// between the methods:
// - trigger-to-reader: from the click to the first frame painted with the reader in it, split by the content
//   script's performance marks (src/content/marks.ts) into injection (click → bundle evaluated), preparation
//   (message, stored preferences), extraction (the page serialized, the extractor's answer back: the engine runs
//   in an extension page of its own, src/extractor/) and rendering (overlay built and painted);
// - in the page: plain Readability, as a reader mode runs it in a content script, timed in an isolated world of the
//   same page by a bench-only bundle (page-entry.ts, built into .bench/, never shipped): our extraction's yardstick;
// - Firefox only: Firefox's own Reader View (`about:reader?url=…`) opening the same URL, until its article is
//   painted.
// Reported as medians and p95 over the pages (each page's figure is the median of its rounds), and the ratios
// the issue sets targets for. Never a pass/fail: a benchmark informs, tests assert.
import { readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { build } from 'vite';
import { evaluateInIsolatedWorld, launchChromium } from '../../tests/e2e/helpers/chromium';
import { listenOnLoopback } from '../../tests/e2e/helpers/loopback';
import type { Driver } from '../../tests/e2e/helpers/driver';
import { type BrowserKind, runDir, unavailable, waitFor, withTimeout } from '../../tests/e2e/helpers/env';
import { evaluateInSandbox, launchFirefox, timeReaderView } from '../../tests/e2e/helpers/firefox';
import { MARK_PREFIX, markEntryName, MARKS } from '../../src/content/marks';
import { BENCH_DIST } from '../extension-paths';
import type { CorpusPage } from './corpus';
import type { InPageTimes } from './page-entry';
import { median, p95 } from './stats';

/** Clicks per page and browser; each on a fresh load, so each pays the injection a user's first click pays. Nine, not
 * five: with five, three runs within the hour gave Firefox / Reader View 0.52, 0.54 and 0.58. */
export const TRIGGER_ROUNDS = 9;
/** Firefox Reader View openings per page, interleaved with our clicks. */
export const READER_VIEW_ROUNDS = 9;
/** Timed runs of plain Readability per page in the page's world, after its first run (reported apart). */
export const IN_PAGE_ROUNDS = 5;
/** Targets: our click-to-reader at most half of Firefox Reader View; extraction within 1.10x plain. */
export const TARGET_VS_READER_VIEW = 0.5;
export const TARGET_VS_PLAIN = 1.1;
/** Longest wait for one reader or Reader View to show: a page that takes longer is recorded as failed. */
const SHOW_TIMEOUT_MS = 15_000;
/** Longest wait for a page load: corpus pages are local and may not fetch anything else (PAGE_CSP). */
const LOAD_TIMEOUT_MS = 20_000;

/**
 * Served with every page: no page script runs (the aeb pages were fetched with JavaScript off; scripts would also
 * add noise) and nothing leaves 127.0.0.1 (the machine has no internet, and a DNS wait per image would swamp the
 * figures). The content script and its <style> are not subject to the page's CSP in either browser
 * (../shared/BROWSER-TESTS.md, "Page CSP"); neither are the protocols' own evaluations.
 */
const PAGE_CSP = "default-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'none'";

/**
 * readability-pages news pages added to the aeb sample: the two French pages closest to the seed, and one page
 * each in German, Portuguese and two English sites with heavy markup.
 */
const RP_SAMPLE = ['rp/lemonde-1', 'rp/liberation-1', 'rp/heise', 'rp/folha', 'rp/guardian-1', 'rp/nytimes-1'];
/** Every Nth aeb-dev page (sorted ids): 12 of 91, spread over sites and languages. */
const AEB_STRIDE = 8;

/** The sample: a fixed, spread selection, so two runs compare the same pages. */
export function browserSample(pages: readonly CorpusPage[]): CorpusPage[] {
  const aeb = pages.filter((p) => p.set === 'aeb-dev').filter((_, i) => i % AEB_STRIDE === 0);
  const rp = pages.filter((p) => RP_SAMPLE.includes(p.id));
  return [...aeb, ...rp];
}

export interface TriggerTiming {
  /** Click → content script evaluated (background, scripting.executeScript, bundle parse and run). */
  injectionMs: number;
  /** Evaluated → extraction starts (toggle message, stored preferences). */
  prepareMs: number;
  extractionMs: number;
  /** The part of extractionMs spent serializing the page in the content script; the rest is the extractor's round trip. */
  serializeMs: number;
  /** Extraction done → reader painted (overlay built, sanitized nodes rebuilt, first frame). */
  renderMs: number;
  /** The part of renderMs until openReader returned (overlay built, nodes rebuilt); the rest is style, layout, paint. */
  buildMs: number;
  totalMs: number;
}

export interface BrowserPageResult {
  id: string;
  browser: BrowserKind;
  /** Medians of the rounds. */
  trigger: TriggerTiming | null;
  /** Median of plain Readability's warm runs in an isolated world of the page. */
  plainMs: number | null;
  /** Plain Readability's first run in a fresh isolated world: what a reader running it in its content script pays on a click. */
  plainColdMs: number | null;
  readerViewMs: number | null;
  errors: string[];
}

interface Served {
  url(index: number): string;
  close(): Promise<void>;
}

async function serve(pages: readonly CorpusPage[]): Promise<Served> {
  const html = new Map<number, string>();
  const server: Server = createServer((req, res) => {
    const m = /^\/page\/(\d+)\.html$/.exec(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const index = m ? Number(m[1]) : -1;
    const page = pages[index];
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    if (!html.has(index)) html.set(index, page.html());
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-security-policy': PAGE_CSP });
    res.end(html.get(index));
  });
  const base = await listenOnLoopback(server);
  return { url: (index) => base.url(`/page/${index}.html`), close: base.close };
}

/** Builds page-entry.ts into one classic script for the page's world; returns its source. */
async function buildPageBundle(outDir: string): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      lib: { entry: join(import.meta.dirname, 'page-entry.ts'), formats: ['iife'], name: '__newsDeclutterBench', fileName: () => 'page-bench.js' },
    },
  });
  return readFileSync(join(outDir, 'page-bench.js'), 'utf8');
}

async function load(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
}

/**
 * The page's marks on the wall clock (ms since the epoch). `performance.timeOrigin + startTime` runs on a
 * monotonic clock; the page's Date.now() read in the same call gives the offset to the wall clock the click time
 * was taken on (Node's or Firefox's parent process's Date.now(), the same system clock).
 */
async function wallClockMarks(page: Page): Promise<Map<string, number>> {
  const { offset, marks } = await page.evaluate((prefix) => {
    const offset = Date.now() - (performance.timeOrigin + performance.now());
    const marks = performance.getEntriesByType('mark')
      .filter((m) => m.name.startsWith(prefix))
      .map((m) => [m.name, performance.timeOrigin + m.startTime] as const);
    return { offset, marks };
  }, MARK_PREFIX);
  const out = new Map<string, number>();
  for (const [name, at] of marks) out.set(name, at + offset);
  return out;
}

async function triggerOnce(driver: Driver, url: string): Promise<TriggerTiming> {
  await load(driver.page, url);
  const clickedAt = await driver.clickAction();
  await waitFor(
    () => driver.page.evaluate((name) => performance.getEntriesByName(name).length > 0, markEntryName(MARKS.painted)),
    SHOW_TIMEOUT_MS,
    'the reader to be painted',
  );
  const marks = await wallClockMarks(driver.page);
  const at = (key: (typeof MARKS)[keyof typeof MARKS]) => {
    const name = markEntryName(key);
    const t = marks.get(name);
    if (t === undefined) throw new Error(`mark ${name} missing`);
    return t;
  };
  const injected = at(MARKS.injected);
  const extractStart = at(MARKS.extractStart);
  const extractSent = at(MARKS.extractSent);
  const extractEnd = at(MARKS.extractEnd);
  const rendered = at(MARKS.rendered);
  const painted = at(MARKS.painted);
  return {
    injectionMs: injected - clickedAt,
    prepareMs: extractStart - injected,
    extractionMs: extractEnd - extractStart,
    serializeMs: extractSent - extractStart,
    renderMs: painted - extractEnd,
    buildMs: rendered - extractEnd,
    totalMs: painted - clickedAt,
  };
}

/** Name of the isolated world / sandbox the bench bundle runs in. */
const BENCH_WORLD = 'news-declutter-bench';

/**
 * Plain Readability, timed in a fresh isolated world of a freshly loaded page: the same kind of world as the
 * content script's (Chromium: an isolated world; Firefox: a sandbox seeing the DOM through Xrays).
 */
async function inPage(driver: Driver, url: string, code: string): Promise<InPageTimes> {
  await load(driver.page, url);
  const expression = `${code}\n;JSON.stringify(__newsDeclutterBench.run(${IN_PAGE_ROUNDS}))`;
  const json = driver.kind === 'chromium'
    ? await evaluateInIsolatedWorld(driver.page, expression, BENCH_WORLD)
    : await evaluateInSandbox(driver.page, expression, BENCH_WORLD);
  return JSON.parse(json as string) as InPageTimes;
}

async function benchWarmUp(driver: Driver, readerViewTab: Page | null, url: string): Promise<void> {
  await withTimeout(triggerOnce(driver, url), SHOW_TIMEOUT_MS + LOAD_TIMEOUT_MS, 'warm-up click').catch(() => undefined);
  if (!readerViewTab) return;
  await readerViewTab.bringToFront();
  await withTimeout(timeReaderView(readerViewTab, url), SHOW_TIMEOUT_MS + LOAD_TIMEOUT_MS, 'warm-up Reader View').catch(() => undefined);
}

function medianTiming(rounds: readonly TriggerTiming[]): TriggerTiming | null {
  if (!rounds.length) return null;
  const m = (f: (t: TriggerTiming) => number) => median(rounds.map(f));
  return {
    injectionMs: m((t) => t.injectionMs), prepareMs: m((t) => t.prepareMs), extractionMs: m((t) => t.extractionMs),
    serializeMs: m((t) => t.serializeMs), renderMs: m((t) => t.renderMs), buildMs: m((t) => t.buildMs), totalMs: m((t) => t.totalMs),
  };
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0]!;

async function benchPage(
  driver: Driver, readerViewTab: Page | null, url: string, id: string, code: string, index: number,
): Promise<BrowserPageResult> {
  const errors: string[] = [];
  const triggers: TriggerTiming[] = [];
  const views: number[] = [];
  const attempt = async <T>(what: string, fn: () => Promise<T>): Promise<T | null> => {
    try {
      return await withTimeout(fn(), SHOW_TIMEOUT_MS + LOAD_TIMEOUT_MS, what);
    } catch (error) {
      errors.push(`${what}: ${message(error)}`);
      return null;
    }
  };
  const rounds = Math.max(TRIGGER_ROUNDS, readerViewTab ? READER_VIEW_ROUNDS : 0);
  for (let r = 0; r < rounds; r++) {
    // Alternate which method goes first, so neither always meets the other's leftovers (GC, caches).
    const ours = async () => {
      if (r >= TRIGGER_ROUNDS) return;
      const t = await attempt('trigger', () => triggerOnce(driver, url));
      if (t) triggers.push(t);
    };
    const theirs = async () => {
      if (!readerViewTab || r >= READER_VIEW_ROUNDS) return;
      const t = await attempt('reader view', async () => {
        await readerViewTab.bringToFront();
        return timeReaderView(readerViewTab, url);
      });
      if (t !== null) views.push(t);
    };
    if ((r + index) % 2 === 0) {
      await ours();
      await theirs();
    } else {
      await theirs();
      await ours();
    }
  }
  const times = await attempt('in page', () => inPage(driver, url, code));
  return {
    id,
    browser: driver.kind,
    trigger: medianTiming(triggers),
    plainMs: times ? median(times.plain) : null,
    plainColdMs: times ? times.plainCold : null,
    readerViewMs: views.length ? median(views) : null,
    errors,
  };
}

export interface BrowserSummary {
  browser: BrowserKind;
  pages: number;
  trigger: Record<keyof TriggerTiming, { medianMs: number; p95Ms: number }>;
  /** Plain Readability in the page: warm runs, and the first run in a fresh world. */
  plain: { medianMs: number; p95Ms: number };
  plainCold: { medianMs: number; p95Ms: number };
  /** Median over pages of the per-page ratio of our extraction on a click to plain Readability's warm runs. */
  extractionVsPlain: { median: number; p95: number };
  /** The same, over plain Readability's first run in a fresh world (what an in-page reader pays on a click). */
  extractionVsPlainCold: { median: number; p95: number };
  readerView?: { medianMs: number; p95Ms: number };
  /** Median over pages of the per-page ratio trigger-to-reader / Reader View (Firefox). */
  triggerVsReaderView?: { median: number; p95: number };
}

export interface BrowserBenchResult {
  rounds: { trigger: number; readerView: number; inPage: number };
  targets: { vsReaderView: number; vsPlain: number };
  browsers: Record<string, string>;
  summaries: BrowserSummary[];
  pages: BrowserPageResult[];
  skipped: string[];
}

const stat = (values: number[]) => ({ medianMs: median(values), p95Ms: p95(values) });
const ratioStat = (values: number[]) => ({ median: median(values), p95: p95(values) });

function summarize(kind: BrowserKind, results: readonly BrowserPageResult[]): BrowserSummary {
  const mine = results.filter((r) => r.browser === kind);
  const withTrigger = mine.filter((r) => r.trigger);
  const inPage = mine.filter((r) => r.plainMs !== null && r.trigger);
  const keys: (keyof TriggerTiming)[] = ['injectionMs', 'prepareMs', 'extractionMs', 'serializeMs', 'renderMs', 'buildMs', 'totalMs'];
  const summary: BrowserSummary = {
    browser: kind,
    pages: mine.length,
    trigger: Object.fromEntries(keys.map((k) => [k, stat(withTrigger.map((r) => r.trigger![k]))])) as BrowserSummary['trigger'],
    plain: stat(inPage.map((r) => r.plainMs!)),
    plainCold: stat(inPage.map((r) => r.plainColdMs!)),
    extractionVsPlain: ratioStat(inPage.map((r) => r.trigger!.extractionMs / r.plainMs!)),
    extractionVsPlainCold: ratioStat(inPage.map((r) => r.trigger!.extractionMs / r.plainColdMs!)),
  };
  const viewed = mine.filter((r) => r.readerViewMs !== null);
  if (viewed.length) {
    summary.readerView = stat(viewed.map((r) => r.readerViewMs!));
    summary.triggerVsReaderView = ratioStat(viewed.filter((r) => r.trigger).map((r) => r.trigger!.totalMs / r.readerViewMs!));
  }
  return summary;
}

export async function runBrowserBench(
  pages: readonly CorpusPage[],
  options: { browsers: readonly BrowserKind[]; benchDir: string; log: (line: string) => void },
): Promise<BrowserBenchResult> {
  const skipped: string[] = [];
  const kinds = options.browsers.filter((kind) => {
    const why = unavailable(kind, join(BENCH_DIST, kind === 'chromium' ? 'chrome' : 'firefox'));
    if (why) skipped.push(`${kind}: ${why}`);
    return !why;
  });
  const code = await buildPageBundle(join(options.benchDir, 'page-bench'));
  const served = await serve(pages);
  const drivers: Driver[] = [];
  const dirs: { cleanup(): void }[] = [];
  const results: BrowserPageResult[] = [];
  const versions: Record<string, string> = {};
  const readerViewTabs = new Map<Driver, Page>();
  try {
    // Both browsers stay open and take turns page by page: a slow spell of the machine hits both alike.
    for (const kind of kinds) {
      const run = runDir(kind);
      dirs.push(run);
      const extension = join(BENCH_DIST, kind === 'chromium' ? 'chrome' : 'firefox');
      const driver = await withTimeout((kind === 'chromium' ? launchChromium : launchFirefox)(run.dir, { unpacked: extension }), 60_000, `launching ${kind}`);
      drivers.push(driver);
      versions[kind] = await driver.browser.version();
      // Reader View gets a tab of its own: puppeteer's next goto in a tab that showed about:reader hung (lemonde-1).
      if (kind === 'firefox') readerViewTabs.set(driver, await driver.browser.newPage());
    }
    // One untimed click and Reader View first: the browser's first ever extension injection and about:reader
    // load their own code once per session (the first about:reader took 480 ms against 120-170 ms after).
    for (const driver of drivers) {
      await benchWarmUp(driver, readerViewTabs.get(driver) ?? null, served.url(0));
    }
    for (const [index, page] of pages.entries()) {
      for (const driver of drivers) {
        const result = await benchPage(driver, readerViewTabs.get(driver) ?? null, served.url(index), page.id, code, index);
        results.push(result);
        const t = result.trigger;
        options.log(`  ${page.id} ${driver.kind}: reader ${t ? t.totalMs.toFixed(0) : '–'} ms` +
          (result.readerViewMs !== null ? `, Reader View ${result.readerViewMs.toFixed(0)} ms` : '') +
          (t ? `, extraction ${t.extractionMs.toFixed(1)} ms` : '') +
          (result.plainMs !== null ? `, plain Readability ${result.plainMs.toFixed(1)} ms (first run ${result.plainColdMs!.toFixed(1)})` : '') +
          (result.errors.length ? ` (${result.errors.join('; ')})` : ''));
      }
    }
  } finally {
    for (const driver of drivers) await driver.close().catch(() => undefined);
    for (const dir of dirs) dir.cleanup();
    await served.close();
    rmSync(join(options.benchDir, 'page-bench'), { recursive: true, force: true });
  }
  return {
    rounds: { trigger: TRIGGER_ROUNDS, readerView: READER_VIEW_ROUNDS, inPage: IN_PAGE_ROUNDS },
    targets: { vsReaderView: TARGET_VS_READER_VIEW, vsPlain: TARGET_VS_PLAIN },
    browsers: versions,
    summaries: kinds.map((kind) => summarize(kind, results)),
    pages: results,
    skipped,
  };
}

const ms = (s: { medianMs: number; p95Ms: number } | undefined) => (s ? `${s.medianMs.toFixed(0)} / ${s.p95Ms.toFixed(0)}` : '–');
const msFine = (s: { medianMs: number; p95Ms: number }) => `${s.medianMs.toFixed(1)} / ${s.p95Ms.toFixed(1)}`;
const ratio = (r: { median: number; p95: number } | undefined, target: number) =>
  (r ? `**${r.median.toFixed(2)}** (${r.p95.toFixed(2)}) ${r.median <= target ? '✓' : '✗'}` : '–');

/** The tables for the README: time from click to painted reader, then extraction against plain Readability. */
export function browserTable(result: BrowserBenchResult): string {
  const rows = [
    '| Browser | pages | click → reader painted | injection | preparation | extraction | rendering | Firefox Reader View | reader / Reader View (target ≤ 0.5) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const s of result.summaries) {
    rows.push(`| ${s.browser} ${result.browsers[s.browser] ?? ''} | ${s.pages} | ${ms(s.trigger.totalMs)} | ${ms(s.trigger.injectionMs)} | ` +
      `${ms(s.trigger.prepareMs)} | ${ms(s.trigger.extractionMs)} | ${ms(s.trigger.renderMs)} | ${ms(s.readerView)} | ` +
      `${ratio(s.triggerVsReaderView, TARGET_VS_READER_VIEW)} |`);
  }
  rows.push('', 'Milliseconds, median / p95 over pages (each page: median of its rounds).', '');
  rows.push(
    '| Browser | extraction on a click | of which serializing the page | plain Readability in the page, warm | first run | extraction / plain, warm (target ≤ 1.10) | extraction / plain, first run |',
    '|---|---:|---:|---:|---:|---:|---:|',
  );
  for (const s of result.summaries) {
    rows.push(`| ${s.browser} | ${ms(s.trigger.extractionMs)} | ${ms(s.trigger.serializeMs)} | ${msFine(s.plain)} | ${msFine(s.plainCold)} | ` +
      `${ratio(s.extractionVsPlain, TARGET_VS_PLAIN)} | ${ratio(s.extractionVsPlainCold, TARGET_VS_PLAIN)} |`);
  }
  rows.push('', 'Milliseconds, median / p95 over pages; ratios are medians (p95) of per-page ratios. Plain Readability runs in a ' +
    'world of the page like a content script\'s (Chromium isolated world, Firefox sandbox with Xray wrappers); our ' +
    'extraction is the click\'s own, from the content script\'s marks: the page serialized, the extractor\'s answer back.');
  return rows.join('\n');
}
