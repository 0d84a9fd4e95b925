// Lazy images reach the article with their real address (the sanitizer drops data-* attributes, so the
// engine must recover them first). Fails without src/declutter/lazy-images.ts.
import { describe, expect, it } from 'vitest';
import { declutterHtml } from '../../src/node/index';

const PARA = '<p>The ferry terminal will close for three weeks in March while engineers replace the ramp that carries cars onto the boats, the operator said on Thursday.</p>';
const GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

function article(imgs: string) {
  return declutterHtml(`<html><head><title>Ferry terminal</title></head><body><article><h1>Ferry terminal</h1>${PARA}${PARA}
    <figure>${imgs}<figcaption>The old ramp</figcaption></figure>${PARA}${PARA}</article></body></html>`,
  { url: 'https://news.example/ferry', force: true })!;
}

describe('lazy images', () => {
  it('take data-src when src is a placeholder pixel, whatever the file type', () => {
    const a = article(`<img src="${GIF}" data-src="/img/ramp.svg" alt="ramp">`);
    expect(a.contentHtml).toContain('src="https://news.example/img/ramp.svg"');
  });

  it('take data-srcset and data-lazy-src', () => {
    const a = article('<img data-lazy-src="https://cdn.example/ramp" data-srcset="https://cdn.example/ramp-2x 2x" alt="ramp">');
    expect(a.contentHtml).toContain('src="https://cdn.example/ramp"');
    expect(a.contentHtml).toContain('https://cdn.example/ramp-2x 2x');
  });

  it('leave a real src alone', () => {
    const a = article('<img src="https://cdn.example/real.jpg" data-src="https://cdn.example/other.jpg" alt="ramp">');
    expect(a.contentHtml).toContain('src="https://cdn.example/real.jpg"');
  });
});
