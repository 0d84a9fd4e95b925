// Runs the engine in a worker thread with a heap limit, a larger stack and a time limit, so that no page can
// crash the CLI: V8 ends a process that runs out of heap with a native stack dump (a 50 MB page under jsdom
// needs more than 4 GB), and jsdom clones and serializes recursively (10,000 nested <div>s overflow the main
// thread's stack). In a worker those end the worker only; the CLI prints one line and goes on with the next page.
import { totalmem } from 'node:os';
import { Worker } from 'node:worker_threads';
import { CliError, EXIT_FAILURE } from './errors';
import type { Renderer, RenderJob, RenderResult } from './render';

/** Heap for the worker: half the machine, capped where V8's default for 64-bit Node sits anyway. */
const MAX_WORKER_HEAP_MB = 4096;
const MIN_WORKER_HEAP_MB = 1024;
/** jsdom recurses once per nesting level when cloning and serializing; 64 MB holds well over 10,000 levels. */
const WORKER_STACK_MB = 64;
/** A real page takes well under a second; minutes mean pathological markup (jsdom is quadratic on deep nesting). */
export const DEFAULT_TIMEOUT_S = 120;
/** jsdom keeps 10-20 MB of every closed window (measured over the corpus): a long --out-dir batch gets a fresh
 * worker after this many pages, long before that adds up to the heap limit. */
const PAGES_PER_WORKER = 50;
export const TIMEOUT_ENV = 'NEWS_DECLUTTER_TIMEOUT_S';

export function workerHeapMb(): number {
  const half = Math.floor(totalmem() / 1024 / 1024 / 2);
  return Math.max(MIN_WORKER_HEAP_MB, Math.min(MAX_WORKER_HEAP_MB, half));
}

export function timeoutMs(env: NodeJS.ProcessEnv): number {
  const raw = env[TIMEOUT_ENV];
  const s = raw === undefined ? DEFAULT_TIMEOUT_S : Number(raw);
  if (!Number.isFinite(s) || s <= 0) throw new CliError(`${TIMEOUT_ENV}="${raw}" is not a positive number of seconds`);
  return s * 1000;
}

export function workerRenderer(workerUrl: URL, limitMs: number): Renderer {
  const heapMb = workerHeapMb();
  let worker: Worker | null = null;
  let pages = 0;

  const start = () =>
    new Worker(workerUrl, { resourceLimits: { maxOldGenerationSizeMb: heapMb, stackSizeMb: WORKER_STACK_MB } });

  return {
    render(job: RenderJob): Promise<RenderResult> {
      if (worker && pages >= PAGES_PER_WORKER) {
        void worker.terminate();
        worker = null;
      }
      if (!worker) pages = 0;
      pages++;
      const w = (worker ??= start());
      return new Promise((resolve) => {
        const done = (result: RenderResult, dead: boolean) => {
          clearTimeout(timer);
          w.removeAllListeners('message').removeAllListeners('error').removeAllListeners('exit');
          if (dead) {
            worker = null; // the next page gets a fresh worker
            void w.terminate();
          }
          resolve(result);
        };
        const fail = (message: string) => done({ ok: false, message: `${job.name}: ${message}`, exitCode: EXIT_FAILURE }, true);
        const timer = setTimeout(
          () => fail(`gave up after ${limitMs / 1000} s (raise the limit with ${TIMEOUT_ENV}=<seconds>)`),
          limitMs,
        );
        w.once('message', (result: RenderResult) => done(result, false));
        w.once('error', (err: Error & { code?: string }) =>
          fail(err.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? `ran out of memory (the engine's limit is ${heapMb} MB; the page is too large or too deeply nested)`
            : `could not extract the article (${err.message.split('\n')[0]})`));
        w.once('exit', (code) => fail(`the engine stopped unexpectedly (exit ${code})`));
        w.postMessage(job);
      });
    },
    async close() {
      await worker?.terminate();
      worker = null;
    },
  };
}
