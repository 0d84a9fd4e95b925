// Plain Readability's article "rendered one block per line (paragraphs, headings, list items, cells, quotes)
// with figures and captions left out", as ../shared/corpus/README.md scores it (F1 0.959 on aeb-dev): only the
// text inside those blocks, the outermost of nested ones. Text that sits directly in a <div> or between <br>s
// is not in any such block and is dropped: that is why our bodyText() (which keeps it) scores a higher recall
// on the same article.
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, td, th, blockquote, pre, dd, dt';

export function blocksOnlyText(root: Element): string {
  const lines: string[] = [];
  for (const el of Array.from(root.querySelectorAll(BLOCKS))) {
    if (el.parentElement?.closest(BLOCKS) || el.closest('figure, figcaption')) continue;
    let text = '';
    const walk = (n: Node) => {
      for (let c = n.firstChild; c; c = c.nextSibling) {
        if (c.nodeType === 3) text += (c as Text).data;
        else if (c.nodeType === 1 && !(c as Element).matches('figure, figcaption')) walk(c);
      }
    };
    walk(el);
    const line = text.replace(/\s+/gu, ' ').trim();
    if (line) lines.push(line);
  }
  return lines.join('\n');
}
