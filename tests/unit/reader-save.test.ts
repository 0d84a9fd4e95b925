// The reader's Save panel: the files it writes are the CLI's renderers' output for the article as shown (restored
// receipts in, the others out), named after the title, safely; the panel is built from the separate chunk on first
// opening, with named, keyboard-usable buttons.
import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import type { SavePanelModule } from '../../src/content/reader/api';
import { articleAsSeen, fileNameFor, MAX_FILE_NAME_CHARS, savedFile } from '../../src/content/reader/save-article';
import { renderSavePanel } from '../../src/content/reader/save-panel';
import { html } from '../../src/shared/formats/html';
import { markdown } from '../../src/shared/formats/markdown';
import { buttonByText, open, sampleArticle } from './reader-helpers';

const dom = new JSDOM('<!doctype html><html><body></body></html>');
const parse = (markup: string) => new dom.window.DOMParser().parseFromString(markup, 'text/html').body;
const cliContext = { parse: (markup: string) => JSDOM.fragment(markup) };

describe('save: the file', () => {
  it('with nothing restored, is byte for byte what the CLI renderers give for the article', () => {
    const article = sampleArticle();
    expect(savedFile('markdown', articleAsSeen(article, [], parse), parse).text).toBe(markdown.render(article, cliContext));
    expect(savedFile('html', articleAsSeen(article, [], parse), parse).text).toBe(html.render(article, cliContext));
  });

  it('holds the restored receipts at their places, and not the others', () => {
    const article = sampleArticle();
    const [ad, counter, newsletter] = article.removed;
    const seen = articleAsSeen(article, [counter!, ad!], parse);
    const md = savedFile('markdown', seen, parse).text;
    expect(md).toContain('Premier paragraphe du budget.4');
    expect(md).toMatch(/Premier paragraphe du budget\.4\n\nPublicité\n\nDeuxième paragraphe/u);
    expect(md).not.toContain('Abonnez-vous');
    const withOrphan = savedFile('html', articleAsSeen(article, [newsletter!], parse), parse).text;
    // A receipt without a marker goes at the end of the article, as in the reader.
    expect(withOrphan).toMatch(/<aside><p>Abonnez-vous<\/p><\/aside>\n<\/article>/u);
  });

  it('is named after the title, with nothing a file system or a spoofed extension could trip on', () => {
    expect(fileNameFor('Tide mill opens: what’s next?', 'md')).toBe('Tide mill opens what’s next.md');
    expect(fileNameFor('a/b\\c<d>e|f*g"h', 'html')).toBe('a b c d e f g h.html');
    expect(fileNameFor('invoice\u202Egpj.exe', 'md')).toBe('invoice gpj.exe.md');
    expect(fileNameFor('...hidden', 'md')).toBe('hidden.md');
    expect(fileNameFor('CON', 'md')).toBe('CON_.md');
    expect(fileNameFor('   ', 'md')).toBe('article.md');
    expect(fileNameFor('\u0000\u0007', 'md')).toBe('article.md');
    const long = fileNameFor('😀'.repeat(200), 'md');
    expect(Array.from(long.replace(/\.md$/u, ''))).toHaveLength(MAX_FILE_NAME_CHARS);
    expect(long).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/u);
  });

  it('the HTML file carries the strict CSP and a charset', () => {
    const file = savedFile('html', sampleArticle(), parse);
    expect(file.type).toBe('text/html;charset=utf-8');
    expect(file.text).toContain(`content="default-src 'none'; img-src https: data:;`);
    expect(savedFile('markdown', sampleArticle(), parse).type).toBe('text/markdown;charset=utf-8');
  });
});

