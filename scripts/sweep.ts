// npm run sweep: the CLI over every page of ../shared/corpus and over generated garbage, as a user runs it
// (the built bin), to prove DESIGN.md's promise: exit 0, 1 or 2, a one-line reason, never a stack trace.
// Garbage inputs run one process each (their exit code is the point); corpus pages run as --out-dir batches
// (a process per page costs seconds of start-up on a busy 2-core machine), each page's outcome read from its
// output file or its stderr line. Prints counts per outcome and the exceptions; writes .bench/sweep.json.
//   npx tsx scripts/sweep.ts [--only ID-PREFIX] [--no-garbage] [--no-corpus] [--per-page]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { corpusPages, REPO } from './bench/corpus';

const BIN = join(REPO, 'bin/news-declutter.js');
/** Two processes at a time: the machine has two cores, and each CLI run is single-threaded. */
const CONCURRENCY = 2;
/** A stack frame as V8 prints it. */
const STACK_FRAME = /^\s+at /mu;
/** Size of the "huge page" garbage case: the issue's 50 MB. */
const HUGE_PAGE_BYTES = 50 * 1024 * 1024;
/** Nesting of the deep-tree garbage case. */
const DEEP_NESTING = 10_000;
/** Corpus pages per CLI process in batch mode. */
const PAGES_PER_BATCH = 40;

interface Case {
  id: string;
  group: string;
  argv: string[];
  stdin?: Buffer;
}

interface Outcome {
  id: string;
  group: string;
  code: number | null;
  signal: string | null;
  seconds: number;
  stderr: string;
  /** For exit 0 with --format json: whether stdout parsed as an Article. */
  jsonOk?: boolean;
  problems: string[];
}

const args = process.argv.slice(2);
const only = (() => {
  const i = args.indexOf('--only');
  return i >= 0 ? (args[i + 1] ?? '') : '';
})();

function garbageCases(dir: string): Case[] {
  const file = (name: string, data: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, data);
    return path;
  };
  const random = Buffer.alloc(1024 * 1024);
  let seed = 42;
  for (let i = 0; i < random.length; i++) random[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
  const para = '<p>Filler paragraph of invented words, with commas, and more words to read in this test page.</p>\n';
  const huge = Buffer.from(`<!DOCTYPE html><html><body><article>${para.repeat(Math.ceil(HUGE_PAGE_BYTES / para.length))}</article></body></html>`);
  const deep = `<html><body>${'<div>'.repeat(DEEP_NESTING)}${para.repeat(5)}${'</div>'.repeat(DEEP_NESTING)}</body></html>`;
  const unclosed = `<html><head><title>Unclosed<body><div><p>${'words, more words, '.repeat(40)}<div><b><i><table><tr><td>${'cell text, '.repeat(30)}<ul><li>${'<span>'.repeat(500)}never closed`;
  const g = 'garbage';
  return [
    { id: 'binary (1 MB random bytes)', group: g, argv: [file('random.bin', random)] },
    { id: 'binary on stdin', group: g, argv: ['-'], stdin: random.subarray(0, 64 * 1024) },
    { id: 'empty file', group: g, argv: [file('empty.html', '')] },
    { id: 'empty stdin', group: g, argv: ['-'], stdin: Buffer.alloc(0) },
    { id: 'whitespace only', group: g, argv: [file('blank.html', ' \n\t\n')] },
    { id: '50 MB page', group: g, argv: [file('huge.html', huge)] },
    { id: '50 MB page, gzipped (limit applies unpacked)', group: g, argv: [file('huge.html.gz', gzipSync(huge))] },
    { id: 'unclosed tags', group: g, argv: [file('unclosed.html', unclosed)] },
    { id: 'unclosed tags --force', group: g, argv: [join(dir, 'unclosed.html'), '--force'] },
    { id: `${DEEP_NESTING} nested divs --force`, group: g, argv: [file('deep.html', deep), '--force'] },
    { id: 'corrupt gzip', group: g, argv: [file('bad.html.gz', Buffer.from([0x1f, 0x8b, 8, 0, 9, 9, 9, 9]))] },
    { id: 'invalid UTF-8', group: g, argv: [file('latin.html', Buffer.concat([Buffer.from('<p>'), Buffer.from([0xc3, 0x28, 0xff, 0xfe]), Buffer.from(para.repeat(20))]))], },
    { id: 'script only', group: g, argv: [file('script.html', `<script>${'var a = 1;'.repeat(1000)}</script>`)] },
    { id: '2 MB text, no tags', group: g, argv: [file('plain.txt', 'lorem ipsum dolor, '.repeat(110_000))] },
    { id: 'directory', group: g, argv: [dir] },
    { id: 'missing file', group: g, argv: [join(dir, 'missing.html')] },
    { id: 'every format on a garbage page', group: g, argv: [join(dir, 'unclosed.html'), '--force', '--format', 'markdown'] },
  ];
}

