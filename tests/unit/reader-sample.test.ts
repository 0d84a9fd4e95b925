// The sample article of the options preview and the welcome page (src/shared/reader-sample.ts) is what the reader
// shows, not a look-alike: the same stylesheet, the reader's own renderer (the same elements and classes as the
// reader builds for a real article), and preferences applied the same way.
import { describe, expect, it } from 'vitest';
import { READER_CSS } from '../../src/content/reader/styles';
import { READER_STYLESHEET } from '../../src/shared/reader-style';
import { mountReaderSample } from '../../src/shared/reader-sample';
import { makeDom, open, sampleArticle } from './reader-helpers';

const TEXT = { site: 'Le Quotidien', title: 'Titre', byline: 'Par A. B.', paragraphs: ['Un.', 'Deux.'] };
const t = (key: string, subs?: string[]) => (key === 'readerReadingTime' ? `${subs?.[0]} min` : key);

/** Elements and classes, depth first, from `el` down: the skeleton the stylesheet's selectors see. */
function skeleton(el: Element): string[] {
  const out: string[] = [];
  const walk = (node: Element, depth: number) => {
    out.push(`${'  '.repeat(depth)}${node.localName}${node.className ? `.${String(node.className).split(/\s+/).join('.')}` : ''}`);
    for (const child of node.children) walk(child, depth + 1);
  };
  walk(el, 0);
  return out;
}

describe('reader sample', () => {
  it("has the reader's own stylesheet, design tokens included", () => {
    const doc = makeDom().window.document;
    const host = doc.body.appendChild(doc.createElement('div'));
    mountReaderSample(host, TEXT, { theme: 'dark', font: 'sans', size: 21, width: 60, lineHeight: 1.8 }, t);
    const css = host.shadowRoot!.querySelector('style')!.textContent!;
    expect(css.startsWith(READER_STYLESHEET)).toBe(true);
    // The reader's sheet is the same text after its host rules.
    expect(READER_CSS.endsWith(READER_STYLESHEET)).toBe(true);
    expect(READER_STYLESHEET).toContain('--nd-bg');
  });

  it("is built from the reader's elements and classes for an article", () => {
    const { root } = open({ kind: 'article', article: sampleArticle({ contentHtml: '<p>Un.</p><p>Deux.</p>', related: [] }) });
    const readerPage = root.querySelector('.nd-page')!;
    const doc = makeDom().window.document;
    const host = doc.body.appendChild(doc.createElement('div'));
    const sample = mountReaderSample(host, TEXT, { theme: 'system', font: 'serif', size: 19, width: 68, lineHeight: 1.6 }, t);
    const samplePage = sample.root.querySelector('.nd-page')!;
    // The reader's meta line holds a <time> and a <span>; the sample's holds the reading time alone.
    const withoutTime = (lines: string[]) => lines.filter((l) => !l.trim().startsWith('time'));
    expect(withoutTime(skeleton(samplePage))).toEqual(withoutTime(skeleton(readerPage)));
    expect(sample.root.closest('.nd-root')).toBe(sample.root);
    expect(sample.root.querySelector('.nd-main > .nd-scroll > .nd-page')).toBe(samplePage);
  });

  it('applies preferences as the reader does, and again on update', () => {
    const doc = makeDom().window.document;
    const host = doc.body.appendChild(doc.createElement('div'));
    const sample = mountReaderSample(host, TEXT, { theme: 'dark', font: 'sans', size: 21, width: 60, lineHeight: 1.8 }, t);
    const { root } = open();
    const dialog = root.querySelector('.nd-root') as HTMLElement;
    expect(sample.root.getAttribute('data-theme')).toBe('dark');
    expect(sample.root.style.getPropertyValue('--nd-size')).toBe('21px');
    // Same attribute and property names as on the reader's root.
    for (const name of ['data-theme', 'data-font']) expect(dialog.hasAttribute(name)).toBe(true);
    for (const prop of ['--nd-size', '--nd-width', '--nd-lh']) expect(dialog.style.getPropertyValue(prop)).not.toBe('');
    sample.update({ theme: 'sepia', font: 'mono', size: 16, width: 50, lineHeight: 1.4 });
    expect(sample.root.getAttribute('data-theme')).toBe('sepia');
    expect(sample.root.getAttribute('data-font')).toBe('mono');
    expect(sample.root.style.getPropertyValue('--nd-width')).toBe('50ch');
    expect(sample.root.style.getPropertyValue('--nd-lh')).toBe('1.4');
  });

  it("shows the sample's words as text, through the reader's renderer (reading time included)", () => {
    const doc = makeDom().window.document;
    const host = doc.body.appendChild(doc.createElement('div'));
    const words = { ...TEXT, paragraphs: ['<b>not markup</b> & more', 'Deux.'] };
    const sample = mountReaderSample(host, words, { theme: 'light', font: 'serif', size: 19, width: 68, lineHeight: 1.6 }, t);
    const paragraphs = [...sample.root.querySelectorAll('.nd-body p')].map((p) => p.textContent);
    expect(paragraphs).toEqual(['<b>not markup</b> & more', 'Deux.']);
    expect(sample.root.querySelector('.nd-body b')).toBeNull();
    expect(sample.root.querySelector('.nd-meta')?.textContent).toBe('1 min');
    expect(sample.root.querySelector('.nd-site')?.textContent).toBe('Le Quotidien');
  });
});
