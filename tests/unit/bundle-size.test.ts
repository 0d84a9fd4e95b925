// Issue 6: the content bundle, injected into the page on each first click, is at most 100 KB minified. Its bytes
// are parsed and compiled before the reader can open, so its size is part of the click-to-reader time
// (`npm run bench`). A size check, not a timed assertion.
//
// Today the bundle is over that budget (about 166 KB: Readability 34 KB, DOMPurify 29 KB, the word lists of 17
// languages 25 KB, the reader 23 KB plus its stylesheet 13 KB, steps and engine 24 KB, settings 7 KB; README,
// "Performance"). Until it fits, this test holds a ceiling just above today's size, so the bundle cannot grow
// unnoticed, and states the budget it must reach.
// TODO(2026-11-26): lower CONTENT_CEILING_BYTES to CONTENT_BUDGET_BYTES once the bundle fits.
//
// Reads the built dist/*/content.js: `npm test` builds first; run alone, it skips with a printed reason when
// nothing is built (with REQUIRE_BROWSERS=1, as in .ci/run, a missing build fails instead).
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Issue 6: "content bundle <= 100 KB minified" (KB = 1,000 bytes). */
const CONTENT_BUDGET_BYTES = 100_000;
/**
 * Today's size plus about 1.5%; lowered, never raised without a reason. Raised once, 172 -> 176 KB on 2026-11-26:
 * the per-site wiring (auto-run, the reader's "This site" panel) and the eval's quality steps landed after the
 * first ceiling (166.3 KB) was set, bringing the bundle to 173.1 KB.
 */
const CONTENT_CEILING_BYTES = 176_000;

const ROOT = join(import.meta.dirname, '..', '..');
const BUNDLES = ['chrome', 'firefox'].map((target) => join(ROOT, 'dist', target, 'content.js'));
const built = BUNDLES.every((path) => existsSync(path));
const required = process.env.REQUIRE_BROWSERS === '1';
if (!built && !required) console.warn('unit: skipping the content bundle size check: dist is not built (run `npm run build`)');

describe.skipIf(!built && !required)('content bundle size', () => {
  it.each(BUNDLES)('%s stays under the ceiling on the way to the budget', (path) => {
    const size = statSync(path).size;
    expect(size).toBeLessThanOrEqual(CONTENT_CEILING_BYTES);
    if (size > CONTENT_BUDGET_BYTES) {
      console.warn(`content bundle ${(size / 1000).toFixed(1)} KB: over the ${CONTENT_BUDGET_BYTES / 1000} KB budget`);
    }
  });
});
