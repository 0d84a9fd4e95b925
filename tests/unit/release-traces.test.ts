// A release build leaves no performance marks in the pages it runs in (src/content/marks.ts): a page's
// PerformanceObserver would read them, even after the reader closed, and learn that the reader was opened. Only
// the bench's own build (`npm run build:bench`) writes them. Reads the built dist/* like bundle-size.test.ts:
// skipped with a printed reason when nothing is built, a failure under REQUIRE_BROWSERS=1 (.ci/run).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mark, markEntryName, markPainted, MARKS, MARKS_ON } from '../../src/content/marks';

const ROOT = join(import.meta.dirname, '..', '..');
const TARGETS = ['chrome', 'firefox'];
/** Every file of ours a web page can receive (bundle-size.test.ts, PAGE_LOADS). */
const PAGE_FILES = ['on-demand.js', 'content.js', 'in-place.js', 'listen.js', 'save.js'];
const built = TARGETS.every((target) => existsSync(join(ROOT, 'dist', target, 'content.js')));
const required = process.env.REQUIRE_BROWSERS === '1';
if (!built && !required) console.warn('unit: skipping the release trace check: dist is not built (run `npm run build`)');

describe.skipIf(!built && !required)('release bundles', () => {
  for (const target of TARGETS) {
    it.each(PAGE_FILES)(`${target}/%s holds no performance mark name`, (file) => {
      const code = readFileSync(join(ROOT, 'dist', target, file), 'utf8');
      // Every full mark name, and the prefix they share: `grep -c news-declutter:` on a release bundle finds nothing
      // (the settings locks are named news-declutter/…, so they cannot be taken for a mark).
      const found = Object.values(MARKS).map(markEntryName).filter((name) => code.includes(name));
      expect(found).toEqual([]);
      expect(code).not.toContain('news-declutter:');
      expect(code).not.toContain('performance.mark(');
    });
  }
});

describe('marks outside the bench build', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('are off, and writing one leaves the timeline empty', () => {
    expect(MARKS_ON).toBe(false);
    const spy = vi.spyOn(performance, 'mark');
    const frame = vi.fn();
    vi.stubGlobal('requestAnimationFrame', frame);
    mark(MARKS.injected);
    markPainted();
    expect(spy).not.toHaveBeenCalled();
    // Not even a frame callback waits to write `painted` later.
    expect(frame).not.toHaveBeenCalled();
  });
});
