// Shared by the CLI tests: run the CLI in-process (src/cli/main.ts) or spawn the real bin.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PassThrough, Readable } from 'node:stream';
import { run } from '../../src/cli/main';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('../fixtures/cli/', import.meta.url));
export const BIN = `${ROOT}bin/news-declutter.js`;
export const PAGE_URL = 'https://news.example.org/2026/03/tide-mill';

export interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

function collect(stream: PassThrough): () => string {
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(Buffer.from(c)));
  return () => Buffer.concat(chunks).toString('utf8');
}

/** The CLI in this process, the engine in this thread: fast, for most cases. */
export async function runCli(argv: string[], stdin: string | Buffer = '', env: NodeJS.ProcessEnv = {}): Promise<Outcome> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out = collect(stdout);
  const err = collect(stderr);
  const code = await run(argv, { stdin: Readable.from([Buffer.from(stdin)]), stdout, stderr, env });
  return { code, stdout: out(), stderr: err() };
}

/** Builds dist/node once if a previous `npm run build` did not (npm test builds first). */
export function ensureBuilt(): void {
  if (existsSync(`${ROOT}dist/node/cli.js`) && existsSync(`${ROOT}dist/node/cli-worker.js`)) return;
  const r = spawnSync('npm', ['run', 'build:node'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm run build:node failed:\n${r.stderr}`);
}

/** The real command, as a user runs it. */
export function spawnBin(argv: string[], input?: string | Buffer, env: NodeJS.ProcessEnv = {}): Outcome {
  const r = spawnSync(process.execPath, [BIN, ...argv], {
    cwd: ROOT, input, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Every message is one line and no stack frame ever shows. */
export function expectCleanStderr(stderr: string, lines = 1): void {
  const got = stderr.split('\n').filter(Boolean);
  if (got.length !== lines) throw new Error(`expected ${lines} stderr line(s), got:\n${stderr}`);
  if (/^\s+at /mu.test(stderr)) throw new Error(`stack trace on stderr:\n${stderr}`);
}
