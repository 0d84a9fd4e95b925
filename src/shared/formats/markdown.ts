// --format markdown: a small converter over the engine's sanitized DOM. The sanitizer has already reduced the
// article to plain HTML (no scripts, styles, forms, SVG), so a walk over a dozen element kinds covers it:
// headings, paragraphs, lists (nested), links, images, quotes, code, basic tables. Written here rather than
// pulling in turndown: the input is our own sanitized output, and this stays a hundred-odd lines with no
// dependency. Unknown elements fall through to their children, so no text is ever dropped.
import { isBlock } from '../../declutter/block-tags';
import type { Article } from '../../declutter/types';
import type { Format } from './index';
import { metaLine } from './text';


/** Characters that would start Markdown syntax inside running text. */
const INLINE_SPECIAL = /[\\`*_[\]<>|]/gu;
/** Line starts that Markdown would read as a heading, quote, list item or rule. */
const LINE_START_SPECIAL = /^(\s*)([#>+-]|\d+[.)])(?=\s|$)/gmu;

export function escapeMarkdown(text: string): string {
  return text.replace(INLINE_SPECIAL, '\\$&').replace(LINE_START_SPECIAL, (_m, sp: string, mark: string) =>
    `${sp}${mark.replace(/^([#>+-])|([.)])$/u, '\\$1$2')}`);
}

const collapse = (s: string) => s.replace(/\s+/gu, ' ');

/** Inline content of an element: text, emphasis, links, images, code, line breaks. */
function inline(node: Node): string {
  let out = '';
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) out += escapeMarkdown(collapse((c as Text).data));
    else if (c.nodeType === 1) out += inlineElement(c as Element);
  }
  return out;
}

function wrap(mark: string, inner: string): string {
  const t = inner.trim();
  if (!t) return inner;
  // Keep the spaces outside the markers: "**bold **" is not bold in CommonMark.
  const lead = inner.match(/^\s*/u)![0];
  const trail = inner.match(/\s*$/u)![0];
  return `${lead}${mark}${t}${mark}${trail}`;
}

function inlineElement(el: Element): string {
  switch (el.tagName) {
    case 'BR': return '  \n';
    case 'STRONG': case 'B': return wrap('**', inline(el));
    case 'EM': case 'I': return wrap('*', inline(el));
    case 'DEL': case 'S': return wrap('~~', inline(el));
    case 'CODE': case 'KBD': case 'SAMP': {
      const t = collapse(el.textContent ?? '');
      const fence = t.includes('`') ? '``' : '`';
      return t.trim() ? `${fence}${fence.length > 1 ? ' ' : ''}${t}${fence.length > 1 ? ' ' : ''}${fence}` : '';
    }
    case 'A': {
      const text = inline(el).trim();
      const href = el.getAttribute('href');
      if (!href || !text) return text;
      return `[${text}](${linkTarget(href)})`;
    }
    case 'IMG': {
      const src = el.getAttribute('src');
      if (!src) return '';
      return `![${escapeMarkdown(collapse(el.getAttribute('alt') ?? '')).trim()}](${linkTarget(src)})`;
    }
    default:
      return isBlock(el) ? ` ${blocks(el).trim()} ` : inline(el);
  }
}

/** Link targets with spaces or parentheses go in <…> so the link survives. */
function linkTarget(url: string): string {
  return /[\s()<>]/u.test(url) ? `<${url.replace(/[<>]/gu, encodeURIComponent)}>` : url;
}

/** Block content: a list of Markdown blocks separated by blank lines. */
function blocks(node: Node): string {
  const out: string[] = [];
  let pending = '';
  const flushInline = () => {
    const t = pending.replace(/[ \t]+\n/gu, (m) => (m.startsWith('  ') ? '  \n' : '\n')).trim();
    if (t) out.push(t);
    pending = '';
  };
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) pending += escapeMarkdown(collapse((c as Text).data));
    else if (c.nodeType === 1) {
      const el = c as Element;
      if (!isBlock(el) && el.tagName !== 'PRE') {
        pending += inlineElement(el);
        continue;
      }
      flushInline();
      const b = block(el);
      if (b.trim()) out.push(b);
    }
  }
  flushInline();
  return out.join('\n\n');
}

function block(el: Element): string {
  const tag = el.tagName;
  if (/^H[1-6]$/u.test(tag)) return `${'#'.repeat(Number(tag[1]))} ${inline(el).trim()}`;
  switch (tag) {
    case 'P': return inline(el).trim();
    case 'HR': return '---';
    case 'PRE': {
      const code = (el.textContent ?? '').replace(/\n$/u, '');
      const fence = code.includes('```') ? '~~~' : '```';
      return `${fence}\n${code}\n${fence}`;
    }
    case 'BLOCKQUOTE': return prefixLines(blocks(el), '> ');
    case 'UL': case 'OL': return list(el);
    case 'TABLE': return table(el);
    case 'FIGCAPTION': return wrap('*', inline(el).trim());
    default: return blocks(el);
  }
}

function prefixLines(text: string, prefix: string): string {
  return text.split('\n').map((l) => (l ? prefix + l : prefix.trimEnd())).join('\n');
}

function list(el: Element): string {
  const ordered = el.tagName === 'OL';
  const start = Number(el.getAttribute('start') ?? '1') || 1;
  const items: string[] = [];
  for (const li of Array.from(el.children)) {
    if (li.tagName !== 'LI') continue;
    const marker = ordered ? `${start + items.length}. ` : '- ';
    const body = blocks(li) || '';
    const indent = ' '.repeat(marker.length);
    const lines = body.split('\n');
    items.push(marker + lines.map((l, i) => (i === 0 || !l ? l : indent + l)).join('\n'));
  }
  return items.join('\n');
}

/** A GFM table: first row as header; cells flattened to one line, pipes escaped by escapeMarkdown. */
function table(el: Element): string {
  const rows = Array.from(el.querySelectorAll('tr')).filter((tr) => tr.closest('table') === el);
  const cells = rows.map((tr) =>
    Array.from(tr.children)
      .filter((c) => c.tagName === 'TD' || c.tagName === 'TH')
      .map((c) => blocks(c).replace(/\s*\n+\s*/gu, ' ').trim()));
  const width = Math.max(0, ...cells.map((r) => r.length));
  if (!width) return '';
  const line = (r: string[]) => `| ${Array.from({ length: width }, (_, i) => r[i] ?? '').join(' | ')} |`;
  const [head, ...body] = cells;
  return [line(head!), line(Array.from({ length: width }, () => '---')), ...body.map(line)].join('\n');
}

/** Markdown of an element's children (exported for tests). */
export function toMarkdown(root: Node): string {
  return blocks(root).replace(/\n{3,}/gu, '\n\n');
}

export const markdown: Format = {
  name: 'markdown',
  ext: 'md',
  render(article, ctx) {
    const parts = [`# ${escapeMarkdown(article.title).trim()}`];
    const meta = metaLine(article);
    if (meta) parts.push(`*${escapeMarkdown(meta)}*`);
    parts.push(toMarkdown(ctx.parse(article.contentHtml)));
    if (article.related.length) {
      parts.push('## Related articles', article.related
        .map((r) => `- [${escapeMarkdown(r.title || r.url)}](${linkTarget(r.url)})`).join('\n'));
    }
    return `${parts.filter((p) => p.trim()).join('\n\n')}\n`;
  },
};
