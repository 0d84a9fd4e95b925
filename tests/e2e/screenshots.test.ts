// `npm run screenshots` in real browsers (scripts/screenshots-take.ts): every picture is written, at the stores'
// 1280x800, and shows what it says (a picture taken before the reader opened would pass a size check alone, so the
// reader's and the page's pictures must differ, and the dark one must be dark).
//
// Without a browser these tests skip with a printed reason; with REQUIRE_BROWSERS=1 (.ci/run) they fail.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { afterAll, describe, expect, it } from 'vitest';
import { SHOTS, shotFile } from '../../scripts/screenshots-listing';
import { SIZE, takeScreenshots } from '../../scripts/screenshots-take';
import { REQUIRE_BROWSERS, unavailable } from './helpers/env';

/** PNG: width and height are the IHDR chunk's first 8 bytes, big-endian, at offset 16. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * Mean luminance (0-255) of a picture, or of the part `box` ([x, y, width, height]) of it, decoded by resvg through
 * an <image> of it: no image library of our own.
 */
function meanLuminance(file: string, box: readonly number[] = [0, 0, SIZE.width, SIZE.height]): number {
  const data = readFileSync(file).toString('base64');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="40" viewBox="${box.join(' ')}" preserveAspectRatio="none">` +
    `<image width="${SIZE.width}" height="${SIZE.height}" href="data:image/png;base64,${data}"/></svg>`;
  const pixels = new Resvg(svg).render().pixels;
  let sum = 0;
  for (let i = 0; i < pixels.length; i += 4) sum += 0.2126 * pixels[i]! + 0.7152 * pixels[i + 1]! + 0.0722 * pixels[i + 2]!;
  return sum / (pixels.length / 4);
}

for (const kind of ['chromium', 'firefox'] as const) {
  const reason = unavailable(kind);
  if (reason && !REQUIRE_BROWSERS) console.warn(`e2e: skipping the ${kind} screenshots test: ${reason}`);

  describe.skipIf(reason !== null && !REQUIRE_BROWSERS)(`npm run screenshots in ${kind}`, () => {
    const out = mkdtempSync(join(tmpdir(), `nd-shots-${kind}-`));
    afterAll(() => rmSync(out, { recursive: true, force: true }));

    it('writes every picture at 1280x800, each showing its state', async () => {
      if (reason) throw new Error(`e2e: ${kind} is required (REQUIRE_BROWSERS=1) but ${reason}`);
      const files = await takeScreenshots(kind, out);
      expect(files.map((f) => basename(f)).sort()).toEqual(Object.keys(SHOTS).map((name) => shotFile(kind, name as keyof typeof SHOTS)).sort());
      for (const file of files) expect(pngSize(file)).toEqual(SIZE);
      const shot = (name: keyof typeof SHOTS) => readFileSync(join(out, shotFile(kind, name)));
      expect(shot('reader').equals(shot('page'))).toBe(false);
      expect(shot('removed').equals(shot('reader'))).toBe(false);
      expect(meanLuminance(join(out, shotFile(kind, 'dark')))).toBeLessThan(80);
      // Dark to the window's edge: the reader's scrollbar takes the theme's colours (Firefox painted a light track).
      expect(meanLuminance(join(out, shotFile(kind, 'dark')), [SIZE.width - 16, 60, 16, SIZE.height - 60])).toBeLessThan(80);
      expect(meanLuminance(join(out, shotFile(kind, 'reader')))).toBeGreaterThan(180);
    });
  });
}
