// Every picture the README and docs/ show exists in docs/ (`npm run screenshots` writes them), and the pictures the
// store listing names are the ones the screenshot script takes: a renamed or forgotten picture fails here, not on
// GitHub or in a store review.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROWSERS, SHOTS, shotFile, storeListing } from '../../scripts/screenshots-listing';

const ROOT = join(import.meta.dirname, '..', '..');
const DOCS = join(ROOT, 'docs');
/** Markdown images and HTML <img> sources, local ones only. */
const IMAGE_REFS = /!\[[^\]]*\]\(([^)\s]+)[^)]*\)|<img[^>]*\ssrc="([^"]+)"/g;

function markdownFiles(): string[] {
  const inDocs = readdirSync(DOCS, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).map((f) => join(DOCS, f));
  return [join(ROOT, 'README.md'), ...inDocs];
}

function localImages(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMAGE_REFS)].map((m) => m[1] ?? m[2] ?? '').filter((src) => src && !/^[a-z]+:/i.test(src));
}

describe('docs images', () => {
  it('the README shows the reader and the page it came from', () => {
    const refs = localImages(join(ROOT, 'README.md'));
    expect(refs.some((r) => r.endsWith('-reader.png'))).toBe(true);
    expect(refs.some((r) => r.endsWith('-page.png'))).toBe(true);
  });

  it.each(markdownFiles().map((file) => ({ file, name: file.slice(ROOT.length + 1) })))('$name: every image it shows exists', ({ file }) => {
    for (const src of localImages(file)) expect(existsSync(resolve(dirname(file), src)), `${src} in ${file}`).toBe(true);
  });

  it('docs/ holds every picture the screenshot script takes, and the listing names them all', () => {
    const listing = storeListing({ name: 'N', description: 'D' }, { width: 1280, height: 800 });
    for (const browser of BROWSERS) {
      for (const name of Object.keys(SHOTS) as (keyof typeof SHOTS)[]) {
        expect(existsSync(join(DOCS, shotFile(browser, name))), shotFile(browser, name)).toBe(true);
        expect(listing).toContain(`(${shotFile(browser, name)})`);
      }
    }
  });
});
