// The content bundle, injected into the page on each first click, is at most 100 KB minified. Its bytes
// are parsed and compiled before the reader can open, so its size is part of the click-to-reader time
// (`npm run bench`). A size check, not a timed assertion.
//
// What a click injects is on-demand.js and content.js (src/background/inject.ts): the reader, its stylesheet, the
// settings it reads and the glue. The engine (Readability, the steps, the word lists) runs in the extractor, an
// extension page of its own (src/extractor/), and in-place decluttering is in-place.js, which a site in in-place
// mode registers instead of content.js (src/background/registrations.ts).
//
// Reads the built dist/*: `npm test` builds first; run alone, it skips with a printed reason when nothing is built
// (with REQUIRE_BROWSERS=1, as in .ci/run, a missing build fails instead).
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The content bundle's budget: 100 KB minified (KB = 1,000 bytes). */
const CONTENT_BUDGET_BYTES = 100_000;
/**
 * Every set of our files a web page can receive: a click injects on-demand.js and content.js in one executeScript
 * call; a site in auto-reader mode registers content.js, one in in-place mode in-place.js
 * (src/background/registrations.ts, siteScriptFiles). The reader's Listen adds listen.js on first use
 * (src/background/inject.ts, injectListen), its Save panel save.js (src/shared/save-chunk.ts).
 */
const PAGE_LOADS = [['on-demand.js', 'content.js'], ['content.js'], ['in-place.js'], ['on-demand.js', 'content.js', 'listen.js'],
  ['on-demand.js', 'content.js', 'save.js']];

const ROOT = join(import.meta.dirname, '..', '..');
const TARGETS = ['chrome', 'firefox'];
const built = TARGETS.every((target) => existsSync(join(ROOT, 'dist', target, 'content.js')));
const required = process.env.REQUIRE_BROWSERS === '1';
if (!built && !required) console.warn('unit: skipping the content bundle size check: dist is not built (run `npm run build`)');

const size = (target: string, file: string): number => statSync(join(ROOT, 'dist', target, file)).size;

describe.skipIf(!built && !required)('content bundle size', () => {
  for (const target of TARGETS) {
    it.each(PAGE_LOADS.map((files) => ({ files, label: files.join(' + ') })))(`${target}: $label fits the 100 KB budget`, ({ files }) => {
      const total = files.reduce((sum, file) => sum + size(target, file), 0);
      expect(total).toBeLessThanOrEqual(CONTENT_BUDGET_BYTES);
    });
  }
});
