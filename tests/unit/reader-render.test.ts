import { describe, expect, it, vi } from 'vitest';
import { HOST_ATTR, SHADOW_MODE } from '../../src/content/reader/index';
import { fakeModal, makeDom, open, sampleArticle } from './reader-helpers';

describe('reader: article view', () => {
  it('renders header, paragraphs, images, lists, quotes, tables and the related list apart', () => {
    const { doc, root, host } = open(undefined, { locale: 'fr' });
    expect(host.parentNode).toBe(doc.documentElement);
    expect(host.hasAttribute(HOST_ATTR)).toBe(true);
    expect(SHADOW_MODE).toBe('closed');
    expect(host.shadowRoot).toBeNull();
    expect(root.querySelectorAll('style')).toHaveLength(1);

    const dialog = root.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const title = root.getElementById(dialog.getAttribute('aria-labelledby')!)!;
    expect(title.textContent).toBe('Le conseil municipal adopte le budget');
    expect(root.querySelector('.nd-site')!.textContent).toBe('Le Quotidien');
    expect(root.querySelector('.nd-byline')!.textContent).toBe('Par Jeanne Martin');
    const time = root.querySelector('.nd-meta time')!;
    expect(time.textContent).toBe('14 mars 2026');
    expect(time.getAttribute('datetime')).toBe('2026-03-14T08:00:00Z');
    expect(root.querySelector('.nd-meta')!.textContent).toContain('4 min de lecture');

    const body = root.querySelector('.nd-body')!;
    expect(Array.from(body.querySelectorAll(':scope > p')).map((p) => p.textContent)).toEqual([
      'Premier paragraphe du budget.', 'Deuxième paragraphe, avec une source.',
    ]);
    const img = body.querySelector('figure img')!;
    expect(img.getAttribute('src')).toBe('https://img.example/photo.jpg');
    expect(img.getAttribute('alt')).toBe('La mairie');
    expect(body.querySelector('figcaption')!.textContent).toBe('La mairie.');
    expect(body.querySelectorAll('ul li')).toHaveLength(2);
    expect(body.querySelector('blockquote p')!.textContent).toBe('Une citation.');
    expect(body.querySelector('.nd-table-scroll > table th')!.textContent).toBe('Poste');
    expect(body.querySelector('a')!.getAttribute('rel')).toBe('noopener noreferrer');

    const related = root.querySelector('.nd-related')!;
    expect(related.querySelector('h2')!.textContent).toBe('Articles liés');
    expect(body.contains(related)).toBe(false);
    const links = Array.from(related.querySelectorAll('a'));
    expect(links.map((a) => a.querySelector('.nd-related-title')!.textContent)).toEqual(['Les impôts locaux en hausse', 'Analyse du vote']);
    expect(links.map((a) => a.querySelector('.nd-related-host')!.textContent)).toEqual(['news.example', 'autre.example']);
    expect(links[0]!.getAttribute('href')).toBe('https://www.news.example/impots');
  });

  it('adds related links that come after the article at the end of the page column, once, and only to an article', () => {
    const later = [{ title: 'Analyse du vote', url: 'https://autre.example/vote' }, { title: 'x', url: 'javascript:alert(1)' }];
    const { root, handle } = open({ kind: 'article', article: sampleArticle({ related: [] }) });
    expect(root.querySelector('.nd-related')).toBeNull();
    expect(root.querySelector('.nd-page')!.getAttribute('aria-busy')).toBe('true');
    handle.showRelated(later);
    const page = root.querySelector('.nd-page')!;
    expect(page.hasAttribute('aria-busy')).toBe(false);
    expect(page.lastElementChild!.className).toBe('nd-related');
    expect(page.querySelector('.nd-body')!.contains(page.lastElementChild)).toBe(false);
    // Checked as links from the page always are: the javascript: one is dropped.
    expect(Array.from(root.querySelectorAll('.nd-related a'), (a) => a.getAttribute('href'))).toEqual(['https://autre.example/vote']);
    handle.showRelated([{ title: 'Encore', url: 'https://autre.example/encore' }]);
    expect(root.querySelectorAll('.nd-related')).toHaveLength(1);
    expect(root.querySelectorAll('.nd-related a')).toHaveLength(1);

    handle.show({ kind: 'no-article' });
    handle.showRelated(later);
    expect(root.querySelector('.nd-related')).toBeNull();
    handle.close();
    handle.showRelated(later);
    expect(root.querySelector('.nd-related')).toBeNull();
  });

  it('is done waiting when the extractor says an article has no related links', () => {
    const { root, handle } = open({ kind: 'article', article: sampleArticle({ related: [] }) });
    handle.showRelated([]);
    expect(root.querySelector('.nd-related')).toBeNull();
    expect(root.querySelector('.nd-page')!.hasAttribute('aria-busy')).toBe(false);
    // An article that came with its list is complete from the start.
    expect(open().root.querySelector('.nd-page')!.hasAttribute('aria-busy')).toBe(false);
  });

  it('resists hostile page CSS: the host carries its own layout as inline !important declarations', () => {
    const { host, root } = open();
    for (const [name, value] of [['position', 'fixed'], ['display', 'block'], ['z-index', '2147483647']]) {
      expect(host.style.getPropertyValue(name!)).toBe(value);
      expect(host.style.getPropertyPriority(name!)).toBe('important');
    }
    // The same layout in :host, !important: otherwise `:host { all: initial !important }` (shadow context wins for
    // !important) wipes the inline position; Chromium 156 showed the reader at the end of the page.
    const css = root.querySelector('style')!.textContent!;
    const hostBlock = /:host \{([^}]*)\}/.exec(css)![1]!;
    expect(hostBlock).toContain('all: initial !important;');
    expect(hostBlock).toContain('position: fixed !important;');
    expect(hostBlock).toContain('z-index: 2147483647 !important;');
    // Accessibility media features are handled.
    expect(css).toContain('@media (forced-colors: active)');
    expect(css).toContain('@media (prefers-reduced-motion: reduce)');
    expect(css).toContain('@media (prefers-color-scheme: dark)');
    expect(css).toContain(':focus-visible');
  });

  it('shows its dialog as a modal in the top layer, out of it while printing, and back', () => {
    const dom = makeDom();
    const { showModal, close } = fakeModal(dom);
    const { root, win } = open(undefined, { dom });
    expect(Array.from(root.children).map((el) => `${el.localName}.${el.className}`)).toContain('dialog.nd-root');
    expect(showModal).toHaveBeenCalledOnce();
    win.dispatchEvent(new win.Event('beforeprint'));
    expect(close).toHaveBeenCalledOnce();
    win.dispatchEvent(new win.Event('afterprint'));
    expect(showModal).toHaveBeenCalledTimes(2);
  });

  it('applies the article language and direction: an Arabic article reads right to left', () => {
    const article = sampleArticle({
      title: 'المجلس البلدي يعتمد الميزانية', lang: 'ar', dir: 'rtl', byline: 'بقلم سارة',
      contentHtml: '<p>الفقرة الأولى من المقال.</p><p>الفقرة الثانية.</p>', removed: [],
      related: [{ title: 'تحليل التصويت', url: 'https://news.example/ar/1' }],
    });
    const { root } = open({ kind: 'article', article });
    const el = root.querySelector('article')!;
    expect(el.getAttribute('dir')).toBe('rtl');
    expect(el.getAttribute('lang')).toBe('ar');
    expect(el.querySelector('h1')!.textContent).toBe('المجلس البلدي يعتمد الميزانية');
    expect(el.querySelectorAll('.nd-body p')).toHaveLength(2);
    // The reader's own UI stays in the UI language and direction.
    const dialog = root.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('lang')).toBe('en');
    expect(dialog.getAttribute('dir')).toBe('ltr');
    expect(root.querySelector('.nd-related-title')!.getAttribute('dir')).toBe('auto');
    // UI-language runs inside the RTL header are isolated: "3 min read", not "min read 3".
    for (const run of Array.from(root.querySelectorAll('.nd-meta > *'))) {
      expect(run.getAttribute('dir')).toBe('auto');
      expect(run.getAttribute('lang')).toBe('en');
    }
  });

  it('recovers lazy images left with data-src, data-srcset or a placeholder src', () => {
    const article = sampleArticle({
      contentHtml: [
        '<img data-src="https://img.example/a.jpg" alt="a">',
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="https://img.example/b.jpg" alt="b">',
        '<img data-srcset="https://img.example/c-400.jpg 400w, https://img.example/c-800.jpg 800w" alt="c">',
        '<picture><source srcset="https://img.example/d.webp 1x" type="image/webp"><img src="https://img.example/d.jpg" alt="d"></picture>',
        '<img alt="nothing to show">',
      ].join(''),
    });
    const { root } = open({ kind: 'article', article });
    const imgs = Array.from(root.querySelectorAll('.nd-body img'));
    expect(imgs.map((i) => i.getAttribute('alt'))).toEqual(['a', 'b', 'c', 'd']);
    expect(imgs[0]!.getAttribute('src')).toBe('https://img.example/a.jpg');
    expect(imgs[1]!.getAttribute('src')).toBe('https://img.example/b.jpg');
    expect(imgs[2]!.getAttribute('srcset')).toBe('https://img.example/c-400.jpg 400w, https://img.example/c-800.jpg 800w');
    expect(root.querySelector('picture source')!.getAttribute('srcset')).toBe('https://img.example/d.webp 1x');
    // Eager: a lazy load would start outside the content script and fall under the page's CSP in Chromium.
    expect(imgs.some((i) => i.hasAttribute('loading'))).toBe(false);
  });

  it('calls a placeholder what the engine calls one (src/declutter/lazy-images.ts), and shows the real image', () => {
    const article = sampleArticle({
      contentHtml: [
        '<img src="https://img.example/grey.png" data-src="https://img.example/e.jpg" alt="e">',
        '<img src="https://img.example/f.jpg" data-src="https://img.example/other.jpg" alt="f">',
        '<img src="https://img.example/spacer.gif?w=1" data-lazy="https://img.example/g.jpg" alt="g">',
      ].join(''),
    });
    const { root } = open({ kind: 'article', article });
    const srcs = Array.from(root.querySelectorAll('.nd-body img')).map((i) => i.getAttribute('src'));
    expect(srcs).toEqual(['https://img.example/e.jpg', 'https://img.example/f.jpg', 'https://img.example/g.jpg']);
  });

  it('leaves a slot for the "This site" panel, filled on first open only', () => {
    const calls: HTMLElement[] = [];
    const { root } = open(undefined, {
      extra: { renderSitePanel: (container) => { calls.push(container); container.append(container.ownerDocument.createTextNode('site settings')); } },
    });
    const button = root.querySelector<HTMLButtonElement>('[aria-controls="nd-site"]')!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    button.click();
    button.click();
    button.click();
    expect(calls).toHaveLength(1);
    expect(root.getElementById('nd-site')!.textContent).toContain('site settings');
    expect(root.getElementById('nd-site')!.hidden).toBe(false);
  });

  it('has no "This site" button when no panel is provided', () => {
    const { root } = open();
    expect(root.querySelector('[aria-controls="nd-site"]')).toBeNull();
  });
});
