// Small DOM helpers shared by the steps. Pure: they read, never write. During a pipeline run their answers
// are kept (run-memo.ts).
import { collapseSpaces } from './normalize';
import { runTable } from './run-memo';

/** A selector that is only tag names, optionally with one attribute ("p, div", "a[href]") or "*": the case
 * elementsOf walks itself. */
const SIMPLE_LIST = /^\s*(?:\*|[a-z][a-z0-9-]*(?:\[[a-z-]+\])?(?:\s*,\s*[a-z][a-z0-9-]*(?:\[[a-z-]+\])?)*)\s*$/iu;
/** Per tag name (lower case), the attribute it must have ("" for none); an empty map for "*". */
type SimpleSelector = ReadonlyMap<string, string>;
const simpleSelectors = new Map<string, SimpleSelector | null>();

function simpleSelector(selector: string): SimpleSelector | null {
  let parsed = simpleSelectors.get(selector);
  if (parsed === undefined) {
    parsed = null;
    if (SIMPLE_LIST.test(selector)) {
      const items = selector.trim() === '*' ? [] : selector.split(',').map((t) => /^([^[]+)(?:\[(.+)\])?$/u.exec(t.trim())!);
      const map = new Map<string, string>();
      // A tag listed twice with different attributes is not simple: leave it to querySelectorAll.
      for (const [, tag, attr = ''] of items) {
        const t = tag!.toLowerCase();
        if (map.has(t) && map.get(t) !== attr) return cache(selector, null);
        map.set(t, attr.toLowerCase());
      }
      parsed = map;
    }
    simpleSelectors.set(selector, parsed);
  }
  return parsed;
}

function cache(selector: string, value: SimpleSelector | null): SimpleSelector | null {
  simpleSelectors.set(selector, value);
  return value;
}

/** Elements of a subtree, in document order, as a static array (steps find first, then the pipeline removes). */
export function elementsOf(root: Element, selector = '*'): Element[] {
  const simple = simpleSelector(selector);
  if (!simple) return Array.from(root.querySelectorAll(selector));
  // Shared within a run: callers only read the array. Only for simple selectors, whose matches depend on the
  // subtree alone (run-memo.ts forgets by subtree); "h2 + p" could change with a sibling of root.
  const table = runTable<Element, Element[]>(`elementsOf ${selector}`);
  const known = table?.get(root);
  if (known) return known;
  const out = table && simple.size ? fromAll(root, simple) : walk(root, simple, Infinity);
  table?.set(root, out);
  return out;
}

/** Within a run, a tag list's elements picked from root's list of all elements and their tag names, both kept:
 * the steps' many walks with different tag lists cost one walk (npm run bench). */
function fromAll(root: Element, simple: SimpleSelector): Element[] {
  const all = elementsOf(root);
  const tagTable = runTable<Element, string[]>('tags');
  let tags = tagTable?.get(root);
  if (!tags) {
    tags = all.map((el) => el.localName.toLowerCase());
    tagTable?.set(root, tags);
  }
  const out: Element[] = [];
  for (let i = 0; i < all.length; i++) if (matchesTag(all[i]!, tags[i]!, simple)) out.push(all[i]!);
  return out;
}

/** The first element of a subtree matching selector: querySelector, by hand for simple selectors. */
export function firstOf(root: Element, selector: string): Element | null {
  const simple = simpleSelector(selector);
  return simple ? (walk(root, simple, 1)[0] ?? null) : root.querySelector(selector);
}

/** Whether el matches a simple selector. Type selectors match any namespace's local name, case-insensitively
 * for HTML: so does this. */
function matchesSimple(el: Element, simple: SimpleSelector): boolean {
  return simple.size === 0 || matchesTag(el, el.localName.toLowerCase(), simple);
}

/** Whether el, whose lower-cased local name is tag, is one of the selector's tags (with its attribute, if any). */
function matchesTag(el: Element, tag: string, simple: SimpleSelector): boolean {
  const attr = simple.get(tag);
  return attr !== undefined && (attr === '' || el.hasAttribute(attr));
}

/** Element.matches, by hand for simple selectors (see walk). */
export function matchesOf(el: Element, selector: string): boolean {
  const simple = simpleSelector(selector);
  return simple ? matchesSimple(el, simple) : el.matches(selector);
}

/** Element.closest, by hand for simple selectors (see walk): el itself or its nearest matching ancestor,
 * up to the document, not only within a step's root. */
export function closestOf(el: Element, selector: string): Element | null {
  const simple = simpleSelector(selector);
  if (!simple) return el.closest(selector);
  for (let p: Element | null = el; p; p = p.parentElement) if (matchesSimple(p, simple)) return p;
  return null;
}

function walk(root: Element, simple: SimpleSelector, limit: number): Element[] {
  // Tag lists (nearly every step's query, and a[href]) are walked by hand: under jsdom that is about ten times
  // faster than querySelectorAll, whose selector engine dominated the steps' time (npm run bench).
  const out: Element[] = [];
  let el = root.firstElementChild;
  while (el && out.length < limit) {
    if (matchesSimple(el, simple)) out.push(el);
    if (el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el !== root && !el.nextElementSibling) el = el.parentElement!;
    if (el === root) break;
    el = el.nextElementSibling;
  }
  return out;
}

/**
 * Elements of a subtree (document order) whose text is at most maxChars long. Label steps look only at short
 * elements; asking each element for its textContent costs the size of its subtree, so over a whole article
 * that was most of their time (npm run bench). Here every text length comes from one bottom-up pass.
 */
export function shortTextElements(root: Element, maxChars: number): Element[] {
  const table = runTable<Element, { maxChars: number; out: Element[] }>('shortTextElements');
  const known = table?.get(root);
  if (known?.maxChars === maxChars) return known.out;
  const out = rawShortTextElements(root, maxChars);
  table?.set(root, { maxChars, out });
  return out;
}

function rawShortTextElements(root: Element, maxChars: number): Element[] {
  const all = elementsOf(root);
  const length = textLengths(all, (data) => data.length);
  return all.filter((el) => length.get(el)! <= maxChars);
}

/** Per element of `all` (a subtree in document order), the sum of `measure` over the texts it holds. */
function textLengths(all: readonly Element[], measure: (data: string) => number): Map<Element, number> {
  const length = new Map<Element, number>();
  // Pre-order reversed: every child is measured before its parent.
  for (let i = all.length - 1; i >= 0; i--) {
    const el = all[i]!;
    let n = 0;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) n += measure((c as Text).data);
      else if (c.nodeType === 1) n += length.get(c as Element) ?? 0;
    }
    length.set(el, n);
  }
  return length;
}

