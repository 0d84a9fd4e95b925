// The article's body text (DESIGN.md): headings, paragraphs, list items, table cells and quotes, one block
// per line. Figure captions and photo credits stay in contentHtml but not here: they are not the story.
import { BLOCK_TAGS } from './block-tags';

/** Where a line ends: every block, and a line break. */
const BREAKS = new Set([...BLOCK_TAGS, 'BR']);
/** Never part of the body text. */
const SKIP = new Set(['FIGURE', 'FIGCAPTION', 'CAPTION', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'PICTURE']);

export function bodyText(root: Element): string {
  return blockLines(root, SKIP).join('\n');
}

/** What a receipt says it removed: every text, blocks separated by a space ("Related Title one Title two"). */
export function receiptText(node: Node): string {
  return blockLines(node, NEVER_TEXT).join(' ');
}

const NEVER_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

function blockLines(root: Node, skip: ReadonlySet<string>): string[] {
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    const t = line.replace(/\s+/gu, ' ').trim();
    if (t) lines.push(t);
    line = '';
  };
  const walk = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) line += (c as Text).data;
      else if (c.nodeType === 1) {
        const tag = (c as Element).tagName.toUpperCase();
        if (skip.has(tag)) continue;
        const br = BREAKS.has(tag);
        if (br) flush();
        walk(c);
        if (br) flush();
        else if (tag === 'IMG') line += ' ';
      }
    }
  };
  walk(root);
  flush();
  return lines;
}

/** Average silent reading speed used for "N min read". */
const WORDS_PER_MINUTE = 230;
/** Scripts written without spaces are counted in characters: about 500 a minute for Chinese and Japanese. */
const CJK_CHARS_PER_MINUTE = 500;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

export function readingMinutes(text: string): number {
  const cjk = (text.match(CJK) ?? []).length;
  const words = text.replace(CJK, ' ').split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE + cjk / CJK_CHARS_PER_MINUTE));
}
