// Selector helpers for the steps: elementsOf, firstOf, matchesOf and closestOf walk the tree by hand for tag lists,
// which under jsdom is many times faster than its selector engine (npm run bench).
// Pure: these helpers read, never write. Given a run's memo, their answers are kept (run-memo.ts).
import type { RunMemo } from './run-memo';

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
export function elementsOf(root: Element, selector = '*', memo?: RunMemo): Element[] {
  const simple = simpleSelector(selector);
  if (!simple) return Array.from(root.querySelectorAll(selector));
  // Shared within a run: callers only read the array. Only for simple selectors, whose matches depend on the
  // subtree alone (run-memo.ts forgets by subtree); "h2 + p" could change with a sibling of root.
  const table = memo?.tree<Element, Element[]>(`elementsOf ${selector}`);
  const known = table?.get(root);
  if (known) return known;
  const out = memo && simple.size ? fromAll(root, simple, memo) : walk(root, simple, Infinity);
  table?.set(root, out);
  return out;
}

/** Within a run, a tag list's elements picked from root's list of all elements and their tag names, both kept:
 * the steps' many walks with different tag lists cost one walk (npm run bench). */
function fromAll(root: Element, simple: SimpleSelector, memo: RunMemo): Element[] {
  const all = elementsOf(root, '*', memo);
  const tagTable = memo.tree<Element, string[]>('tags');
  let tags = tagTable.get(root);
  if (!tags) {
    tags = all.map((el) => el.localName.toLowerCase());
    tagTable.set(root, tags);
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

/** el.children as an array: Array.from on jsdom's HTMLCollection goes through a Proxy, many times slower. */
export function childrenOf(el: Element): Element[] {
  const out: Element[] = [];
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) out.push(c);
  return out;
}
