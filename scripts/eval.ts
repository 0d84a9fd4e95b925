// npm run eval: our `text` against the human references of ../shared/corpus/aeb-dev and daniel-dev, per corpus
// and per language, beside plain Readability in the same run, plus the readability-pages check. Writes eval-report/.
//   npx tsx scripts/eval.ts [--parts aeb-dev,daniel-dev,readability-pages] [--corpus DIR] [--report DIR]
//                           [--only ID-PREFIX] [--disable STEP,STEP]
// Each part runs in its own process, all at once (jsdom parsing dominates; the machines have 2 cores).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAeb, loadDaniel } from '../src/eval/corpus';
import { runNewsCorpus, summaryLines, writeNewsReport, type NewsRun } from '../src/eval/news-corpus';
import { MIN_KEPT_SHARE, runReadabilityCheck, writeReadabilityReport, type CheckRun } from '../src/eval/readability-check';

const PARTS = ['aeb-dev', 'daniel-dev', 'readability-pages'] as const;
type Part = (typeof PARTS)[number];

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
const only = opt('--only', '');
const disabled = opt('--disable', '').split(',').filter(Boolean);

function runPart(part: Part): void {
  const dir = path.join(corpus, part);
  if (part === 'readability-pages') {
    const rp = runReadabilityCheck(dir);
    writeReadabilityReport(rp, reportDir);
    fs.writeFileSync(path.join(reportDir, `${part}.json`), JSON.stringify(rp, null, 1));
    return;
  }
  writeNewsReport(runNewsCorpus(part, part === 'aeb-dev' ? loadAeb(dir) : loadDaniel(dir), only, disabled), reportDir);
}

const child = opt('--part', '');
if (child) {
  runPart(child as Part);
  process.exit(0);
}

const parts = opt('--parts', PARTS.join(',')).split(',').filter(Boolean) as Part[];
const unknown = parts.filter((p) => !PARTS.includes(p));
if (unknown.length) {
  console.error(`unknown part(s): ${unknown.join(', ')} (known: ${PARTS.join(', ')})`);
  process.exit(1);
}
const t0 = Date.now();
const codes = await Promise.all(parts.map((part) => new Promise<number>((resolve) => {
  const passOn = ['--corpus', corpus, '--report', reportDir, '--only', only, '--disable', disabled.join(',')];
  spawn(process.execPath, [...process.execArgv, script, '--part', part, ...passOn], { stdio: ['ignore', 'inherit', 'inherit'] })
    .on('exit', (code) => resolve(code ?? 1));
})));

for (const [i, part] of parts.entries()) {
  const file = path.join(reportDir, `${part}.json`);
  if (codes[i] !== 0 || !fs.existsSync(file)) {
    console.error(`${part} failed to run`);
    process.exitCode = 1;
    continue;
  }
  if (part !== 'readability-pages') {
    console.log(summaryLines(JSON.parse(fs.readFileSync(file, 'utf8')) as NewsRun).join('\n'));
    continue;
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
console.log(`total ${secs(t0)}; report: ${path.relative(process.cwd(), reportDir) || '.'}/ (${parts.map((p) => `${p}.md`).join(', ')})`);
