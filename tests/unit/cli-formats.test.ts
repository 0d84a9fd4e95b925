// Each --format: html is a standalone page with a strict CSP, text is readable, markdown converts the article's
// blocks (and escapes what would turn page text into Markdown syntax).
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { CSP, STYLE, STYLE_HASH } from '../../src/shared/formats/html';
import { escapeMarkdown, toMarkdown } from '../../src/shared/formats/markdown';
import { FIXTURES, PAGE_URL, runCli } from './cli-helpers';

const article = join(FIXTURES, 'article.html');
const md = (html: string) => toMarkdown(JSDOM.fragment(html));

describe('cli --format html', () => {
  it('is a complete page: title, byline, content, related, strict CSP', async () => {
    const r = await runCli([article, '--url', PAGE_URL, '--format', 'html']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<!DOCTYPE html>\n<html lang="en" dir="ltr">/u);
    const doc = new JSDOM(r.stdout).window.document;
    expect(doc.title).toBe('Harbour town opens its first tide-powered mill in a century');
    expect(doc.querySelector('h1')?.textContent).toBe(doc.title);
    expect(doc.querySelector('.meta')?.textContent).toContain('Ada Lindqvist');
    expect(doc.querySelector('article table')).not.toBeNull();
    const related = doc.querySelector('nav[aria-labelledby="related"] a');
    expect(related?.getAttribute('href')).toBe('https://news.example.org/2026/02/harbour-wall');
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(CSP);
    expect(doc.querySelectorAll('script, iframe, form')).toHaveLength(0);
  });

  it('the CSP allows no script and only our own style', () => {
    expect(CSP).toContain("default-src 'none'");
    expect(CSP).not.toMatch(/script-src|unsafe-inline|unsafe-eval/u);
    expect(CSP).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/u);
  });

  it('the style hash in the CSP is the hash of the style the page carries', () => {
    // A constant, so the renderer runs in the reader too (no node:crypto there): this keeps it true.
    expect(STYLE_HASH).toBe(createHash('sha256').update(STYLE).digest('base64'));
    expect(CSP).toContain(`style-src 'sha256-${STYLE_HASH}'`);
  });

  it('lets the saved page load images over https and data: only, never http:', () => {
    // http: would let a page opened from disk send requests in the clear, to the viewer's own network included.
    const imgSrc = CSP.split(';').map((d) => d.trim()).find((d) => d.startsWith('img-src'));
    expect(imgSrc?.split(/\s+/u).slice(1).sort()).toEqual(['data:', 'https:']);
  });
});

describe('cli --format text', () => {
  it('gives title, a meta line, the body text and the related links', async () => {
    const r = await runCli([article, '--url', PAGE_URL, '--format', 'text']);
    expect(r.code).toBe(0);
    const [title, blank, meta] = r.stdout.split('\n');
    expect(title).toBe('Harbour town opens its first tide-powered mill in a century');
    expect(blank).toBe('');
    expect(meta).toBe('Ada Lindqvist · news.example.org · 2026-03-14 · 1 min read');
    expect(r.stdout).toContain('\nHow the mill works\n');
    expect(r.stdout).toMatch(/Related articles:\n- The harbour wall that held through the winter storms <https:\/\/news\.example\.org\/2026\/02\/harbour-wall>\n$/u);
  });
});

describe('cli --format markdown', () => {
  it('converts the article', async () => {
    const r = await runCli([article, '--url', PAGE_URL, '--format', 'markdown']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Harbour town opens its first tide-powered mill in a century\n\n\*Ada Lindqvist/u);
    expect(r.stdout).toContain('\n## How the mill works\n');
    expect(r.stdout).toContain('\n- Wheel diameter: 4.2 metres\n- Flour per tide: about 120 kilograms\n');
    expect(r.stdout).toContain('\n> The sea keeps better time than any of us.\n');
    expect(r.stdout).toContain('| Year | Visitors |\n| --- | --- |\n| 2024 | 1,200 |');
    expect(r.stdout).toContain('`TIDE-26`');
    expect(r.stdout).toContain('![The restored mill wheel](https://news.example.org/images/mill-wheel.jpg)');
    expect(r.stdout).toMatch(/## Related articles\n\n- \[The harbour wall that held through the winter storms\]\(https:\/\/news\.example\.org\/2026\/02\/harbour-wall\)\n$/u);
  });

  it('handles inline markup, nested and ordered lists, code blocks and line breaks', () => {
    expect(md('<p>A <strong>bold</strong> and <em>quiet </em>word, <a href="https://e.org/x">a link</a>.</p>'))
      .toBe('A **bold** and *quiet* word, [a link](https://e.org/x).');
    expect(md('<ol start="3"><li>three</li><li>four<ul><li>inner</li></ul></li></ol>'))
      .toBe('3. three\n4. four\n\n   - inner');
    expect(md('<pre><code>let a = 1;\n  a *= 2;</code></pre>')).toBe('```\nlet a = 1;\n  a *= 2;\n```');
    expect(md('<p>line one<br>line two</p>')).toBe('line one  \nline two');
    expect(md('<h3>Sub</h3><hr><blockquote><p>one</p><p>two</p></blockquote>')).toBe('### Sub\n\n---\n\n> one\n>\n> two');
    expect(md('<a href="https://e.org/a b">spaced</a>')).toBe('[spaced](<https://e.org/a b>)');
  });

  it('escapes page text that would read as Markdown', () => {
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
    expect(escapeMarkdown('a *star* and [brackets] and <tag>')).toBe('a \\*star\\* and \\[brackets\\] and \\<tag\\>');
    expect(md('<p>- dash at the start</p>')).toBe('\\- dash at the start');
  });

  it('never drops the text of elements it does not know', () => {
    expect(md('<p>a <abbr>b</abbr> <mark>c</mark> <sup>2</sup></p>')).toBe('a b c 2');
  });
});

describe('cli without --url', () => {
  it('leaves relative links and images as the page wrote them, pointing at no made-up host', async () => {
    for (const format of ['markdown', 'html', 'json'] as const) {
      const r = await runCli([article, '--format', format]);
      expect(r.code).toBe(0);
      expect(r.stdout).not.toContain('localhost');
      if (format === 'markdown') expect(r.stdout).toContain('![The restored mill wheel](/images/mill-wheel.jpg)');
      if (format === 'html') expect(r.stdout).toContain('<img src="/images/mill-wheel.jpg" alt="The restored mill wheel">');
    }
  });

  it('still resolves them against --url when given', async () => {
    const r = await runCli([article, '--url', PAGE_URL, '--format', 'markdown']);
    expect(r.stdout).toContain('](https://news.example.org/images/mill-wheel.jpg)');
  });
});
