// The extractor (src/extractor/extract.ts) reads the page from the HTML the content script sends
// (src/content/page-html.ts), in a document of the extension's own, and must give the article the engine gives on
// the page itself (the Node engine here: declutterDocument on the page's own jsdom document). Its extractor window
// has an address of its own, as the extension's background page and offscreen document do.
// The content script's side of the conversation (src/content/extraction.ts) is at the end.
import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { declutterDocument } from '../../src/declutter/declutter-document';
import { purifySanitizer } from '../../src/declutter/sanitize';
import { extractHtml, type Realm } from '../../src/extractor/extract';
import { extractionRequest, pageHtml } from '../../src/content/page-html';
import type { ExtractReply } from '../../src/shared/messages';
import { fixture } from './helpers/fixtures';

const sendMessage = vi.fn(async (): Promise<unknown> => ({ kind: 'no-article' }));
vi.mock('../../src/platform', () => ({ browser: { runtime: { sendMessage } }, getMessage: (key: string) => key }));
const { askExtractor, extractPage, readerContent } = await import('../../src/content/extraction');

const PAGE_URL = 'https://riverside.example/2026/05/slipway.html';
const extractorWindow = new JSDOM('', { url: 'http://extension.invalid/background.html' }).window;
const realm = extractorWindow as unknown as Realm;

function page(name: string): Document {
  return new JSDOM(fixture(`extractor/${name}`), { url: PAGE_URL }).window.document;
}

function extract(doc: Document, force = false): ExtractReply {
  return extractHtml(extractionRequest(doc, force, []), () => purifySanitizer(extractorWindow as unknown as Window), realm);
}

function article(reply: ExtractReply) {
  if (reply.kind !== 'article') throw new Error(`no article: ${JSON.stringify(reply)}`);
  return reply.article;
}