/**
 * Elements of a subtree (document order) whose textOf may be at most maxChars long: every one whose is, and a few
 * more. As shortTextElements, from one bottom-up pass, but counting only the characters that collapsing keeps
 * (a pretty-printed wrapper's raw text is mostly indentation). Callers still ask textOfAtMost.
 */
export function maybeShortTextElements(root: Element, maxChars: number): Element[] {
  const solid = solidLengths(root);
  return elementsOf(root).filter((el) => solid.get(el)! <= maxChars);
}

/** Per element of root, how many characters of its text are not whitespace. */
function solidLengths(root: Element): Map<Element, number> {
  const table = runTable<Element, Map<Element, number>>('solidLengths');
  const known = table?.get(root);
  if (known) return known;
  const solid = textLengths(elementsOf(root), solidLength);
  table?.set(root, solid);
  return solid;
}

/** How many characters of s are not whitespace (\s, exactly): a lower bound of its collapsed length. */
function solidLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c < 127) n++;
    else if (!(c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff)) n++;
  }
  return n;
}

/** el.children as an array: Array.from on jsdom's HTMLCollection goes through a Proxy, many times slower. */
export function childrenOf(el: Element): Element[] {
  const out: Element[] = [];
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) out.push(c);
  return out;
}

/** Text of a node with whitespace collapsed. */
export function textOf(node: Node): string {
  const table = runTable<Node, string>('textOf');
  let text = table?.get(node);
  if (text === undefined) {
    text = collapseSpaces(node.textContent ?? '');
    table?.set(node, text);
  }
  return text;
}

/**
 * textOf(node) when that is at most max characters long, else null. Steps that judge short lines ask this of
 * every line of the article: only the start of a long text is collapsed, never the whole of it.
 */
export function textOfAtMost(node: Node, max: number): string | null {
  const texts = runTable<Node, string>('textOf');
  const known = texts?.get(node);
  if (known !== undefined) return known.length <= max ? known : null;
  // Within a run, a length the text is known to exceed.
  const over = runTable<Node, number>('textLongerThan');
  if ((over?.get(node) ?? -1) >= max) return null;
  const raw = node.textContent ?? '';
  // The collapsed start of a text is the start of the collapsed text: when it is already too long, so is the
  // whole. Twice max is plenty for prose; a start that is mostly whitespace falls through to the full collapse.
  if (raw.length > max && collapseSpaces(raw.slice(0, 2 * max + 2)).length > max) {
    over?.set(node, Math.max(max, over.get(node) ?? -1));
    return null;
  }
  const text = collapseSpaces(raw);
  texts?.set(node, text);
  return text.length > max ? null : text;
}

/** Tags that carry media or embedded content: an element holding one is never "just a label". */
export const MEDIA_SELECTOR = 'img, picture, video, audio, svg, canvas, iframe, object, embed, table, math';

/**
 * The outermost ancestor of el (up to, not including, root) whose text is the same as el's: a label wrapped
 * in <div><p><span>Publicité</span></p></div> is removed with its wrappers, leaving no empty shell.
 */
export function outermostSameText(el: Element, root: Element): Element {
  const text = textOf(el);
  let best = el;
  for (let p = el.parentElement; p && p !== root; p = p.parentElement) {
    if (textOf(p) !== text || firstOf(p, MEDIA_SELECTOR)) break;
    best = p;
  }
  return best;
}

/**
 * Drop duplicate element findings and those nested inside another finding's element: removing the outer
 * one removes them. Text findings (markup debris) are kept unless their text node sits in a found element.
 */
export function outermostOnly<T extends { node: Node }>(findings: T[]): T[] {
  const elements = new Set(findings.map((f) => f.node).filter((n): n is Element => n.nodeType === 1));
  const seen = new Set<Node>();
  return findings.filter((f) => {
    if (f.node.nodeType === 1) {
      if (seen.has(f.node)) return false;
      seen.add(f.node);
    }
    for (let p = f.node.parentElement; p; p = p.parentElement) if (elements.has(p)) return false;
    return true;
  });
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'UL', 'CAPTION', 'SUMMARY',
]);

export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

/** Text of el's links, whitespace collapsed, joined by spaces. */
export function linkText(el: Element): string {
  return elementsOf(el, 'a[href]').map(textOf).join(' ').trim();
}
