// web-ext lint has no errors and no warnings outside the bundled libraries.
// Runs on the built dist/firefox (npm test builds first); scripts/lint-extension.ts traces each warning
// through the build's source maps to the file it came from.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintExtension } from '../../scripts/lint-extension';
import { DIST, REQUIRE_BROWSERS } from './helpers/env';

const built = existsSync(join(DIST.firefox, 'manifest.json'));
if (!built && !REQUIRE_BROWSERS) console.warn('e2e: skipping web-ext lint: dist/firefox is not built (run `npm run build`)');

describe.skipIf(!built && !REQUIRE_BROWSERS)('web-ext lint on dist/firefox', () => {
  it('has no errors and warns only inside bundled libraries', async () => {
    const verdict = await lintExtension();
    expect(verdict.errors).toEqual([]);
    expect(verdict.ownWarnings).toEqual([]);
    for (const w of verdict.libraryWarnings) expect(w.source).toMatch(/node_modules\/(@mozilla\/readability|dompurify)\//);
  }, 60_000);
});