function runCase(c: Case): Promise<Outcome> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [BIN, ...c.argv], { cwd: REPO, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.stdin.on('error', () => undefined); // the CLI may exit before reading all of stdin
    child.stdin.end(c.stdin ?? undefined);
    child.on('close', (code, signal) => {
      const stderr = Buffer.concat(err).toString('utf8');
      const problems: string[] = [];
      if (code === null || ![0, 1, 2].includes(code)) problems.push(`exit ${code ?? signal}`);
      if (STACK_FRAME.test(stderr)) problems.push('stack trace on stderr');
      if (stderr.split('\n').filter(Boolean).length > 1) problems.push('more than one stderr line');
      if (code !== 0 && !stderr.trim()) problems.push('failed without a reason');
      let jsonOk: boolean | undefined;
      if (code === 0 && !c.argv.includes('--format')) {
        try {
          const a = JSON.parse(Buffer.concat(out).toString('utf8')) as { contentHtml?: unknown };
          jsonOk = typeof a.contentHtml === 'string';
        } catch {
          jsonOk = false;
        }
        if (!jsonOk) problems.push('stdout is not the Article JSON');
      }
      resolve({
        id: c.id, group: c.group, code, signal, seconds: (performance.now() - started) / 1000,
        stderr: stderr.trim(), jsonOk, problems,
      });
    });
  });
}

/** The outcome of one stderr line: its exit code as a single run would give it. */
function lineCode(line: string): number {
  return /: no article: /u.test(line) ? 2 : 1;
}

/**
 * Corpus pages in --out-dir batches: the batch's stderr has one line per failed page, naming it; a page with
 * an output file and no line succeeded. Pages get distinct output names (aeb ids, folder names).
 */
async function runBatches(pages: { id: string; group: string; path: string; url: string }[], dir: string): Promise<Outcome[]> {
  const batches: Case[] = [];
  const members: (typeof pages)[] = [];
  for (let i = 0; i < pages.length; i += PAGES_PER_BATCH) {
    const chunk = pages.slice(i, i + PAGES_PER_BATCH);
    const linkDir = join(dir, `batch-${i}`);
    mkdirSync(linkDir, { recursive: true });
    // readability-pages are all called source.html: link each under its folder's name so outputs differ.
    const inputs = chunk.map((p) => {
      if (!p.path.endsWith('source.html')) return p.path;
      const link = join(linkDir, `${p.id.replace(/\//gu, '_')}.html`);
      symlinkSync(p.path, link);
      return link;
    });
    // The batch gives no --url: each page's URL would differ. Relative links resolve against the default then.
    batches.push({ id: `batch ${i}`, group: 'batch', argv: [...inputs, '--out-dir', join(linkDir, 'out')] });
    members.push(chunk);
  }
  const results = await runAll(batches);
  const outcomes: Outcome[] = [];
  results.forEach((batch, b) => {
    const lines = batch.stderr.split('\n').filter(Boolean);
    const outDir = batches[b]!.argv[batches[b]!.argv.length - 1]!;
    const written = new Set(existsSync(outDir) ? readdirSync(outDir) : []);
    const inputs = batches[b]!.argv.slice(0, -2);
    members[b]!.forEach((p, i) => {
      const input = inputs[i]!;
      const line = lines.find((l) => l.startsWith(`news-declutter: ${input}:`) || l.includes(` ${input}:`));
      const name = `${basename(input).replace(/\.html(?:\.gz)?$/u, '')}.json`;
      const problems: string[] = [];
      if (STACK_FRAME.test(batch.stderr)) problems.push('stack trace on stderr');
      if (!line && !written.has(name)) problems.push('no output and no reason');
      if (batch.code === null || ![0, 1, 2].includes(batch.code)) problems.push(`batch exit ${batch.code ?? batch.signal}`);
      outcomes.push({
        id: p.id, group: p.group, code: line ? lineCode(line) : written.has(name) ? 0 : null, signal: null,
        seconds: batch.seconds / members[b]!.length, stderr: line ?? '', problems,
      });
    });
  });
  return outcomes;
}

