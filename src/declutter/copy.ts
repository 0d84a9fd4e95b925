// The engine's own copy of the page (the page the user reads is never changed), made without what no reader
// shows: scripts (JSON-LD metadata excepted: Readability reads it), styles, stylesheet links, templates,
// comments, the insides of inline SVG icons (the <svg> itself stays, empty: steps treat it as media), and
// elements the page hides (the `hidden` attribute, an inline display:none or visibility:hidden).
// Also left out: what Readability removes from any article it picks, but scores before picking: form fields
// (<select>, <textarea>) and <footer>s (their JSON-LD stays). Scored, a search form's price list ("£1,000", one
// point a comma) outscored the story beside it (tests/fixtures/copy/search-form--*.html), and a print footer was the
// one part of a page left to pick (readability-pages/medicalnewstoday, once article.ts accepts short stories).
//
// Why prune while copying: Readability skips hidden elements and drops scripts and styles itself, so the
// article comes out the same (the same article text on every corpus page we measured), but every node left
// out is one Readability, the related-link collection and the steps never walk. `style` attributes are not
// copied either: nothing after this point reads them (hidden elements are already gone, Readability and the
// sanitizer strip styles), and under jsdom every copied style attribute is a CSS parse.
//
// Two ways, chosen by the caller (EngineTools.copy):
// - "build" creates the copy node by node into a new document, top-down: the Node API's. Under jsdom it is about
//   as fast as cloneNode (which re-parses every style attribute and re-walks each subtree it inserts) and skips
//   the pruned nodes entirely (npm run bench).
// - "already-copied" reads the given document itself, no copy, as already pruned: the extension's extractor parses
//   HTML that its content script cloned and pruned (pruneDocument, src/content/page-html.ts) and prunes what it puts back
//   itself, the insides of <noscript> (pruneTree, src/extractor/extract.ts), so pruning the whole document again
//   would find nothing. The page stays untouched there because it is not it.
// tests/unit/copy.test.ts holds "build" equal to the content script's clone-then-prune.
// Each also lists the copy's images and quotes, for lazy-images.ts and embedded-posts.ts.

export interface ReadingCopy {
  doc: Document;
  /** Every <img> and <source> of the copy, in page order. */
  images: Element[];
  /** Every <blockquote> of the copy, in page order. */
  quotes: Element[];
}

export type CopyMethod = 'build' | 'already-copied';

/** Inline styles that hide an element: what Readability's own visibility check reads from `style`. */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!\s*important\s*)?(?:;|$)/iu;
/** Left out with everything inside them. */
const DROP = new Set(['style', 'link', 'template', 'select', 'textarea', 'footer']);

