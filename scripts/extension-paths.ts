// Where the extension build puts things; shared by the build, the lint check and `npm start`.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = join(ROOT, 'dist');
/**
 * Source maps of the bundled scripts, kept beside the packages, never inside them: the lint check uses them
 * to show that every web-ext warning comes from a bundled library (scripts/lint-extension.ts).
 */
export const MAPS_DIR = join(DIST, 'maps');
/**
 * The bench's own build (`npm run build:bench`): the same extension with performance marks on
 * (src/content/marks.ts), kept apart so that dist/ never holds a build that leaves traces in pages.
 */
export const BENCH_DIST = join(ROOT, '.bench', 'extension');
/** The bench's Chrome build with the engine in the content script (scripts/build.ts, --bench), beside BENCH_DIST/chrome. */
export const ENGINE_HERE_TARGET = 'chrome-in-page';
