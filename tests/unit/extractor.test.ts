// The extractor (src/extractor/extract.ts) reads the page from the HTML the content script sends
// (src/content/page-html.ts), in a document of the extension's own, and must give the article the engine gives on
// the page itself (the Node engine here: declutterDocument on the page's own jsdom document). Its extractor window
// has an address of its own, as the extension's background page and offscreen document do.
// The content script's side of the conversation (src/content/extraction.ts) is at the end.
import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { declutterDocument } from '../../src/declutter/declutter-document';
import { purifySanitizer } from '../../src/declutter/sanitize';
import { extractHtml, relatedHtml, type Realm } from '../../src/extractor/extract';
import { createRelatedLater } from '../../src/extractor/related-later';
import { extractionRequest, pageHtml } from '../../src/content/page-html';
import type { ExtractReply } from '../../src/shared/messages';
import { fixture } from './helpers/fixtures';

const sendMessage = vi.fn(async (_message?: unknown): Promise<unknown> => ({ kind: 'no-article' }));
vi.mock('../../src/platform', () => ({ browser: { runtime: { sendMessage } }, getMessage: (key: string) => key }));
const { askExtractor, askRelated, extractPage, readerContent } = await import('../../src/content/extraction');

const PAGE_URL = 'https://riverside.example/2026/05/slipway.html';
const extractorWindow = new JSDOM('', { url: 'http://extension.invalid/background.html' }).window;
const realm = extractorWindow as unknown as Realm;

function page(name: string): Document {
  return new JSDOM(fixture(`extractor/${name}`), { url: PAGE_URL }).window.document;
}

function extract(doc: Document, force = false): ExtractReply {
  return extractHtml(extractionRequest(doc, force, []), () => purifySanitizer(extractorWindow as unknown as Window), realm);
}

/** The whole reading, as the reader ends up with it: the article, then its related links (src/extractor/main.ts). */
function read(doc: Document) {
  const request = extractionRequest(doc, false, []);
  const first = article(extractHtml(request, () => purifySanitizer(extractorWindow as unknown as Window), realm));
  return { first, whole: { ...first, related: relatedHtml(request, first.removed, realm) } };
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
    for (const name of ['relative.html', 'noscript.html', 'related.html']) {
      // Both leave the page as it was (the test below checks what is sent), so one document serves both.
      const doc = page(name);
      doc.documentElement.removeAttribute('class');
      expect(read(doc).whole, name).toEqual(declutterDocument(doc, { url: PAGE_URL }));
    }
  });

  it('answers with the article first, its related links after, from the same HTML', () => {
    const { first, whole } = read(page('related.html'));
    expect(first.related).toEqual([]);
    expect(whole.related).toEqual([
      { title: 'Why this year\'s apple harvest came three weeks late', url: 'https://riverside.example/valley/stories/apple-harvest-late.html' },
      { title: 'Hedgerow grants open to smallholders', url: 'https://riverside.example/valley/stories/hedgerow-grants.html' },
      { title: 'The valley\'s first bee census counts forty hives', url: 'https://riverside.example/valley/stories/bee-census.html' },
      // A link-only teaser paragraph in the article: its link comes from its receipt, as in the Node engine.
      { title: 'CIDER FAIR RETURNS TO THE VILLAGE GREEN IN MAY', url: 'https://riverside.example/valley/stories/cider-fair.html' },
    ]);
    expect(first.removed.map((r) => r.step)).toContain('link-paragraph');
    expect(whole.contentHtml).not.toContain('cider-fair');
    expect(whole.contentHtml).toContain('press every Saturday');
    expect(whole.contentHtml).not.toContain('apple-harvest-late');
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
    expect((await extractPage(doc, false, [], size - 1)).content).toEqual({ kind: 'error', message: 'errorPageTooLarge' });
    expect(sendMessage).not.toHaveBeenCalled();
    const reading = await extractPage(doc, false, [], size);
    expect(reading.content).toEqual({ kind: 'no-article' });
    expect(sendMessage).toHaveBeenCalledOnce();
    // No article, no related links to ask for.
    expect(await reading.related()).toEqual([]);
    expect(sendMessage).toHaveBeenCalledOnce();
  });

  it('asks for an article\'s related links by the id of its reading, once the article is here', async () => {
    sendMessage.mockClear();
    const links = [{ title: 'Hedgerow grants open to smallholders', url: 'https://riverside.example/valley/stories/hedgerow-grants.html' }];
    sendMessage.mockImplementation(async (m: unknown) => {
      const type = (m as { type: string }).type;
      return type === 'extract' ? { kind: 'article', article: { related: [] } } : { kind: 'related', related: links };
    });
    const reading = await extractPage(page('related.html'), false, []);
    expect(sendMessage).toHaveBeenCalledOnce();
    expect(await reading.related()).toEqual(links);
    const [[asked], [again]] = sendMessage.mock.calls as unknown as [[{ id: string }], [unknown]];
    expect(again).toEqual({ type: 'related', id: asked.id });
    expect(asked.id).toMatch(/^[0-9a-z]+-[0-9a-z]+$/);
    sendMessage.mockImplementation(async () => ({ kind: 'no-article' }));
  });

  it('gives no related links, without an error, when the extractor cannot say', async () => {
    expect(await askRelated('a-1', async () => ({ kind: 'related', related: 'nope' }))).toEqual([]);
    expect(await askRelated('a-1', async () => undefined)).toEqual([]);
    vi.spyOn(console, 'warn').mockImplementationOnce(() => undefined);
    expect(await askRelated('a-1', async () => { throw new Error('Could not establish connection'); })).toEqual([]);
  });
});

describe('the extractor keeping related links for the content script', () => {
  const link = (n: number) => [{ title: `Story ${n}`, url: `https://riverside.example/${n}.html` }];

  it('collects them only when asked, gives them once, and none for a reading it does not know', async () => {
    const later = createRelatedLater();
    let collected = false;
    later.keep('a', () => ((collected = true), link(1)));
    expect(collected).toBe(false);
    expect(await later.take('a')).toEqual(link(1));
    expect(collected).toBe(true);
    expect(await later.take('a')).toEqual([]);
    expect(await later.take('never-read')).toEqual([]);
  });

  it('keeps only the last readings, so a tab that never asks leaves nothing behind', async () => {
    const later = createRelatedLater(2);
    for (const n of [1, 2, 3]) later.keep(`r${n}`, () => link(n));
    expect(await later.take('r1')).toEqual([]);
    expect(await later.take('r2')).toEqual(link(2));
    expect(await later.take('r3')).toEqual(link(3));
  });
});
