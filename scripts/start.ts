// `npm start`: build the extension, serve the demo article (demo/) on 127.0.0.1, and open it in a browser
// with the extension loaded (web-ext run: a fresh temporary profile, reloaded when dist/ changes).
//
//   npm start                      Firefox (firefox-esr, or firefox)
//   npm start -- --chromium        Chromium instead
//   npm start -- --headless        no window (a smoke test; nothing to click)
//
// Then click the toolbar button (Firefox puts it on the toolbar; in Chromium it sits in the extensions menu, the
// puzzle piece, until pinned), press Alt+Shift+R, or use the page's context menu.
//
// On Linux without a display (no DISPLAY or WAYLAND_DISPLAY) a windowed browser cannot start, and web-ext would
// fail with a bare ECONNREFUSED: after building, we say so in one line and how to load dist/ by hand instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { ROOT } from './extension-paths';

const root = ROOT;
const demoDir = join(root, 'demo');
const args = new Set(process.argv.slice(2));
const useChromium = args.has('--chromium');
const headless = args.has('--headless');

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png' };

function findExecutable(names: string[]): string | undefined {
  for (const name of names) {
    const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();
    if (found) return found;
  }
  return undefined;
}

const build = spawnSync('npm', ['run', 'build:extension'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

if (!headless && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  // Exit 0: the build, which is what can be done here, succeeded.
  console.log(
    'No display (DISPLAY and WAYLAND_DISPLAY are unset), so no browser window can open: load dist/firefox/manifest.json at ' +
      'about:debugging or dist/chrome/ at chrome://extensions (Developer mode, Load unpacked) on a desktop, or run `npm start -- --headless`.',
  );
  process.exit(0);
}

// Only files directly in demo/, by plain name: nothing else on this machine is served.
const server = createServer((req, res) => {
  const name = new URL(req.url ?? '/', 'http://127.0.0.1').pathname.slice(1) || 'article.html';
  const type = TYPES[extname(name)];
  if (!/^[a-z0-9-]+\.[a-z]+$/.test(name) || !type) {
    res.writeHead(404).end();
    return;
  }
  readFile(join(demoDir, name)).then(
    (body) => res.writeHead(200, { 'content-type': type }).end(body),
    () => res.writeHead(404).end(),
  );
});
/** Without a browser web-ext fails with a long trace: say what to install instead (dist/ is built either way). */
function missingBrowser(name: string, debianPackage: string, envVar: string): never {
  console.error(`${name} not found. Install it (Debian: apt-get install -y ${debianPackage}) or set ${envVar}; the built extension is in dist/.`);
  process.exit(1);
}

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  const startUrl = `http://127.0.0.1:${port}/article.html`;
  console.log(`demo article: ${startUrl}`);

  const webExtArgs = ['web-ext', 'run', '--start-url', startUrl, '--no-input'];
  if (useChromium) {
    const binary = process.env.CHROMIUM_PATH ?? findExecutable(['chromium', 'chromium-browser', 'google-chrome']);
    webExtArgs.push('--target', 'chromium', '--source-dir', join(root, 'dist', 'chrome'));
    if (!binary) missingBrowser('Chromium', 'chromium', 'CHROMIUM_PATH');
    webExtArgs.push(`--chromium-binary=${binary}`);
    if (headless) webExtArgs.push('--arg=--headless=new');
  } else {
    const binary = process.env.FIREFOX_PATH ?? findExecutable(['firefox-esr', 'firefox']);
    webExtArgs.push('--target', 'firefox-desktop', '--source-dir', join(root, 'dist', 'firefox'));
    if (!binary) missingBrowser('Firefox', 'firefox-esr', 'FIREFOX_PATH');
    webExtArgs.push(`--firefox=${binary}`);
    if (headless) webExtArgs.push('--arg=--headless');
  }
  if (!existsSync(join(root, 'node_modules', '.bin', 'web-ext'))) console.warn('web-ext not installed: run `npm ci`');
  const child = spawn('npx', webExtArgs, { cwd: root, stdio: 'inherit' });
  const stop = () => child.kill('SIGINT');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code) => {
    server.close();
    process.exit(code ?? 0);
  });
});
