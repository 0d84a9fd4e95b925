// The Node part of `npm run bench`: the engine against plain Readability on the same parsed
// documents, in the same process, alternating which goes first on each round so neither always gets the warm
// caches. Plain is what a reader mode would do anyway: clone, `new Readability(clone).parse()`. The engine
// makes its own pruned copy (copy.ts; its input is never changed) and then does everything else the product needs:
// related links, steps, sanitizing, body text.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { declutterDocument } from '../../src/declutter/declutter-document';
import { parseHtml } from '../../src/node/index';
import type { CorpusPage } from './corpus';
import { median, p95 } from './stats';

/** Timed rounds per page and method; the per-page figure is their median, which shrugs off a GC pause. */
export const DEFAULT_ROUNDS = 5;
/** Untimed runs of each method per page first: jsdom's lazy caches and V8's JIT warm up on them. */
export const WARM_UP_ROUNDS = 1;
/** The engine may cost this much more than plain Readability ("within 1.10x"). */
export const TARGET_RATIO = 1.1;

export interface PageTiming {
  id: string;
  set: string;
  plainMs: number;
  engineMs: number;
  ratio: number;
  parseMs: number;
}

export interface Summary {
  pages: number;
  plain: { medianMs: number; p95Ms: number };
  engine: { medianMs: number; p95Ms: number };
  parse: { medianMs: number; p95Ms: number };
  /** Median of the per-page ratios engine / plain. */
  ratioMedian: number;
  ratioP95: number;
}

export interface NodeBenchResult {
  rounds: number;
  targetRatio: number;
  summary: Summary;
  bySet: Record<string, Summary>;
  pages: PageTiming[];
  failures: { id: string; error: string }[];
}

function plainRun(doc: Document): void {
  new Readability(doc.cloneNode(true) as Document).parse();
}

function timeIt(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

export function summarize(pages: readonly PageTiming[]): Summary {
  const pick = (f: (p: PageTiming) => number) => pages.map(f);
  const both = (f: (p: PageTiming) => number) => ({ medianMs: median(pick(f)), p95Ms: p95(pick(f)) });
  return {
    pages: pages.length,
    plain: both((p) => p.plainMs),
    engine: both((p) => p.engineMs),
    parse: both((p) => p.parseMs),
    ratioMedian: median(pick((p) => p.ratio)),
    ratioP95: p95(pick((p) => p.ratio)),
  };
}

export function benchPage(page: CorpusPage, rounds: number, index: number): PageTiming {
  const html = page.html();
  const t0 = performance.now();
  const dom = parseHtml(html, page.url);
  const parseMs = performance.now() - t0;
  const doc = dom.window.document;
  const win = dom.window as unknown as Window;
  const engineRun = () => void declutterDocument(doc, { url: page.url, force: true }, { window: win });
  try {
    for (let i = 0; i < WARM_UP_ROUNDS; i++) {
      plainRun(doc);
      engineRun();
    }
    const plain: number[] = [];
    const engine: number[] = [];
    for (let r = 0; r < rounds; r++) {
      if ((r + index) % 2 === 0) {
        plain.push(timeIt(() => plainRun(doc)));
        engine.push(timeIt(engineRun));
      } else {
        engine.push(timeIt(engineRun));
        plain.push(timeIt(() => plainRun(doc)));
      }
    }
    const plainMs = median(plain);
    const engineMs = median(engine);
    return { id: page.id, set: page.set, plainMs, engineMs, ratio: engineMs / plainMs, parseMs };
  } finally {
    dom.window.close();
  }
}

/** Pages per child process: small enough that jsdom's per-page leftovers stay far below the heap limit. */
export const PAGES_PER_PROCESS = 20;
const CHUNK_SCRIPT = fileURLToPath(new URL('./node-chunk.ts', import.meta.url));

export function runNodeBench(
  pages: readonly CorpusPage[],
  rounds = DEFAULT_ROUNDS,
  onChunk?: (done: number, total: number) => void,
): NodeBenchResult {
  const timings: PageTiming[] = [];
  const failures: { id: string; error: string }[] = [];
  for (let from = 0; from < pages.length; from += PAGES_PER_PROCESS) {
    const chunk = pages.slice(from, from + PAGES_PER_PROCESS);
    // Same node, same tsx loader (process.execArgv) as this process.
    const r = spawnSync(process.execPath, [...process.execArgv, CHUNK_SCRIPT, '--rounds', String(rounds),
      '--offset', String(from), chunk.map((p) => p.id).join(',')], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    try {
      const out = JSON.parse(r.stdout) as { timings: PageTiming[]; failures: typeof failures };
      timings.push(...out.timings);
      failures.push(...out.failures);
    } catch {
      const reason = r.stderr.split('\n').find((l) => /error/iu.test(l)) ?? `exit ${r.status}`;
      failures.push(...chunk.map((p) => ({ id: p.id, error: `chunk failed: ${reason.trim()}` })));
    }
    onChunk?.(Math.min(from + PAGES_PER_PROCESS, pages.length), pages.length);
  }
  const sets = [...new Set(timings.map((t) => t.set))];
  return {
    rounds,
    targetRatio: TARGET_RATIO,
    summary: summarize(timings),
    bySet: Object.fromEntries(sets.map((s) => [s, summarize(timings.filter((t) => t.set === s))])),
    pages: timings,
    failures,
  };
}

const ms = (n: number) => n.toFixed(1);

/** The table for the README. */
export function nodeTable(result: NodeBenchResult): string {
  const rows = [
    '| Pages | n | plain Readability median / p95 (ms) | engine median / p95 (ms) | engine / plain, median of per-page ratios (p95) |',
    '|---|---:|---:|---:|---:|',
  ];
  const row = (name: string, s: Summary) =>
    `| ${name} | ${s.pages} | ${ms(s.plain.medianMs)} / ${ms(s.plain.p95Ms)} | ${ms(s.engine.medianMs)} / ${ms(s.engine.p95Ms)} | ` +
    `**${s.ratioMedian.toFixed(3)}** (${s.ratioP95.toFixed(2)}) |`;
  for (const [set, s] of Object.entries(result.bySet)) rows.push(row(set, s));
  rows.push(row('all', result.summary));
  return rows.join('\n');
}