describe('extractHtml', () => {
  it('resolves links against the page, even when Readability drops <html> and a relative <base> with it', () => {
    const doc = page('relative.html');
    const a = article(extract(doc));
    expect(a.contentHtml).toContain('src="https://riverside.example/river/photos/slipway.jpg"');
    expect(a.contentHtml).toContain('href="https://riverside.example/river/timetable.html"');
    // An in-page link stays in the page, as Readability leaves it on a page without <base>... here the page has
    // one, so Readability makes it absolute against it, as it does on the page itself.
    expect(a.contentHtml).toContain('href="https://riverside.example/river/#notes"');
    expect(a.contentHtml).not.toContain('extension.invalid');
  });

  it('gives the article the engine gives on the page itself', () => {
    // Without the <html> class: there the Node engine resolves against the page's address, not its <base> (the
    // document it falls back to is the page's), which the extractor does right (the first test).
    for (const name of ['relative.html', 'noscript.html']) {
      // Both leave the page as it was (the test below checks what is sent), so one document serves both.
      const doc = page(name);
      doc.documentElement.removeAttribute('class');
      expect(article(extract(doc)), name).toEqual(declutterDocument(doc, { url: PAGE_URL }));
    }
  });

  it('keeps an in-page link relative on a page without <base>, as Readability does on the page', () => {
    const doc = page('relative.html');
    doc.querySelector('base')!.remove();
    const a = article(extract(doc));
    expect(a.contentHtml).toContain('href="#notes"');
    expect(a.contentHtml).toContain('src="https://riverside.example/2026/05/photos/slipway.jpg"');
  });

  it('reads a <noscript> the page parsed as text as markup, so its real image replaces the placeholder', () => {
    const doc = page('noscript.html');
    // As a browser with scripting on holds it: one text node, markup unparsed.
    doc.getElementById('real-image')!.textContent = '<img src="/photos/lanterns.jpg" alt="Lanterns on the bridge">';
    const html = pageHtml(doc);
    expect(html).toContain('data-nd-noscript-text=');
    expect(doc.getElementById('real-image')!.textContent).toContain('<img'); // the page keeps its own
    const a = article(extract(doc));
    expect(a.contentHtml).toContain('src="https://riverside.example/photos/lanterns.jpg"');
    expect(a.contentHtml).not.toContain('data:image/gif');
  });

  it('says when there is no article, and extracts anyway when forced', () => {
    const doc = new JSDOM('<!doctype html><title>Menu</title><body><nav><a href="/a">A</a> <a href="/b">B</a></nav>', { url: PAGE_URL }).window.document;
    expect(extract(doc)).toEqual({ kind: 'no-article' });
    expect(extract(doc, true).kind).toBe('article');
  });

  it('answers no-sanitizer when the browser has none, and reports a failure instead of throwing', () => {
    const request = extractionRequest(page('relative.html'), false, []);
    expect(extractHtml(request, () => null, realm)).toEqual({ kind: 'no-sanitizer' });
    const broken = { ...realm, DOMParser: class { parseFromString(): never { throw new Error('parser gone'); } } } as unknown as Realm;
    expect(extractHtml(request, () => purifySanitizer(extractorWindow as unknown as Window), broken)).toEqual({ kind: 'failed', message: 'parser gone' });
  });

  it('sends the page without what the engine leaves out, and leaves the page as it was', () => {
    const doc = page('relative.html');
    doc.body.insertAdjacentHTML('beforeend', '<script>window.tracker = 1</script><style>p { color: red }</style>' +
      '<!-- build 42 --><div hidden>Hidden teaser</div><p style="display: none">Hidden line</p><p style="color: blue">Shown line</p>');
    const before = doc.documentElement.outerHTML;
    const html = pageHtml(doc);
    for (const gone of ['window.tracker', '<style', 'build 42', 'Hidden teaser', 'Hidden line', 'style=']) expect(html, gone).not.toContain(gone);
    expect(html).toContain('Shown line');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('sends the page in the mode it renders in', () => {
    expect(extractionRequest(page('relative.html'), false, []).standards).toBe(true);
    const quirks = new JSDOM('<title>Old page</title><p>Text</p>', { url: PAGE_URL }).window.document;
    expect(extractionRequest(quirks, false, []).standards).toBe(false);
  });
});

describe('the content script asking the extractor', () => {
  const reply: ExtractReply = { kind: 'no-article' };
  const request = () => extractionRequest(page('relative.html'), false, ['counter']);

  it('sends the request once when the extractor answers', async () => {
    const sent: unknown[] = [];
    const got = await askExtractor(request(), async (m) => (sent.push(m), reply));
    expect(got).toEqual(reply);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ type: 'extract', url: PAGE_URL, disabledSteps: ['counter'] });
  });

  it('asks the background to open the extractor when nobody answers, then sends again (Chrome, no offscreen document yet)', async () => {
    const sent: string[] = [];
    let open = false;
    const got = await askExtractor(request(), async (m) => {
      const type = (m as { type: string }).type;
      sent.push(type);
      if (type === 'open-extractor') open = true;
      return type === 'extract' && open ? reply : undefined;
    });
    expect(got).toEqual(reply);
    expect(sent).toEqual(['extract', 'open-extractor', 'extract']);
  });

  it('gives null when the extractor never answers', async () => {
    expect(await askExtractor(request(), async () => undefined)).toBeNull();
  });

  it('words the extractor\'s errors in the user\'s language', () => {
    const t = (key: string) => `«${key}»`;
    expect(readerContent({ kind: 'no-sanitizer' }, t)).toEqual({ kind: 'error', message: '«errorNoSanitizer»' });
    expect(readerContent({ kind: 'failed', message: 'boom' }, t)).toEqual({ kind: 'error', message: 'boom' });
    expect(readerContent({ kind: 'no-article' }, t)).toEqual({ kind: 'no-article' });
  });

  it('says the page is too large instead of sending HTML the browser would refuse', async () => {
    sendMessage.mockClear();
    const doc = page('relative.html');
    const size = extractionRequest(doc, false, []).html.length;
    expect(await extractPage(doc, false, [], size - 1)).toEqual({ kind: 'error', message: 'errorPageTooLarge' });
    expect(sendMessage).not.toHaveBeenCalled();
    expect(await extractPage(doc, false, [], size)).toEqual({ kind: 'no-article' });
    expect(sendMessage).toHaveBeenCalledOnce();
  });
});
