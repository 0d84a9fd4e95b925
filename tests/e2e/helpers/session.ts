// One browser and one fixture server for a describe block: launched before its tests, closed after them.
// Every end-to-end file needs the same set-up; it lives here once.
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium';
import type { Driver, LaunchOptions } from './driver';
import { type BrowserKind, runDir, withTimeout } from './env';
import { launchFirefox } from './firefox';

/** A cold browser start with the extension installed takes 2–10 s here; past this something is stuck. */
const LAUNCH_TIMEOUT_MS = 60_000;
/** Closing a browser that hangs must not hold the run: log and move on. */
const CLOSE_TIMEOUT_MS = 20_000;

const LAUNCHERS: Record<BrowserKind, (dir: string, options?: LaunchOptions) => Promise<Driver>> = {
  chromium: launchChromium,
  firefox: launchFirefox,
};

export interface BrowserSession<S> {
  driver: Driver;
  server: S;
}

/**
 * Registers the describe block's beforeAll/afterAll. `unavailable` is why the browser cannot run (null when it can):
 * the block is only entered then when REQUIRE_BROWSERS=1, and the launch fails with that reason.
 * Read `driver` and `server` from the returned object inside tests (they are set by the time tests run).
 */
export function browserSession<S extends { close(): Promise<void> }>(
  kind: BrowserKind,
  unavailable: string | null,
  startServer: () => Promise<S>,
  launch: LaunchOptions = {},
): BrowserSession<S> {
  const session = {} as BrowserSession<S>;
  let cleanup = () => {};
  beforeAll(async () => {
    if (unavailable) throw new Error(`e2e: ${kind} is required (REQUIRE_BROWSERS=1) but ${unavailable}`);
    session.server = await startServer();
    const run = runDir(kind);
    cleanup = run.cleanup;
    session.driver = await withTimeout(LAUNCHERS[kind](run.dir, launch), LAUNCH_TIMEOUT_MS, `launching ${kind}`);
  });
  afterAll(async () => {
    await withTimeout(session.driver?.close() ?? Promise.resolve(), CLOSE_TIMEOUT_MS, `closing ${kind}`)
      .catch((e: unknown) => console.warn(e));
    await session.server?.close();
    cleanup();
  });
  return session;
}
