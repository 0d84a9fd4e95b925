// npm run bench: how much the engine costs next to plain Readability, and how fast the reader opens in real
// browsers.
//   npx tsx scripts/bench/index.ts [--node-only | --browser-only] [--browsers chromium,firefox] [--rounds N] [--only ID-PREFIX]
// --rounds N: rounds per page in Node, and clicks (and Reader View openings) per page in the browsers (9 there by
// default, browser.ts TRIGGER_ROUNDS). --ab: a third column, Chromium with the engine in the content script
// (chromium-in-page, built by build:bench without the offscreen document), for the A/B of the engine's placement.
// The Node part (node.ts) runs every article page of the corpus under jsdom; the browser part (browser.ts) a fixed
// sample of them in Chromium and Firefox ESR with the bench's own build of the extension (performance marks on,
// built here first with `npm run build:bench` into .bench/extension/, never into dist/). Results go to
// .bench/results.json and .bench/browser.json (gitignored), tables for the README to stdout.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { version as jsdomVersion } from 'jsdom/package.json';
import type { BrowserKind } from '../../tests/e2e/helpers/env';
import { BENCH_DIST, ENGINE_HERE_TARGET } from '../extension-paths';
import { type BenchColumn, browserSample, browserTable, runBrowserBench, TRIGGER_ROUNDS } from './browser';
import { largePage } from './large-page';
import { corpusPages, REPO } from './corpus';
import { DEFAULT_ROUNDS, nodeTable, runNodeBench, TARGET_RATIO } from './node';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const roundsArg = opt('--rounds');
if (roundsArg !== undefined && !(Number.isInteger(Number(roundsArg)) && Number(roundsArg) > 0)) {
  console.error(`bench: --rounds takes a whole number above 0, not ${roundsArg}`);
  process.exit(1);
}
const rounds = Number(roundsArg ?? DEFAULT_ROUNDS);
const only = opt('--only') ?? '';
const nodeOnly = args.includes('--node-only');
const browserOnly = args.includes('--browser-only');
const ab = args.includes('--ab');
const browsers = (opt('--browsers') ?? 'chromium,firefox').split(',').filter(Boolean) as BrowserKind[];

const outDir = join(REPO, '.bench');
mkdirSync(outDir, { recursive: true });
const pages = corpusPages({ articlesOnly: true }).filter((p) => p.id.startsWith(only) || p.id.includes(only));
const date = new Date().toISOString();

if (!browserOnly) {
  console.error(`bench: ${pages.length} pages, ${rounds} rounds each (node ${process.version}, jsdom ${jsdomVersion})`);
  const started = Date.now();
  const node = runNodeBench(pages, rounds, (done, total) => console.error(`  ${done}/${total} …`));
  const highest = [...node.pages].sort((a, b) => b.ratio - a.ratio).slice(0, 5);
  console.error(`  highest ratios: ${highest.map((t) => `${t.id} ${t.ratio.toFixed(2)}`).join(', ')}`);

  const table = nodeTable(node);
  const verdict = node.summary.ratioMedian <= TARGET_RATIO ? 'within' : 'OVER';
  console.log(`### Engine vs plain Readability (Node ${process.version}, jsdom ${jsdomVersion}, ${rounds} rounds per page)\n`);
  console.log(table);
  console.log(`\nMedian per-page ratio ${node.summary.ratioMedian.toFixed(3)}: ${verdict} the ${TARGET_RATIO}x target. ` +
    `jsdom parse (not in either figure): median ${node.summary.parse.medianMs.toFixed(1)} ms, p95 ${node.summary.parse.p95Ms.toFixed(1)} ms.`);
  if (node.failures.length) console.log(`\nFailed pages: ${node.failures.map((f) => `${f.id} (${f.error})`).join(', ')}`);

  writeFileSync(join(outDir, 'results.json'), `${JSON.stringify({
    date,
    node: process.version,
    jsdom: jsdomVersion,
    seconds: Math.round((Date.now() - started) / 1000),
    node_bench: node,
  }, null, 2)}\n`);
  console.error(`bench: wrote .bench/results.json (${Math.round((Date.now() - started) / 1000)} s)`);
}

if (!nodeOnly) {
  // The release build writes no performance marks (src/content/marks.ts): the browser part needs its own.
  // --no-build: the build already in .bench/extension/, for an experiment made on it by hand.
  if (!args.includes('--no-build')) execFileSync('npm', ['run', '--silent', 'build:bench'], { cwd: REPO, stdio: 'inherit' });
  // --only narrows the browser sample too; without it the sample is the fixed one (browser.ts).
  // The bench's own large page goes last, reported on its own row (browser.ts).
  const sample = [...(only ? pages : browserSample(pages)), ...(only && !largePage().id.includes(only) ? [] : [largePage()])];
  const columns: BenchColumn[] = browsers.flatMap((kind) => [
    { label: kind, kind, extension: join(BENCH_DIST, kind === 'chromium' ? 'chrome' : 'firefox') },
    ...(ab && kind === 'chromium' ? [{ label: 'chromium-in-page', kind, extension: join(BENCH_DIST, ENGINE_HERE_TARGET) }] : []),
  ]);
  const browserRounds = roundsArg === undefined ? TRIGGER_ROUNDS : rounds;
  console.error(`bench: ${sample.length} pages in ${columns.map((c) => c.label).join(' and ')}, ${browserRounds} rounds`);
  const started = Date.now();
  const result = await runBrowserBench(sample, { columns, benchDir: outDir, rounds: browserRounds, log: (line) => console.error(line) });
  if (result.skipped.length) console.error(`bench: skipped ${result.skipped.join('; ')}`);
  console.log(`\n### In the browser (${date.slice(0, 10)}, ${sample.length} pages on 127.0.0.1, ${browserRounds} rounds, \`npm run bench\`)\n`);
  console.log(browserTable(result));
  const failed = result.pages.filter((p) => p.errors.length);
  if (failed.length) console.log(`\nErrors: ${failed.map((p) => `${p.id} ${p.browser} (${p.errors.join('; ')})`).join(', ')}`);
  writeFileSync(join(outDir, 'browser.json'), `${JSON.stringify({
    date,
    seconds: Math.round((Date.now() - started) / 1000),
    ...result,
  }, null, 2)}\n`);
  console.error(`bench: wrote .bench/browser.json (${Math.round((Date.now() - started) / 1000)} s)`);
}
