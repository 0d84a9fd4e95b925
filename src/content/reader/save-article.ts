// What the Save panel writes: the article as the reader shows it (receipts the user put back included, the rest
// still out), rendered by the CLI's own renderers (src/shared/formats/), so a saved file is what
// `news-declutter --format markdown|html` gives for that article. Pure: the DOM parser comes in.
import type { Article, Removal } from '../../declutter/types';
import { html } from '../../shared/formats/html';
import { markdown } from '../../shared/formats/markdown';
import { MARKER_ATTR } from '../../declutter/marker';

/** Parses HTML in an inert document (nothing runs, nothing loads) and returns its body. */
export type ParseBody = (html: string) => HTMLElement;

export type SaveFormat = 'markdown' | 'html';

export interface SavedFile {
  name: string;
  text: string;
  /** The file's media type, with its charset. */
  type: string;
}

/** File names are cut at this many characters (before the extension): every file system takes 255 bytes. */
export const MAX_FILE_NAME_CHARS = 80;

/**
 * Characters no file name may hold on some system (Windows' reserved ones, controls) and the invisible format
 * characters that could make "evil.exe\u202Etxt.md" read as something else.
 */
const UNSAFE_IN_NAME = /[\u0000-\u001f\u007f-\u009f<>:"/\\|?*\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/gu;
/** Device names Windows will not use as a file name, whatever the extension. */
const WINDOWS_DEVICE = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/iu;

/** A safe file name from the article's title: "Tide mill opens: what's next?" → "Tide mill opens what's next.md". */
export function fileNameFor(title: string, ext: string): string {
  const cleaned = title.normalize('NFC').replace(UNSAFE_IN_NAME, ' ').replace(/\s+/gu, ' ').trim();
  // Whole characters, so an emoji or a CJK character is never cut in half.
  let base = Array.from(cleaned).slice(0, MAX_FILE_NAME_CHARS).join('')
    // Leading dots hide a file on Unix; trailing dots and spaces are dropped by Windows.
    .replace(/^[.\s]+|[.\s]+$/gu, '');
  if (WINDOWS_DEVICE.test(base)) base = `${base}_`;
  return `${base || 'article'}.${ext}`;
}

/** The article with the restored receipts put back at their markers, in the order restored; unchanged without any. */
export function articleAsSeen(article: Article, restored: readonly Removal[], parse: ParseBody): Article {
  if (!restored.length) return article;
  const body = parse(article.contentHtml);
  const doc = body.ownerDocument;
  for (const receipt of restored) {
    const pieces = receipt.html ? Array.from(parse(receipt.html).childNodes) : [];
    // As the reader does (restore-receipt.ts): a receipt with no markup of its own is its text.
    const nodes: Node[] = pieces.some((n) => n.nodeType === 1 || (n.textContent ?? '').trim())
      ? pieces.map((n) => doc.importNode(n, true))
      : [doc.createTextNode(receipt.text)];
    const marker = body.querySelector(`span[${MARKER_ATTR}="${receipt.marker}"]`);
    if (marker) marker.after(...nodes);
    else body.append(...nodes);
  }
  return { ...article, contentHtml: body.innerHTML };
}

export function savedFile(format: SaveFormat, article: Article, parse: ParseBody): SavedFile {
  const ctx = { parse };
  if (format === 'html') {
    return { name: fileNameFor(article.title, html.ext), text: html.render(article, ctx), type: 'text/html;charset=utf-8' };
  }
  return { name: fileNameFor(article.title, markdown.ext), text: markdown.render(article, ctx), type: 'text/markdown;charset=utf-8' };
}
