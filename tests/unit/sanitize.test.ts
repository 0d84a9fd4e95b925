// Hostile HTML never survives into contentHtml or a receipt (DESIGN.md, Security). Runs under jsdom:
// DOMPurify under happy-dom reports itself supported but lets onerror and javascript: through.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { purifySanitizer } from '../../src/declutter/sanitize';
import { declutterHtml } from '../../src/node/index';
import { fixture } from './helpers/fixtures';

const win = new JSDOM('').window as unknown as Window;

describe('the hostile page', () => {
  const article = declutterHtml(fixture('pages/hostile.html'), { url: 'https://news.example/harbour', force: true })!;
  const all = article.contentHtml + article.removed.map((r) => r.html).join('');

  it('keeps the story', () => {
    expect(article.text).toContain('The dredgers arrived at dawn');
    expect(article.text).toContain('a new pontoon will be installed');
  });

  it.each([
    ['event attributes', /\son\w+=/i],
    ['javascript: URLs', /javascript:/i],
    ['data: links', /href="data:/i],
    ['scripts', /<script/i],
    ['styles', /<style|style=/i],
    ['frames', /<iframe|srcdoc/i],
    ['objects and embeds', /<object|<embed/i],
    ['forms', /<form|<input|<button|formaction/i],
    ['SVG', /<svg|xlink/i],
    ['MathML', /<math/i],
    ['base', /<base/i],
  ])('drops %s', (_name, re) => {
    expect(all).not.toMatch(re);
  });

  it('keeps safe images and only safe srcset entries', () => {
    expect(article.contentHtml).toContain('src="https://cdn.example.org/pontoon.jpg"');
    expect(article.contentHtml).toContain('https://cdn.example.org/pontoon@2x.jpg 2x');
  });
});

/**
 * How the engine sanitizes (purifySanitizer): `html` parsed into a detached element of a jsdom document, cleaned in
 * place, serialized; then parsed again, as the reader and the CLI's outputs parse contentHtml. Mutation XSS lives in
 * that second parse: what it makes live must be as clean as what the sanitizer saw.
 */
function sanitizedAndReparsed(html: string): { out: string; reparsed: Element } {
  const box = win.document.createElement('div');
  box.innerHTML = html;
  const out = purifySanitizer(win).sanitizeTree(box).innerHTML;
  const reparsed = win.document.createElement('div');
  reparsed.innerHTML = out;
  return { out, reparsed };
}

describe('the engine sanitizer, then a second parse', () => {
  it.each([
    ['<a href="javascript:alert(1)">x</a>', 'javascript'],
    ['<a href=" JaVaScRiPt:alert(1)">x</a>', 'alert'],
    ['<img src="javascript:alert(1)">', 'javascript'],
    ['<img src="data:text/html;base64,PHNjcmlwdD4=">', 'data:text'],
    ['<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>', 'onerror'],
    ['<template><img src=x onerror=alert(1)></template>', 'onerror'],
    ['<svg><style><img src=x onerror=alert(1)></style></svg>', 'onerror'],
    ['<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>', 'onerror'],
    ['<meta http-equiv="refresh" content="0;url=https://evil.example">', 'refresh'],
    ['<p style="position:fixed;inset:0">x</p>', 'fixed'],
  ])('%s', (html, bad) => {
    const { out, reparsed } = sanitizedAndReparsed(html);
    expect(out).not.toContain(bad);
    for (const el of Array.from(reparsed.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        expect(attr.name, el.outerHTML).not.toMatch(/^on/i);
        expect(attr.value, el.outerHTML).not.toMatch(/^\s*javascript:/i);
      }
    }
    expect(reparsed.querySelector('script, style, meta, template, svg, math')).toBeNull();
  });

  it('keeps http(s), mailto and relative links and data images', () => {
    const { out } = sanitizedAndReparsed('<a href="https://a.example/">a</a><a href="mailto:x@a.example">m</a><a href="/rel">r</a><img src="data:image/png;base64,iVBORw0KGgo=">');
    expect(out).toContain('href="https://a.example/"');
    expect(out).toContain('href="mailto:x@a.example"');
    expect(out).toContain('href="/rel"');
    expect(out).toContain('src="data:image/png;base64,iVBORw0KGgo="');
  });
});
