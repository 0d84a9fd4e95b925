// Where each release build runs the engine (docs/decisions/0001-engine-placement.md): in the extractor, an
// extension page of its own, in both browsers; Chromium's offscreen document is kept because its A/B against the
// engine in the content script came out slower. The content-script engine exists only in the bench's A/B build
// (scripts/build.ts swaps src/platform/engine-place.ts there): this keeps it out of what a click injects.
//
// Reads the built dist/*, like bundle-size.test.ts: skips with a printed reason when nothing is built (with
// REQUIRE_BROWSERS=1, as in .ci/run, a missing build fails instead).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
/** A name Readability's minified code keeps (a method name): present exactly where the engine is bundled. */
const ENGINE_MARK = '_grabArticle';
const built = ['chrome', 'firefox'].every((target) => existsSync(join(ROOT, 'dist', target, 'content.js')));
const required = process.env.REQUIRE_BROWSERS === '1';
if (!built && !required) console.warn('unit: skipping the engine placement check: dist is not built (run `npm run build`)');

const read = (...path: string[]) => readFileSync(join(ROOT, ...path), 'utf8');

describe.skipIf(!built && !required)('engine placement in the release builds', () => {
  it.each(['chrome', 'firefox'])('%s: the engine is in extractor.js, not in what a click injects', (target) => {
    expect(read('dist', target, 'extractor.js')).toContain(ENGINE_MARK);
    for (const file of ['content.js', 'on-demand.js']) expect(read('dist', target, file)).not.toContain(ENGINE_MARK);
  });
  it('chrome: the offscreen document the extractor runs in, and its permission', () => {
    const manifest = JSON.parse(read('dist', 'chrome', 'manifest.json')) as { permissions: string[] };
    expect(manifest.permissions).toContain('offscreen');
    expect(read('dist', 'chrome', 'offscreen.html')).toContain('extractor.js');
  });
  it('firefox: the extractor loads in the background page', () => {
    const manifest = JSON.parse(read('dist', 'firefox', 'manifest.json')) as { background: { scripts: string[] } };
    expect(manifest.background.scripts).toContain('extractor.js');
  });
});
