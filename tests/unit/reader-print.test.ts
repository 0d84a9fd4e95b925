// The clean printout holds the reader's host alone. The host attribute's name is public, so a page can put it on
// an element of its own (tests/fixtures/hostile/print-fake.html); the print stylesheet keeps only the element
// whose attribute holds this reading's random key (shadow-host.ts, print-mode.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOST_ATTR } from '../../src/content/reader/shadow-host';
import { makeDom, open } from './reader-helpers';

const FAKE = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'hostile', 'print-fake.html'), 'utf8');

/** The selectors the page-level print stylesheet hides, read from the CSSOM as the browser would apply them. */
function hiddenWhilePrinting(doc: Document): string[] {
  const selectors: string[] = [];
  for (const sheet of Array.from(doc.styleSheets)) {
    for (const rule of Array.from(sheet.cssRules)) {
      if (!('media' in rule) || !String((rule as CSSMediaRule).media.mediaText).includes('print')) continue;
      for (const inner of Array.from((rule as CSSMediaRule).cssRules) as CSSStyleRule[]) {
        if (inner.style?.getPropertyValue('display') === 'none') selectors.push(inner.selectorText);
      }
    }
  }
  return selectors;
}

describe('printing the article', () => {
  it("hides a page element that carries the host's attribute, and keeps the real host", () => {
    const { doc, win, host } = open(undefined, { dom: makeDom(FAKE, 'https://islandtimes.example/ferry') });
    const fake = doc.getElementById('fake-notice')!;
    // What the fixture's script does in a browser (jsdom runs no page scripts here).
    doc.documentElement.appendChild(fake);
    expect(fake.parentElement).toBe(doc.documentElement);
    expect(fake.hasAttribute(HOST_ATTR)).toBe(true);
    win.dispatchEvent(new win.Event('beforeprint'));
    const hidden = hiddenWhilePrinting(doc);
    expect(hidden.length).toBeGreaterThan(0);
    expect(hidden.some((s) => fake.matches(s))).toBe(true);
    expect(hidden.some((s) => host.matches(s))).toBe(false);
    expect(hidden.some((s) => doc.body.matches(s))).toBe(true);
    win.dispatchEvent(new win.Event('afterprint'));
    expect(hiddenWhilePrinting(doc)).toEqual([]);
  });

  it('keys each reading anew', () => {
    const first = open().host.getAttribute(HOST_ATTR);
    const second = open().host.getAttribute(HOST_ATTR);
    expect(first).toMatch(/^[a-z0-9]{6,}$/);
    expect(second).not.toBe(first);
  });
});