function isJsonLd(el: Element): boolean {
  return el.localName === 'script' && (el.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json';
}

/** What stays of a left-out element: the JSON-LD of a footer (Readability reads the page's metadata from it). */
function keptOf(el: Element): Element[] {
  return el.localName === 'footer' ? Array.from(el.getElementsByTagName('script')).filter(isJsonLd) : [];
}

function isLeftOut(el: Element): boolean {
  const tag = el.localName;
  if (DROP.has(tag)) return true;
  if (tag === 'script') return !isJsonLd(el);
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

export function readingCopy(doc: Document, method: CopyMethod): ReadingCopy {
  return method === 'build' ? build(doc) : listed(doc);
}

/** One element being copied: where it is on the page, its copy (null when unwrapped), where the copy goes. */
interface Frame {
  from: Element;
  made: Element | null;
  into: Node;
}

function build(doc: Document): ReadingCopy {
  const out = emptyLike(doc);
  const fallbackBase = out.querySelector('base');
  // The new <html> is built detached and joins the document once, at the end: jsdom climbs to the root on every
  // insertion and walks what it inserts when that is connected. Each copy joins its parent once its own children
  // are in, so every insertion is into a parentless element: the copy costs about 0.75x jsdom's cloneNode.
  const html = out.createElement('html');
  copyAttributes(doc.documentElement, html);
  const copy: ReadingCopy = { doc: out, images: [], quotes: [] };
  // A loop with its own stack, not recursion: a page can nest deeper than the call stack goes.
  const stack: Frame[] = [];
  let into: Node = html;
  let c: Node | null = doc.documentElement.firstChild;
  for (;;) {
    if (!c) {
      const done = stack.pop();
      if (!done) break;
      if (done.made) done.into.appendChild(done.made);
      into = done.into;
      c = done.from.nextSibling;
      continue;
    }
    if (c.nodeType === 3) into.appendChild(out.createTextNode((c as Text).data));
    else if (c.nodeType === 1 && isLeftOut(c as Element)) {
      for (const kept of keptOf(c as Element)) into.appendChild(out.importNode(kept, true));
    } else if (c.nodeType === 1) {
      const el = c as Element;
      const made = madeFrom(out, el);
      if (made) note(copy, made);
      if (made && el.localName === 'svg') into.appendChild(made);
      else if (el.firstChild) {
        stack.push({ from: el, made, into });
        if (made) into = made;
        c = el.firstChild;
        continue;
      } else if (made) into.appendChild(made);
    }
    c = c.nextSibling;
  }
  if (fallbackBase) html.querySelector('head')?.prepend(fallbackBase);
  out.replaceChild(html, out.documentElement);
  return copy;
}

/** The copy of one element, without children or style; null for a tag name the parser accepts but createElement
 * refuses ("<a\"b>"): its children are kept in its place. */
function madeFrom(out: Document, el: Element): Element | null {
  if (!el.hasAttribute('style')) return out.importNode(el, false);
  const made = create(out, el);
  if (made) copyAttributes(el, made);
  return made;
}

const HTML_NS = 'http://www.w3.org/1999/xhtml';

function create(out: Document, el: Element): Element | null {
  try {
    // HTML elements by local name alone: "o:p" from a word processor stays one element named "o:p".
    if (el.namespaceURI === HTML_NS) return out.createElement(el.localName);
    return out.createElementNS(el.namespaceURI, el.prefix ? `${el.prefix}:${el.localName}` : el.localName);
  } catch {
    return null;
  }
}

/**
 * An empty document with the page's address, so that relative links and images resolve as on the page (its
 * own <base>, if any, is copied like any element): a DOMParser's documents take their window's address. Without
 * a window, a blank document and a <base> with the page's address.
 */
function emptyLike(doc: Document): Document {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (win?.DOMParser) return new win.DOMParser().parseFromString('<!doctype html><html></html>', 'text/html');
  const out = doc.implementation.createHTMLDocument('');
  if (!doc.querySelector('base[href]')) {
    const base = out.createElement('base');
    base.setAttribute('href', doc.baseURI);
    out.head.append(base);
  }
  return out;
}

function copyAttributes(from: Element, to: Element): void {
  for (const name of from.getAttributeNames()) {
    if (name === 'style') continue;
    try {
      to.setAttribute(name, from.getAttribute(name)!);
    } catch {
      // Frameworks' attribute names ("@click") are valid to the parser, not to setAttribute: nothing we read.
    }
  }
}

/** What prune asks the browser for: every element isLeftOut may leave out or must strip. */
const PRUNE_SELECTOR = 'script, style, link, template, select, textarea, footer, [hidden], [style]';
const SHOW_COMMENT = 0x80; // NodeFilter.SHOW_COMMENT, without needing the NodeFilter global

/**
 * Leaves out of `doc` itself what every copy leaves out. Exported for the extension's content script, which prunes
 * its clone of the page before sending it to the extractor (src/content/page-html.ts): what is never read is never
 * serialized, sent or parsed again (scripts alone were half or more of many pages' HTML).
 */
export function pruneDocument(doc: Document): void {
  if (doc.documentElement) pruneTree(doc.documentElement);
}

/** The same, inside root only (root itself stays): for what the extractor adds to a pruned document. */
export function pruneTree(root: Element): void {
  // The browser's own selector engine and tree walker find what goes: in a content script every DOM call of a
  // script walk costs far more than native matching (and crosses an Xray wrapper in Firefox).
  for (const el of Array.from(root.querySelectorAll(PRUNE_SELECTOR))) {
    // Those inside a footer left out already are detached here: left out with it, or kept by it (its JSON-LD).
    if (isLeftOut(el)) el.replaceWith(...keptOf(el));
    else el.removeAttribute('style');
  }
  for (const svg of Array.from(root.getElementsByTagName('svg'))) svg.replaceChildren();
  const comments: Node[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_COMMENT);
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const c of comments) c.parentNode?.removeChild(c);
}

/** A pruned document as the engine's copy: its images and quotes listed. */
function listed(out: Document): ReadingCopy {
  const root = out.documentElement;
  if (!root) return { doc: out, images: [], quotes: [] };
  return {
    doc: out,
    images: Array.from(root.querySelectorAll('img, source')),
    quotes: Array.from(root.getElementsByTagName('blockquote')),
  };
}

function note(copy: ReadingCopy, el: Element): void {
  const tag = el.localName;
  if (tag === 'img' || tag === 'source') copy.images.push(el);
  else if (tag === 'blockquote') copy.quotes.push(el);
}
