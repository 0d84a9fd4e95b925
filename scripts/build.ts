// `npm run build:extension`: dist/chrome/ and dist/firefox/, each loadable unpacked.
// `npm run build:bench` (--bench): the same into .bench/extension/, with performance marks on (src/content/marks.ts),
// for `npm run bench` only; release builds write no marks into the pages they run in.
//
// The scripts are bundled once (they are the same for both browsers: the platform module decides at run time)
// and copied into each browser's folder next to that browser's manifest (scripts/manifest.ts).
// - background.js and content.js are self-contained classic scripts (IIFE, no imports at run time): Chrome's
//   service worker is registered without "type": "module", Firefox runs background.scripts as classic
//   scripts, and scripting.executeScript injects files as classic scripts.
// - The options page (src/options/) and the welcome page (src/welcome/) are built as normal vite pages.
import { cpSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build, type InlineConfig } from 'vite';
import { BENCH_DIST, DIST, ENGINE_HERE_TARGET, MAPS_DIR, ROOT } from './extension-paths';
import { buildManifest, ICON_SIZES, OPTIONS_HTML, TARGETS } from './manifest';

const root = ROOT;
const bench = process.argv.includes('--bench');
const dist = bench ? BENCH_DIST : DIST;
const mapsDir = bench ? join(BENCH_DIST, 'maps') : MAPS_DIR;
const staging = join(dist, '.bundle');

/** Browsers the bundles must run in: the manifests' minimums (Firefox 148, Chrome 146: the HTML Sanitizer API, src/platform/native-sanitizer.ts). */
const BROWSER_TARGETS = ['chrome146', 'firefox148'];

/** Entry points that become one classic script each: output file name → source. */
const SCRIPTS = {
  background: 'src/background/index.ts',
  content: 'src/content/main.ts',
  // Injected with content.js on a click, in the same call (src/background/inject.ts).
  'on-demand': 'src/content/on-demand.ts',
  // The reader's Save panel with the shared renderers, injected when the panel first opens (src/shared/save-chunk.ts).
  save: 'src/content/save-entry.ts',
  // In-place decluttering: what a site in in-place mode registers instead of content.js (src/background/registrations.ts).
  'in-place': 'src/content/in-place-entry.ts',
  // The engine, in an extension page: Firefox's background page, Chrome's offscreen document (src/extractor/main.ts).
  extractor: 'src/extractor/main.ts',
  // The read-aloud player, injected when the reader's Listen is first used (src/background/inject.ts, injectListen).
  listen: 'src/content/listen/entry.ts',
} as const;

/** Static pages copied beside the scripts, per browser: Chrome's offscreen document for the extractor (Firefox runs the
 * extractor in its background page and ships no such page). */
const PAGES: Record<(typeof TARGETS)[number], Record<string, string>> = {
  chrome: { 'offscreen.html': 'src/extractor/offscreen.html' },
  firefox: {},
};

/** Bundles that take CONTENT_ALIASES: the two content scripts, and the extractor (an offscreen document has runtime only). */
const NATIVE_PLATFORM = new Set(['content', 'in-place', 'extractor', 'listen', 'save']);

/**
 * For NATIVE_PLATFORM's bundles: webextension-polyfill is swapped for src/platform/native.ts, the few lines of it a
 * content script needs (why, and what it keeps: that file's header); the extractor needs no more (runtime messages).
 * The background and the options page keep the polyfill. The content budget is 100 KB minified
 * (tests/unit/bundle-size.test.ts).
 */
const CONTENT_ALIASES = [{ find: /^webextension-polyfill$/, replacement: join(root, 'src/platform/native.ts') }];

/**
 * The engine in the content script (src/platform/engine-place.ts → engine-here.ts): for the bench's A/B of the
 * engine's placement in Chromium, a content.js with the engine, in a Chrome build of its own without the offscreen
 * document (ENGINE_HERE_TARGET).
 */
const ENGINE_HERE_ALIAS = { find: /^(\.\.?\/)+platform\/engine-place$/, replacement: join(root, 'src/platform/engine-here.ts') };

const shared: InlineConfig = {
  configFile: false,
  root,
  logLevel: 'warn',
  publicDir: false,
  // Libraries (DOMPurify, the polyfill) read NODE_ENV; nothing here is a development build.
  // __ND_MARKS__: performance marks in the pages, for the bench's build only (src/content/marks.ts).
  define: { 'process.env.NODE_ENV': JSON.stringify('production'), __ND_MARKS__: JSON.stringify(bench) },
};

