// The engine's copy of the page (src/declutter/copy.ts): what it leaves out, what it keeps, and that both ways of
// making it ("build", the Node API's, and the content script's native clone then pruneDocument, which the
// extractor reads as it is) give the same document.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { pruneDocument, readingCopy } from '../../src/declutter/copy';
import { declutterHtml } from '../../src/node/index';
import { fixture } from './helpers/fixtures';

const URL = 'https://news.example/2024/tides.html';
const page = () => new JSDOM(fixture('copy/page.html'), { url: URL }).window.document;
/** The content script's way (src/content/page-html.ts): a native clone, pruned, then read as it is ("already-copied"). */
function clonedAndPruned(doc: Document) {
  const clone = doc.cloneNode(true) as Document;
  pruneDocument(clone);
  return readingCopy(clone, 'already-copied');
}
const METHODS = {
  build: (doc: Document) => readingCopy(doc, 'build'),
  'clone and prune': clonedAndPruned,
};

describe.each(Object.entries(METHODS))('the copy, %s', (_name, copyOf) => {
  it('never changes the page', () => {
    const doc = page();
    const before = doc.documentElement.outerHTML;
    copyOf(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('leaves out scripts, styles, links, templates, comments, hidden elements, form fields and footers', () => {
    const html = copyOf(page()).doc.documentElement.outerHTML;
    for (const gone of ['window.tracker', 'document.write', '<style', '<link', 'Template text', '<!--',
      'Hidden by the hidden attribute', 'Hidden by display none', 'Hidden by visibility', 'style=',
      '<select', 'Tides, harbour, boats', '<textarea', 'Dear editor', '<footer', 'Printed from the Harbour Post']) {
      expect(html, gone).not.toContain(gone);
    }
  });

  it('keeps the story, JSON-LD metadata, the head, the lang and an empty <svg>', () => {
    const copy = copyOf(page()).doc;
    const text = copy.body.textContent ?? '';
    expect(text).toContain('printed its tide tables on paper since 1911');
    expect(text).toContain('The sea does not read paper.');
    expect(copy.querySelector('script[type="application/ld+json"]')?.textContent).toContain('NewsArticle');
    // A footer goes, its JSON-LD stays: Readability reads the page's metadata from it.
    expect(copy.querySelectorAll('script[type="application/ld+json"]')[1]?.textContent).toContain('Organization');
    expect(copy.title).toBe('Tide tables go digital');
    expect(copy.querySelector('meta[name="description"]')).not.toBeNull();
    expect(copy.documentElement.getAttribute('lang')).toBe('en');
    const svg = copy.querySelector('svg');
    expect(svg).not.toBeNull();
    expect(svg!.childNodes).toHaveLength(0);
  });

  it('resolves relative links as the page does (its <base>)', () => {
    const doc = page();
    const copy = copyOf(doc).doc;
    expect(copy.baseURI).toBe(doc.baseURI);
    expect((copy.querySelector('a[href="tables"]') as HTMLAnchorElement).href).toBe('https://news.example/harbour/tables');
  });

  it('lists its images and quotes in page order', () => {
    const copy = copyOf(page());
    expect(copy.images.map((i) => i.getAttribute('src') ?? i.getAttribute('srcset'))).toEqual(
      ['/img/office.jpg', '/img/office-large.jpg', '/img/chart.webp', '/img/chart.png']);
    expect(copy.quotes).toHaveLength(1);
    expect(copy.images.every((i) => i.ownerDocument === copy.doc)).toBe(true);
  });
});

describe('both ways', () => {
  it('make the same document', () => {
    const [built, cloned] = Object.values(METHODS).map((copyOf) => copyOf(page()).doc.documentElement.outerHTML);
    expect(built).toBe(cloned);
  });
});

describe('the engine on its copy', () => {
  it('collects related links the reader can see, not those the page hides', () => {
    const para = (n: number) => `<p>Paragraph ${n} of the story about the new ferry timetable, with enough words in it to count as prose for Readability's scoring.</p>`;
    const html = `<!doctype html><html lang="en"><head><title>Ferry timetable</title></head><body><article>
      <h1>Ferry timetable</h1>${[1, 2, 3, 4, 5, 6].map(para).join('')}
      <aside><h2>Related</h2><ul><li><a href="/ferry-fares">Ferry fares rise</a></li><li><a href="/new-pier">A new pier</a></li></ul></aside>
      <aside style="display:none"><h2>Related</h2><ul><li><a href="/mobile-only">Only on phones</a></li><li><a href="/app">Get the app</a></li></ul></aside>
    </article></body></html>`;
    const article = declutterHtml(html, { url: URL, force: true })!;
    expect(article.related.map((r) => r.title)).toEqual(['Ferry fares rise', 'A new pier']);
  });
});
