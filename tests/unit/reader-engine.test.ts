// The reader on the engine's real output: every receipt of a cluttered fixture page can be restored at its
// marker and hidden again, and the hostile fixture leaves nothing unsafe in the overlay.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { declutterDocument } from '../../src/declutter/declutter-document';
import { open } from './reader-helpers';

function page(name: string): JSDOM {
  const html = readFileSync(fileURLToPath(new URL(`../fixtures/pages/${name}`, import.meta.url)), 'utf8');
  return new JSDOM(html, { url: 'https://news.example/article', pretendToBeVisual: true });
}

describe('reader: on the engine output', () => {
  it.each(['fr-seed-like.html', 'en-clutter.html', 'de-clutter.html', 'es-clutter.html'])('%s: restores every receipt in place and back', (name) => {
    const dom = page(name);
    const article = declutterDocument(dom.window.document, {}, { window: dom.window as unknown as Window });
    expect(article).not.toBeNull();
    const before = dom.window.document.documentElement.outerHTML;
    const { root, handle, doc } = open({ kind: 'article', article: article! }, { dom });
    expect(root.querySelector('.nd-title')!.textContent).toBe(article!.title);
    const body = root.querySelector('.nd-body')!;
    const clean = body.innerHTML;
    const receipts = Array.from(root.querySelectorAll('.nd-receipt'));
    expect(receipts).toHaveLength(article!.removed.length);
    expect(receipts.length).toBeGreaterThan(0);
    let atMarker = 0;
    receipts.forEach((item, i) => {
      const receipt = article!.removed[i]!;
      const what = `${receipt.kind}: ${receipt.text}`;
      item.querySelector('button')!.click();
      const marker = body.querySelector(`[data-nd-removed="${receipt.marker}"]`);
      // Whitespace aside: the receipt's text puts spaces between blocks, textContent does not.
      const expected = receipt.text.replace(/\s+/g, '');
      expect(expected, what).not.toBe('');
      if (!marker) {
        // A later removal took the marker along: the item goes to the end of the article.
        expect(body.lastElementChild!.className, what).toBe('nd-orphans');
        expect(body.lastElementChild!.textContent!.replace(/\s+/g, ''), what).toContain(expected);
        return;
      }
      atMarker++;
      // What follows the marker is the restored item, and it starts the receipt's text.
      const restored = (marker.nextSibling?.textContent ?? '').replace(/\s+/g, '');
      expect(restored, what).not.toBe('');
      expect(expected.startsWith(restored), `${what} / restored: ${restored}`).toBe(true);
    });
    expect(atMarker).toBeGreaterThan(0);
    expect(body.textContent).toContain(article!.removed[0]!.text.trim().slice(0, 10));
    receipts.forEach((item) => item.querySelector('button')!.click());
    expect(body.innerHTML).toBe(clean);
    handle.close();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('hostile.html: nothing unsafe reaches the overlay', () => {
    const dom = page('hostile.html');
    const article = declutterDocument(dom.window.document, { force: true }, { window: dom.window as unknown as Window });
    const { root } = open({ kind: 'article', article: article! }, { dom });
    for (const b of Array.from(root.querySelectorAll<HTMLButtonElement>('.nd-receipt button'))) b.click();
    const html = root.querySelector('.nd-page')!.innerHTML;
    expect(html).not.toMatch(/<script|<style|<iframe|<object|<embed|<form|\son[a-z]+=|javascript:|style="/i);
  });
});