describe('save: the panel in the reader', () => {
  function openWithSave() {
    let saveModule: (m: SavePanelModule) => void = () => {};
    const loadSave = vi.fn(() => new Promise<SavePanelModule>((resolve) => { saveModule = resolve; }));
    const opened = open(undefined, { extra: { loadSave } });
    return { ...opened, loadSave, deliver: () => saveModule({ renderSavePanel }) };
  }

  it('loads its code only when first opened, then offers three named buttons and takes focus', async () => {
    const { root, loadSave, deliver } = openWithSave();
    const button = root.querySelector<HTMLButtonElement>('[aria-controls="nd-save"]')!;
    expect(button.getAttribute('aria-label')).toBe('Save');
    expect(loadSave).not.toHaveBeenCalled();
    button.focus();
    button.click();
    expect(loadSave).toHaveBeenCalledTimes(1);
    const panel = root.getElementById('nd-save')!;
    expect(panel.hidden).toBe(false);
    expect(panel.getAttribute('aria-labelledby')).toBe('nd-save-title');
    deliver();
    await vi.waitFor(() => expect(panel.querySelectorAll('button')).toHaveLength(3));
    expect([...panel.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Save as Markdown', 'Save as HTML', 'Copy as Markdown']);
    expect(root.activeElement?.textContent).toBe('Save as Markdown');
    // Closed and opened again: no second load.
    button.click();
    button.click();
    expect(loadSave).toHaveBeenCalledTimes(1);
  });

  it('downloads the article as shown, restored items included, through a blob link in the reader', async () => {
    const { root, win, deliver } = openWithSave();
    const blobs: Blob[] = [];
    const clicked: { download: string; href: string; inShadow: boolean }[] = [];
    win.URL.createObjectURL = (b: Blob) => { blobs.push(b); return 'blob:test/1'; };
    win.URL.revokeObjectURL = () => {};
    // jsdom's Blob and URL are the test realm's: the panel runs with the page's globals.
    vi.stubGlobal('URL', win.URL);
    vi.stubGlobal('Blob', win.Blob);
    vi.stubGlobal('DOMParser', win.DOMParser);
    win.HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.href, inShadow: this.getRootNode() === root });
    };
    try {
      // Restore the ad label first.
      root.querySelector<HTMLButtonElement>('[aria-controls="nd-removed"]')!.click();
      root.querySelector<HTMLButtonElement>('.nd-receipt[data-kind="ad-label"] button')!.click();
      root.querySelector<HTMLButtonElement>('[aria-controls="nd-save"]')!.click();
      deliver();
      await vi.waitFor(() => expect(root.querySelector('[data-save="markdown"]')).not.toBeNull());
      buttonByText(root, 'Save as Markdown').click();
      expect(clicked).toEqual([{ download: 'Le conseil municipal adopte le budget.md', href: 'blob:test/1', inShadow: true }]);
      const text = await blobs[0]!.text();
      expect(text).toMatch(/Premier paragraphe du budget\.\n\nPublicité\n\nDeuxième/u);
      expect(text).not.toContain('Abonnez-vous');
      expect(root.querySelector('a[download]')).toBeNull();
      expect(root.querySelector('.nd-save-status')?.textContent).toBe('Saved as Le conseil municipal adopte le budget.md');
      expect(root.querySelector('[role="status"]')?.textContent).toBe('Saved as Le conseil municipal adopte le budget.md');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('copies the Markdown, and says so; falls back to a selection copy without the async clipboard', async () => {
    const { root, win, doc, deliver } = openWithSave();
    vi.stubGlobal('DOMParser', win.DOMParser);
    const copied: string[] = [];
    Object.defineProperty(win.navigator, 'clipboard', { configurable: true, value: undefined });
    doc.execCommand = ((cmd: string) => {
      const area = root.querySelector('textarea');
      if (cmd === 'copy' && area) copied.push(area.value);
      return true;
    }) as Document['execCommand'];
    try {
      root.querySelector<HTMLButtonElement>('[aria-controls="nd-save"]')!.click();
      deliver();
      await vi.waitFor(() => expect(root.querySelector('[data-save="copy-markdown"]')).not.toBeNull());
      buttonByText(root, 'Copy as Markdown').click();
      await vi.waitFor(() => expect(root.querySelector('.nd-save-status')?.textContent).toBe('Copied to the clipboard'));
      expect(copied[0]).toMatch(/^# Le conseil municipal adopte le budget\n/u);
      expect(root.querySelector('textarea')).toBeNull();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('says so when its code cannot be loaded', async () => {
    const { root } = open(undefined, { extra: { loadSave: () => Promise.reject(new Error('no access')) } });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    root.querySelector<HTMLButtonElement>('[aria-controls="nd-save"]')!.click();
    await vi.waitFor(() => expect(root.getElementById('nd-save')?.textContent).toContain('Saving is not available on this page'));
    warn.mockRestore();
  });

  it('has no Save button when the glue gives no loader', () => {
    const { root } = open();
    expect(root.querySelector('[aria-controls="nd-save"]')).toBeNull();
  });
});
