// A page cannot steer Restore: the markers the reader restores at (data-nd-removed) are the engine's own, never
// ones the page planted (src/declutter/marker.ts, clearPageMarkers; tests/fixtures/hostile/planted-marker.html
// plants two for receipt 0 above the ad label that becomes receipt 0).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MARKER_ATTR } from '../../src/declutter/marker';
import { declutterHtml } from '../../src/node/index';
import { restoreReceipt } from '../../src/content/reader/restore-receipt';
import { buildSafeFragment } from '../../src/shared/reader-view/safe-dom';
import { makeDom } from './reader-helpers';

const PLANTED = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'hostile', 'planted-marker.html'), 'utf8');

describe('markers the page planted', () => {
  const article = declutterHtml(PLANTED, { url: 'https://valley.example/library' })!;

  it('are gone from the article: each marker is one the engine left', () => {
    const adLabel = article.removed.findIndex((r) => r.kind === 'ad-label');
    expect(adLabel).toBeGreaterThanOrEqual(0);
    const doc = makeDom().window.document;
    const body = doc.createElement('div');
    body.appendChild(buildSafeFragment(doc, article.contentHtml, { wrapTables: true }));
    const markers = Array.from(body.querySelectorAll(`[${MARKER_ATTR}]`));
    // One per receipt with a place, all empty spans the engine made.
    expect(markers.map((m) => m.getAttribute(MARKER_ATTR)).sort())
      .toEqual(article.removed.filter((r) => r.marker >= 0).map((r) => String(r.marker)).sort());
    expect(markers.every((m) => m.localName === 'span' && m.childNodes.length === 0)).toBe(true);
  });

  it('cannot move a restored item: the ad label comes back where it was', () => {
    const doc = makeDom().window.document;
    const body = doc.createElement('div');
    body.appendChild(buildSafeFragment(doc, article.contentHtml, { wrapTables: true }));
    const receipt = article.removed.find((r) => r.kind === 'ad-label')!;
    const restored = restoreReceipt(doc, body, receipt);
    const paragraphs = Array.from(body.querySelectorAll('p')).map((p) => p.textContent?.trim() ?? '');
    const at = paragraphs.indexOf('Advertisement');
    expect(restored.first?.textContent?.trim()).toBe('Advertisement');
    // Between the council's budget and the study rooms, as on the page; not after the first paragraph.
    expect(paragraphs[at - 1]).toMatch(/^The council agreed/);
    expect(paragraphs[at + 1]).toMatch(/^The quiet study rooms/);
  });
});
