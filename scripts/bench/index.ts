// npm run bench: how much the engine costs next to plain Readability (issue 2, part 6).
//   npx tsx scripts/bench/index.ts [--node-only] [--rounds N] [--only ID-PREFIX]
// The Node part lives in node.ts; real-browser figures (issue 6) are to join as a sibling module, run unless
// --node-only is given. Results go to .bench/results.json (gitignored) and a table for the README to stdout.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { version as jsdomVersion } from 'jsdom/package.json';
import { corpusPages, REPO } from './corpus';
import { DEFAULT_ROUNDS, nodeTable, runNodeBench, TARGET_RATIO } from './node';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const rounds = Number(opt('--rounds') ?? DEFAULT_ROUNDS);
const only = opt('--only') ?? '';
const nodeOnly = args.includes('--node-only');

const pages = corpusPages({ articlesOnly: true }).filter((p) => p.id.startsWith(only) || p.id.includes(only));
console.error(`bench: ${pages.length} pages, ${rounds} rounds each (node ${process.version}, jsdom ${jsdomVersion})`);
const started = Date.now();
const node = runNodeBench(pages, rounds, (t, i) => {
  if ((i + 1) % 25 === 0) console.error(`  ${i + 1}/${pages.length} …`);
  if (t.ratio > 2) console.error(`  slow: ${t.id} engine ${t.engineMs.toFixed(1)} ms vs plain ${t.plainMs.toFixed(1)} ms`);
});

const table = nodeTable(node);
const verdict = node.summary.ratioMedian <= TARGET_RATIO ? 'within' : 'OVER';
console.log(`### Engine vs plain Readability (Node ${process.version}, jsdom ${jsdomVersion}, ${rounds} rounds per page)\n`);
console.log(table);
console.log(`\nMedian per-page ratio ${node.summary.ratioMedian.toFixed(3)}: ${verdict} the ${TARGET_RATIO}x target. ` +
  `jsdom parse (not in either figure): median ${node.summary.parse.medianMs.toFixed(1)} ms, p95 ${node.summary.parse.p95Ms.toFixed(1)} ms.`);
if (node.failures.length) console.log(`\nFailed pages: ${node.failures.map((f) => `${f.id} (${f.error})`).join(', ')}`);
if (!nodeOnly) console.error('bench: no browser part yet (issue 6); --node-only is implied');

const outDir = join(REPO, '.bench');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'results.json'), `${JSON.stringify({
  date: new Date().toISOString(),
  node: process.version,
  jsdom: jsdomVersion,
  seconds: Math.round((Date.now() - started) / 1000),
  node_bench: node,
}, null, 2)}\n`);
console.error(`bench: wrote .bench/results.json (${Math.round((Date.now() - started) / 1000)} s)`);
