// What Listen reads, in order: the title, then the body's text blocks. The body holds only what the reader shows
// (removed items are markers until restored), and the Related list is outside it, so neither is ever read.

/** Elements whose own text is one block to read. Figure captions and photo credits are left out, as in Article.text. */
const BLOCK_SELECTOR = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, dt, dd, th, td';

/** Each block's own text nodes: those whose nearest block ancestor is it (a nested list item is its own block). */
function ownTextNodes(block: Element, isBlock: (el: Element) => boolean): Text[] {
  const out: Text[] = [];
  const walker = block.ownerDocument.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let el = node.parentElement;
    while (el && el !== block && !isBlock(el)) el = el.parentElement;
    if (el === block && !node.parentElement?.closest('figcaption')) out.push(node as Text);
  }
  return out;
}

export interface Block {
  element: Element;
  /** The block's text now (restoring an item inside it changes it: read it again before each sentence). */
  text(): string;
  /** The text nodes holding [start, end) of text(), with the offsets inside each. */
  locate(start: number, end: number): { node: Text; start: number; end: number }[];
}

function block(element: Element, isBlock: (el: Element) => boolean): Block {
  const nodes = () => ownTextNodes(element, isBlock);
  return {
    element,
    text: () => nodes().map((n) => n.data).join(''),
    locate(start, end) {
      const out: { node: Text; start: number; end: number }[] = [];
      let at = 0;
      for (const node of nodes()) {
        const from = Math.max(start, at);
        const to = Math.min(end, at + node.data.length);
        if (from < to) out.push({ node, start: from - at, end: to - at });
        at += node.data.length;
      }
      return out;
    },
  };
}

/** The title, then every body block with something to say, in document order. */
export function collectBlocks(title: HTMLElement, body: HTMLElement): Block[] {
  const isBlock = (el: Element) => el.matches(BLOCK_SELECTOR);
  const all = [title, ...Array.from(body.querySelectorAll(BLOCK_SELECTOR))].map((el) => block(el, isBlock));
  return all.filter((b) => b.text().trim() !== '');
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** A block's sentences, by the browser's own rules for the language; the whole block where it has none. */
export function sentences(text: string, lang: string): Sentence[] {
  const out: Sentence[] = [];
  const push = (start: number, end: number) => {
    const piece = text.slice(start, end);
    const lead = piece.length - piece.trimStart().length;
    const trimmed = piece.trim();
    if (trimmed) out.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
  };
  let segmenter: Intl.Segmenter | null = null;
  try {
    segmenter = new Intl.Segmenter(lang || undefined, { granularity: 'sentence' });
  } catch {
    // An odd lang attribute ("x-klingon"): the block is read as one piece.
  }
  if (!segmenter) push(0, text.length);
  else for (const s of segmenter.segment(text)) push(s.index, s.index + s.segment.length);
  return out;
}
