// `news-declutter`: the engine from the command line (DESIGN.md, "The CLI"). Thin wiring: parse the arguments,
// read each input, extract, render, write. Every failure becomes a one-line message and an exit code; nothing
// ever prints a stack trace (cli() also catches what escapes: uncaught errors and unhandled rejections).
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { version } from '../../package.json';
import { parseArgs, USAGE, type CliOptions } from './args';
import { CliError, EXIT_FAILURE, EXIT_NO_ARTICLE, EXIT_OK, oneLine, type ExitCode } from './errors';
import { FORMATS } from '../shared/formats/index';
import { fsReason, maxInputBytes, readInput } from './input';
import { timeoutMs, workerRenderer } from './isolate';
import { outputName } from './output';
import type { Renderer } from './render';

export const PROGRAM = 'news-declutter';

export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  env: NodeJS.ProcessEnv;
}

function write(stream: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (err) => (err ? reject(err) : resolve()));
  });
}

const say = (io: CliIo, message: string) => write(io.stderr, `${PROGRAM}: ${message}\n`);

/** With several inputs the worst outcome wins: unreadable input (1) over no article (2) over success (0). */
function worse(a: ExitCode, b: ExitCode): ExitCode {
  const rank = (c: ExitCode) => (c === EXIT_FAILURE ? 2 : c === EXIT_NO_ARTICLE ? 1 : 0);
  return rank(b) > rank(a) ? b : a;
}

interface Batch {
  opts: CliOptions;
  io: CliIo;
  maxBytes: number;
  renderer: Renderer;
  /** Output paths already claimed by earlier inputs. */
  taken: Set<string>;
}

async function processOne(input: string, { opts, io, maxBytes, renderer, taken }: Batch): Promise<void> {
  const format = FORMATS[opts.format];
  const name = input === '-' ? 'stdin' : input;
  // Name clashes (a/x.html and b/x.html) are caught before any work, so no result silently overwrites another.
  let target: string | undefined;
  if (opts.outDir) {
    target = join(opts.outDir, outputName(input, format.ext));
    if (taken.has(target)) throw new CliError(`${name}: skipped, its output ${target} is already written by an earlier input`);
    taken.add(target);
  }
  const html = await readInput(input, io.stdin, maxBytes);
  const result = await renderer.render({ html, name, url: opts.url, force: opts.force, format: opts.format });
  if (!result.ok) throw new CliError(result.message, result.exitCode);
  const out = result.out;
  if (!target) return write(io.stdout, out);
  try {
    await writeFile(target, out);
  } catch (err) {
    throw new CliError(`${name}: cannot write ${target} (${fsReason(err)})`);
  }
}

/** Runs the CLI and returns its exit code. Never throws. The engine runs in this thread unless a renderer is given. */
export async function run(
  argv: readonly string[],
  io: CliIo,
  makeRenderer?: (env: NodeJS.ProcessEnv) => Renderer,
): Promise<ExitCode> {
  let opts: CliOptions;
  let maxBytes: number;
  let renderer: Renderer;
  try {
    opts = parseArgs(argv);
    if (opts.help) {
      await write(io.stdout, `${USAGE}\n`);
      return EXIT_OK;
    }
    if (opts.version) {
      await write(io.stdout, `${version}\n`);
      return EXIT_OK;
    }
    maxBytes = maxInputBytes(io.env);
    // Loaded on demand: with a worker renderer this thread never loads jsdom, which halves start-up time.
    renderer = makeRenderer ? makeRenderer(io.env) : (await import('./render')).inThread;
    if (opts.outDir) {
      try {
        await mkdir(opts.outDir, { recursive: true });
      } catch (err) {
        throw new CliError(`cannot create --out-dir ${opts.outDir} (${fsReason(err)})`);
      }
    }
  } catch (err) {
    await say(io, oneLine(err));
    return EXIT_FAILURE;
  }

  let code: ExitCode = EXIT_OK;
  const batch: Batch = { opts, io, maxBytes, renderer, taken: new Set() };
  try {
    for (const input of opts.inputs) {
      try {
        await processOne(input, batch);
      } catch (err) {
        const exit = err instanceof CliError ? err.exitCode : EXIT_FAILURE;
        const message = err instanceof CliError ? err.message : `${input}: ${oneLine(err)}`;
        await say(io, message).catch(() => undefined);
        code = worse(code, exit);
      }
    }
  } finally {
    await renderer.close();
  }
  return code;
}

/** The worker entry built beside this file (dist/node/cli-worker.js); absent when running from source. */
const WORKER_URL = new URL('./cli-worker.js', import.meta.url);


/** The process entry point used by bin/news-declutter.js. */
export function cli(argv: readonly string[] = process.argv.slice(2)): void {
  const fatal = (err: unknown) => {
    process.stderr.write(`${PROGRAM}: internal error: ${oneLine(err)}\n`);
    process.exit(EXIT_FAILURE);
  };
  process.on('uncaughtException', fatal);
  process.on('unhandledRejection', fatal);
  // `news-declutter page.html | head`: a closed pipe is the reader's choice, not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_OK);
    fatal(err);
  });
  const isolated = existsSync(fileURLToPath(WORKER_URL));
  const io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
  run(argv, io, isolated ? (env) => workerRenderer(WORKER_URL, timeoutMs(env)) : undefined)
    .then((code) => {
      process.exitCode = code;
    })
    .catch(fatal);
}