async function buildScript(name: string, entry: string, options: { engineHere?: boolean; outDir?: string } = {}): Promise<void> {
  const alias = [...(NATIVE_PLATFORM.has(name) ? CONTENT_ALIASES : []), ...(options.engineHere ? [ENGINE_HERE_ALIAS] : [])];
  await build({
    ...shared,
    resolve: alias.length ? { alias } : undefined,
    build: {
      outDir: options.outDir ?? staging,
      emptyOutDir: false,
      target: BROWSER_TARGETS,
      minify: true,
      // 'hidden': a map file but no sourceMappingURL comment in the shipped script.
      sourcemap: 'hidden',
      // Reader styles are imported as strings (`?inline`, src/shared/reader-style.ts) and set as a <style>'s
      // textContent (DESIGN.md, flow 3). Vite's CSS minifier (Lightning CSS) minifies them: a parser, so a rule's
      // meaning never changes with its white space, and the comments that explain the rules stay in the source.
      cssCodeSplit: false,
      cssMinify: true,
      cssTarget: BROWSER_TARGETS,
      lib: { entry: join(root, entry), formats: ['iife'], name: `newsDeclutter_${name.replace(/-/g, '_')}`, fileName: () => `${name}.js` },
    },
  });
}

/** Extension pages built as normal vite pages: folder in the package → its HTML in the source. */
const PAGES_BUILT: Record<string, string> = {
  options: OPTIONS_HTML,
  // Opened once on install (src/background/welcome.ts).
  welcome: 'src/welcome/welcome.html',
};

async function buildPage(name: string, html: string): Promise<void> {
  await build({
    ...shared,
    root: join(root, dirname(html)),
    base: './',
    build: {
      outDir: join(staging, name),
      emptyOutDir: true,
      target: BROWSER_TARGETS,
      cssTarget: BROWSER_TARGETS,
      minify: true,
      sourcemap: false,
      // Extension pages may not load remote or inline code: keep every asset a file of the package.
      assetsInlineLimit: 0,
      modulePreload: false,
      rollupOptions: { input: join(root, html) },
    },
  });
}

async function main(): Promise<void> {
  const started = Date.now();
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  for (const [name, entry] of Object.entries(SCRIPTS)) await buildScript(name, entry);
  for (const [name, html] of Object.entries(PAGES_BUILT)) await buildPage(name, html);
  rmSync(mapsDir, { recursive: true, force: true });
  mkdirSync(mapsDir, { recursive: true });
  for (const name of Object.keys(SCRIPTS)) renameSync(join(staging, `${name}.js.map`), join(mapsDir, `${name}.js.map`));

  for (const target of TARGETS) {
    const out = join(dist, target);
    rmSync(out, { recursive: true, force: true });
    mkdirSync(join(out, 'icons'), { recursive: true });
    cpSync(staging, out, { recursive: true });
    cpSync(join(root, '_locales'), join(out, '_locales'), { recursive: true });
    for (const [page, source] of Object.entries(PAGES[target])) cpSync(join(root, source), join(out, page));
    for (const size of ICON_SIZES) {
      const icon = join(root, 'icons', `icon-${size}.png`);
      if (!existsSync(icon)) throw new Error(`build: ${icon} is missing; run \`npm run icons\``);
      cpSync(icon, join(out, 'icons', `icon-${size}.png`));
    }
    writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(buildManifest(root, target), null, 2)}\n`);
  }
  if (bench) {
    // The A/B's other Chromium: the same build, with the engine in content.js and no offscreen document.
    const inPage = join(dist, ENGINE_HERE_TARGET);
    rmSync(inPage, { recursive: true, force: true });
    cpSync(join(dist, 'chrome'), inPage, { recursive: true });
    rmSync(join(inPage, 'offscreen.html'));
    await buildScript('content', SCRIPTS.content, { engineHere: true, outDir: join(staging, ENGINE_HERE_TARGET) });
    cpSync(join(staging, ENGINE_HERE_TARGET, 'content.js'), join(inPage, 'content.js'));
    const manifest = buildManifest(root, 'chrome');
    manifest.permissions = (manifest.permissions as string[]).filter((p) => p !== 'offscreen');
    writeFileSync(join(inPage, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  }
  rmSync(staging, { recursive: true, force: true });
  const where = bench ? '.bench/extension/chrome and .bench/extension/firefox (marks on)' : 'dist/chrome and dist/firefox';
  console.log(`build: ${where} in ${Date.now() - started} ms`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
