// npm run eval: our `text` against the benchmark's truth on ../shared/corpus/aeb-dev, next to plain
// Readability in the same run, plus the readability-pages check (src/eval/readability-check.ts). Writes eval-report/.
//   npx tsx scripts/eval.ts [--corpus DIR] [--report DIR] [--only ID-PREFIX] [--aeb-only] [--disable STEP,STEP]
// The two corpora run in two processes at once (jsdom parsing dominates and the machines have 2 cores).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAeb, writeAebReport } from '../src/eval/aeb';
import { MIN_KEPT_SHARE, runReadabilityCheck, writeReadabilityReport, type CheckRun } from '../src/eval/readability-check';

const script = fileURLToPath(import.meta.url);
const repo = path.resolve(path.dirname(script), '..');
const args = process.argv.slice(2);
const opt = (name: string, def: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : def;
};
const corpus = path.resolve(repo, opt('--corpus', '../shared/corpus'));
const reportDir = path.resolve(repo, opt('--report', 'eval-report'));
fs.mkdirSync(reportDir, { recursive: true });
const secs = (t: number) => `${((Date.now() - t) / 1000).toFixed(1)} s`;

if (opt('--part', '') === 'readability-pages') {
  const rp = runReadabilityCheck(path.join(corpus, 'readability-pages'));
  writeReadabilityReport(rp, reportDir);
  fs.writeFileSync(path.join(reportDir, 'readability-pages.json'), JSON.stringify(rp, null, 1));
  process.exit(0);
}

const t0 = Date.now();
const child = args.includes('--aeb-only')
  ? null
  : spawn(process.execPath, [...process.execArgv, script, '--part', 'readability-pages', '--corpus', corpus, '--report', reportDir], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
const childDone = new Promise<number>((resolve) => (child ? child.on('exit', (code) => resolve(code ?? 1)) : resolve(0)));

const disabled = opt('--disable', '').split(',').filter(Boolean);
const aeb = runAeb(path.join(corpus, 'aeb-dev'), opt('--only', ''), disabled);
writeAebReport(aeb, reportDir);
const fmt = (s: { f1: number; precision: number; recall: number }) =>
  `F1 ${s.f1.toFixed(4)}  P ${s.precision.toFixed(4)}  R ${s.recall.toFixed(4)}`;
console.log(`aeb-dev: ${aeb.pages.length} pages (${secs(t0)})`);
console.log(`  ours (text, force)                 ${fmt(aeb.ours)}`);
console.log(`  plain Readability, our bodyText    ${fmt(aeb.plainBlocks)}`);
console.log(`  plain Readability, blocks only     ${fmt(aeb.plainBlocksOnly)}   (corpus README: 0.959 / 0.937 / 0.981)`);
console.log(`  plain Readability, textContent     ${fmt(aeb.plainTextContent)}   (corpus README: 0.950 / 0.920 / 0.982)`);
console.log(`  isProbablyReaderable rejects ${aeb.rejected.length} of ${aeb.pages.length} pages` +
  (aeb.rejected.length ? ` (scored here with force; without it they would be empty): ${aeb.rejected.map((id) => id.slice(0, 8)).join(' ')}` : ''));
console.log(`  ours without force                 ${fmt(aeb.oursUnforced)}`);

if (child) {
  const code = await childDone;
  const file = path.join(reportDir, 'readability-pages.json');
  if (code !== 0 || !fs.existsSync(file)) {
    console.error('readability-pages check failed to run');
    process.exit(1);
  }
  const rp = JSON.parse(fs.readFileSync(file, 'utf8')) as CheckRun;
  const verdict = rp.keptShare >= MIN_KEPT_SHARE ? 'OK' : 'FAIL';
  console.log(`readability-pages (news + feature): ${rp.pages.length} pages`);
  console.log(`  kept ${(rp.keptShare * 100).toFixed(2)}% of expected.html's non-clutter words (need >= ${MIN_KEPT_SHARE * 100}%): ${verdict}`);
  console.log(`  our steps removed ${(rp.removedShare * 100).toFixed(2)}% of expected.html's words as clutter (receipts listed in the report)`);
  const worst = rp.pages.filter((p) => p.keptShare < MIN_KEPT_SHARE);
  console.log(`  pages under ${MIN_KEPT_SHARE * 100}%: ${worst.length ? worst.map((p) => `${p.id} ${(p.keptShare * 100).toFixed(1)}%`).join(', ') : 'none'}; ` +
    `lowest: ${rp.pages.slice(0, 3).map((p) => `${p.id} ${(p.keptShare * 100).toFixed(2)}%`).join(', ')}`);
  if (rp.keptShare < MIN_KEPT_SHARE) process.exitCode = 1;
}
console.log(`total ${secs(t0)}; report: ${path.relative(process.cwd(), reportDir) || '.'}/ (aeb.md, readability-pages.md)`);
