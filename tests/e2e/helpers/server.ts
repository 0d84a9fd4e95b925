// A tiny HTTP server for the fixture pages, on 127.0.0.1 and a free port: no test ever reaches a live site.
// Routes: /pages/<name>.html from tests/fixtures/pages/, /img/<name>.png a generated image, and
// /csp/<name>.html the same page with `Content-Security-Policy: default-src 'none'` and its own image URLs
// (the reader must still get its styles and images under it, DESIGN.md flow 3), and /demo/<file> from demo/.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { ROOT } from './env';
import { listenOnLoopback } from './loopback';

const PAGES = join(ROOT, 'tests', 'fixtures', 'pages');
/** The demo `npm start` opens: tested too, so it never rots. */
const DEMO = join(ROOT, 'demo');
const STRICT_CSP = "default-src 'none'";
const SAFE_NAME = /^[a-z0-9-]+\.html$/;

function svgImage(label: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="320" viewBox="0 0 640 320">` +
    `<rect width="640" height="320" fill="#3a7ca5"/><text x="32" y="180" font-size="48" fill="#fff">${label}</text></svg>`;
}

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  /** Paths requested so far, to check which images the reader loaded. */
  requests: string[];
  close(): Promise<void>;
}

export async function startServer(): Promise<FixtureServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    void (async () => {
      const [, area, name = ''] = path.split('/');
      // PNG, not SVG: Readability recovers lazy images only from .jpg/.jpeg/.png/.webp URLs, like real sites use.
      if (area === 'img' && /^[a-z0-9-]+\.png$/.test(name)) {
        res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'no-store' });
        res.end(new Resvg(svgImage(name.replace('.png', ''))).render().asPng());
        return;
      }
      if (area === 'demo' && /^[a-z0-9-]+\.(html|svg)$/.test(name)) {
        const type = name.endsWith('.svg') ? 'image/svg+xml' : 'text/html; charset=utf-8';
        res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
        res.end(await readFile(join(DEMO, name)));
        return;
      }
      if (area === 'pages' && /^[a-z0-9-]+\.pdf$/.test(name)) {
        res.writeHead(200, { 'content-type': 'application/pdf', 'cache-control': 'no-store' });
        res.end(await readFile(join(PAGES, name)));
        return;
      }
      if ((area === 'pages' || area === 'csp') && SAFE_NAME.test(name)) {
        let html = await readFile(join(PAGES, name), 'utf8');
        // Under CSP, images get their own URLs: an image the browser already holds from an earlier test would
        // hide a reader whose image loads the page's CSP blocks (seen in Chromium with loading="lazy").
        if (area === 'csp') html = html.replaceAll('/img/', '/img/csp-');
        const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
        if (area === 'csp') headers['content-security-policy'] = STRICT_CSP;
        res.writeHead(200, headers);
        res.end(html);
        return;
      }
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    })().catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
  });
  return { ...(await listenOnLoopback(server)), requests };
}
