// Where the browsers are, whether the end-to-end tests may run, and a private HOME/TMPDIR per run.
// Browsers come from the system (Debian's chromium and firefox-esr); a test tool never downloads one
// (../shared/BROWSER-TESTS.md).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { speechEnv, stopSpeech } from './speech';

export const ROOT = resolve(import.meta.dirname, '..', '..', '..');
export const DIST = { chromium: join(ROOT, 'dist', 'chrome'), firefox: join(ROOT, 'dist', 'firefox') } as const;
export const OUTPUT_DIR = join(ROOT, '.test-output');

export type BrowserKind = keyof typeof DIST;

const EXECUTABLES: Record<BrowserKind, string[]> = {
  chromium: ['chromium', 'chromium-browser'],
  firefox: ['firefox-esr', 'firefox'],
};

function which(name: string): string | null {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

export function findBrowser(kind: BrowserKind): string | null {
  const fromEnv = process.env[kind === 'chromium' ? 'CHROMIUM_PATH' : 'FIREFOX_PATH'];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  for (const name of EXECUTABLES[kind]) {
    const path = which(name);
    if (path) return path;
  }
  return null;
}

/** .ci/run sets REQUIRE_BROWSERS=1: there a missing browser or build fails the run instead of skipping. */
export const REQUIRE_BROWSERS = process.env.REQUIRE_BROWSERS === '1';

/**
 * Why the tests for `kind` cannot run here, or null when they can. Printed, never silent; under
 * REQUIRE_BROWSERS=1 the caller turns it into a failure.
 */
export function unavailable(kind: BrowserKind, extension: string = DIST[kind]): string | null {
  if (!findBrowser(kind)) {
    return `${kind} not found (install Debian's ${EXECUTABLES[kind][0]}, or set ${kind === 'chromium' ? 'CHROMIUM_PATH' : 'FIREFOX_PATH'})`;
  }
  if (!existsSync(join(extension, 'manifest.json'))) return `${extension} is not built (run \`npm run build\`)`;
  return null;
}

/** A fresh folder for one browser run: its HOME, TMPDIR and profile. Browsers write into all three. */
export function runDir(kind: BrowserKind): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), `nd-e2e-${kind}-`));
  return {
    dir,
    cleanup() {
      stopSpeech(dir);
      rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}

export function browserEnv(dir: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  return { ...env, HOME: dir, TMPDIR: dir, XDG_CONFIG_HOME: join(dir, '.config'), XDG_CACHE_HOME: join(dir, '.cache'), ...speechEnv(dir) };
}

/** Rejects when `promise` takes longer than `ms`: a hung browser must fail the test, not the CI budget. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** How often waitFor and expectQuiet look again. */
const POLL_MS = 50;

/** Polls `check` until it returns a value other than null/undefined/false. */
export async function waitFor<T>(check: () => Promise<T | null | undefined | false>, ms: number, what: string): Promise<T> {
  const deadline = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== null && value !== undefined && value !== false) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}${last ? ` (${String(last)})` : ''}`);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

/**
 * Polls `happened` for `ms` and fails as soon as it answers true. A quiet wait proves little by itself: call it only
 * where the same check, in the same run, has first been seen to answer true within the same `ms` (with waitFor).
 */
export async function expectQuiet(happened: () => Promise<boolean>, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (await happened()) throw new Error(`${what} happened within ${ms} ms`);
    if (Date.now() > deadline) return;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}