async function runAll(cases: Case[]): Promise<Outcome[]> {
  const results: Outcome[] = new Array(cases.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < cases.length) {
      const i = next++;
      results[i] = await runCase(cases[i]!);
      if (++done % 25 === 0) console.error(`  ${done}/${cases.length} …`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return results;
}

async function main(): Promise<void> {
  if (!existsSync(join(REPO, 'dist/node/cli.js'))) {
    console.error('sweep: building the CLI first (npm run build:node)');
    const b = spawnSync('npm', ['run', 'build:node'], { cwd: REPO, stdio: 'inherit' });
    if (b.status !== 0) process.exit(1);
  }
  const cases: Case[] = [];
  const corpus = args.includes('--no-corpus') ? []
    : corpusPages({ articlesOnly: false }).filter((p) => !only || p.id.startsWith(only))
      .map((p) => ({ id: p.id, group: p.set, path: p.path, url: p.url }));
  const perPage = args.includes('--per-page');
  if (perPage) for (const p of corpus) cases.push({ id: p.id, group: p.group, argv: [p.path, '--url', p.url] });
  const tmp = mkdtempSync(join(tmpdir(), 'nd-sweep-'));
  if (!args.includes('--no-garbage')) cases.push(...garbageCases(tmp));
  console.error(`sweep: ${corpus.length} corpus pages${perPage ? ' one process each' : ` in batches of ${PAGES_PER_BATCH}`}, ` +
    `${cases.length - (perPage ? corpus.length : 0)} garbage inputs, with ${BIN}`);
  const started = Date.now();
  const results = [...(perPage ? [] : await runBatches(corpus, tmp)), ...(await runAll(cases))];
  rmSync(tmp, { recursive: true, force: true });

  const groups = [...new Set(results.map((r) => r.group))];
  console.log('| Inputs | runs | exit 0 | exit 1 | exit 2 | other | stack traces | multi-line stderr | median s | max s |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const g of groups) {
    const rs = results.filter((r) => r.group === g);
    const n = (code: number) => rs.filter((r) => r.code === code).length;
    const secs = rs.map((r) => r.seconds).sort((a, b) => a - b);
    console.log(`| ${g} | ${rs.length} | ${n(0)} | ${n(1)} | ${n(2)} | ${rs.filter((r) => r.code === null || r.code > 2).length} | ` +
      `${rs.filter((r) => r.problems.includes('stack trace on stderr')).length} | ` +
      `${rs.filter((r) => r.problems.includes('more than one stderr line')).length} | ` +
      `${secs[secs.length >> 1]!.toFixed(1)} | ${secs[secs.length - 1]!.toFixed(1)} |`);
  }
  const corpusNon0 = results.filter((r) => r.group !== 'garbage' && r.code !== 0);
  if (corpusNon0.length) {
    console.log('\nCorpus pages not exiting 0:');
    for (const r of corpusNon0) console.log(`- ${r.id}: exit ${r.code}: ${r.stderr}`);
  }
  const garbage = results.filter((r) => r.group === 'garbage');
  if (garbage.length) {
    console.log('\n| Garbage input | exit | seconds | stderr |\n|---|---:|---:|---|');
    for (const r of garbage) console.log(`| ${r.id} | ${r.code ?? r.signal} | ${r.seconds.toFixed(1)} | ${r.stderr.replace(/\|/gu, '\\|') || '(none)'} |`);
  }
  const bad = results.filter((r) => r.problems.length);
  console.log(`\n${results.length} runs in ${Math.round((Date.now() - started) / 1000)} s; ` +
    (bad.length ? `${bad.length} with problems:` : 'no stack trace, every failure a one-line reason.'));
  for (const r of bad) console.log(`- ${r.id}: ${r.problems.join(', ')} (${r.stderr.split('\n')[0]})`);
  mkdirSync(join(REPO, '.bench'), { recursive: true });
  writeFileSync(join(REPO, '.bench/sweep.json'), `${JSON.stringify({ date: new Date().toISOString(), results }, null, 2)}\n`);
  if (bad.length) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(`sweep: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
