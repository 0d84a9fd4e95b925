// The fixture server for the hostile-page suite (tests/e2e/hostile.test.ts), on 127.0.0.1 and a free port.
// Its beacon log is the ground truth: a vector that runs anywhere (the page, a frame, a data: document, a
// stylesheet fetch) asks for /beacon/<vector-id>, and the test reads which ids arrived after the reader opened.
//
// Routes:
// - /hostile/<name>.html      tests/fixtures/hostile/<name>.html, `__ORIGIN__` replaced by this server's origin
//                             (data: documents have an opaque origin: their beacons need an absolute URL);
// - /hostile-csp/<name>.html  the same page with `Content-Security-Policy: default-src 'none'`;
// - /hostile/big.html         a generated article in a page of BIG_PAGE_ELEMENTS elements;
// - /beacon/<id>[.css|.png]   logged, answered with an empty body of a harmless type, never cached;
// - /img/<name>.png           a real image (the article's own photo, which the reader may load).
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { ROOT } from './env';
import { listenOnLoopback } from './loopback';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'hostile');
const STRICT_CSP = "default-src 'none'";
const SAFE_NAME = /^[a-z0-9-]+\.html$/;
const NO_STORE = { 'cache-control': 'no-store' };

/** A page of 50,000 elements: far more than a news page holds, to show the reader still opens on one. */
export const BIG_PAGE_ELEMENTS = 50_000;

export interface Beacon {
  id: string;
  at: number;
}

export interface HostileServer {
  origin: string;
  url(path: string): string;
  /** Every beacon request so far, in arrival order. */
  beacons: Beacon[];
  close(): Promise<void>;
}

function photo(): Buffer {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="320" height="160"><rect width="320" height="160" fill="#6a8d73"/></svg>';
  return Buffer.from(new Resvg(svg).render().asPng());
}

/** An article of six paragraphs, then filler blocks until the page holds exactly `total` elements. */
function bigPage(total: number): string {
  const paragraphs = Array.from({ length: 6 }, (_, i) =>
    `<p>Paragraph ${i + 1} of the long report: the survey team walked the whole coast path in a week, counting ` +
    `every bench, stile and signpost, and wrote down what needed mending before the summer walkers arrive.</p>`).join('');
  const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Coast path survey finds forty stiles to mend</title></head><body>` +
    `<article><h1>Coast path survey finds forty stiles to mend</h1>${paragraphs}</article><div id="filler">`;
  // html, head, meta, title, body, article, h1, six p, div#filler.
  let count = 14;
  const parts: string[] = [];
  // Five elements a block (section, ul, li, a, li): link-heavy boilerplate, the kind Readability must wade through.
  for (let i = 0; count + 5 <= total; i++, count += 5) {
    parts.push(`<section><ul><li><a href="/more/${i}">Item ${i}</a></li><li>note ${i}</li></ul></section>`);
  }
  for (; count < total; count++) parts.push('<span>.</span>');
  return `${head}${parts.join('')}</div></body></html>`;
}

export async function startHostileServer(): Promise<HostileServer> {
  const beacons: Beacon[] = [];
  const png = photo();
  let origin = '';
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    void (async () => {
      const [, area, name = ''] = path.split('/');
      if (area === 'beacon') {
        beacons.push({ id: name.replace(/\.(css|png|html)$/, ''), at: Date.now() });
        const type = name.endsWith('.css') ? 'text/css' : name.endsWith('.png') ? 'image/png' : 'text/plain';
        res.writeHead(200, { 'content-type': type, ...NO_STORE });
        res.end(name.endsWith('.png') ? png : '');
        return;
      }
      if (area === 'img' && /^[a-z0-9-]+\.png$/.test(name)) {
        res.writeHead(200, { 'content-type': 'image/png', ...NO_STORE });
        res.end(png);
        return;
      }
      if (area === 'hostile' && name === 'big.html') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...NO_STORE });
        res.end(bigPage(BIG_PAGE_ELEMENTS));
        return;
      }
      if ((area === 'hostile' || area === 'hostile-csp') && SAFE_NAME.test(name)) {
        const html = (await readFile(join(FIXTURES, name), 'utf8')).replaceAll('__ORIGIN__', origin);
        const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8', ...NO_STORE };
        if (area === 'hostile-csp') headers['content-security-policy'] = STRICT_CSP;
        res.writeHead(200, headers);
        res.end(html);
        return;
      }
      res.writeHead(404, { 'content-type': 'text/plain', ...NO_STORE });
      res.end('not found');
    })().catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
  });
  const base = await listenOnLoopback(server);
  origin = base.origin;
  return { ...base, beacons };
}
