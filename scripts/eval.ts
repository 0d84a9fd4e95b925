// npm run eval: our `text` against the benchmark's truth on ../shared/corpus/aeb-dev, next to plain
// Readability in the same run, plus the readability-pages check (issue 5, part 4). Writes eval-report/.
//   npx tsx scripts/eval.ts [--corpus DIR] [--report DIR] [--only ID-PREFIX] [--aeb-only] [--disable STEP,STEP]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAeb, writeAebReport } from '../src/eval/aeb';
import { runReadabilityCheck, writeReadabilityReport, MIN_KEPT_SHARE } from '../src/eval/readability-check';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name: string, def: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : def;
};
const corpus = path.resolve(repo, opt('--corpus', '../shared/corpus'));
const reportDir = path.resolve(repo, opt('--report', 'eval-report'));
const only = opt('--only', '');
fs.mkdirSync(reportDir, { recursive: true });

const t0 = Date.now();
const disabled = opt('--disable', '').split(',').filter(Boolean);
const aeb = runAeb(path.join(corpus, 'aeb-dev'), only, disabled);
writeAebReport(aeb, reportDir);
const fmt = (s: { f1: number; precision: number; recall: number }) =>
  `F1 ${s.f1.toFixed(4)}  P ${s.precision.toFixed(4)}  R ${s.recall.toFixed(4)}`;
console.log(`aeb-dev: ${aeb.pages.length} pages (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
console.log(`  ours (text, force)                 ${fmt(aeb.ours)}`);
console.log(`  plain Readability, our bodyText    ${fmt(aeb.plainBlocks)}`);
console.log(`  plain Readability, blocks only     ${fmt(aeb.plainBlocksOnly)}   (corpus README: 0.959 / 0.937 / 0.981)`);
console.log(`  plain Readability, textContent     ${fmt(aeb.plainTextContent)}   (corpus README: 0.950 / 0.920 / 0.982)`);
console.log(`  isProbablyReaderable rejects ${aeb.rejected.length} of ${aeb.pages.length} pages` +
  (aeb.rejected.length ? ` (scored here with force; without it they would be empty): ${aeb.rejected.map((id) => id.slice(0, 8)).join(' ')}` : ''));
console.log(`  ours without force                 ${fmt(aeb.oursUnforced)}`);

if (args.includes('--aeb-only')) process.exit(0);
const t1 = Date.now();
const rp = runReadabilityCheck(path.join(corpus, 'readability-pages'));
writeReadabilityReport(rp, reportDir);
const verdict = rp.keptShare >= MIN_KEPT_SHARE ? 'OK' : 'FAIL';
console.log(`readability-pages (news + feature): ${rp.pages.length} pages (${((Date.now() - t1) / 1000).toFixed(1)} s)`);
console.log(`  kept ${(rp.keptShare * 100).toFixed(2)}% of expected.html's non-clutter words (need >= ${MIN_KEPT_SHARE * 100}%): ${verdict}`);
const worst = rp.pages.filter((p) => p.keptShare < MIN_KEPT_SHARE);
console.log(`  pages under ${MIN_KEPT_SHARE * 100}%: ${worst.length ? worst.map((p) => `${p.id} ${(p.keptShare * 100).toFixed(1)}%`).join(', ') : 'none'}`);
console.log(`report: ${path.relative(process.cwd(), reportDir)}/ (aeb.md, readability-pages.md)`);
if (rp.keptShare < MIN_KEPT_SHARE) process.exitCode = 1;
