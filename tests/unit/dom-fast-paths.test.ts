// The hand-walked helpers of src/declutter (selectors.ts, text-lengths.ts, node-text.ts) against what the DOM
// itself answers: they exist only for speed (npm run bench), so on every element of a fixture they must say exactly
// what closest, matches and textContent say.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { RunMemo } from '../../src/declutter/run-memo';
import { textOf, textOfAtMost } from '../../src/declutter/node-text';
import { childrenOf, closestOf, elementsOf, matchesOf } from '../../src/declutter/selectors';
import { maybeShortTextElements } from '../../src/declutter/text-lengths';

const HTML = `<body><div id="top"><TABLE><tbody><tr><td><p>Cell <b>one</b></p></td></tr></tbody></TABLE>
  <ul><li><a href="/a">A</a></li><li><a>no href</a> <svg><a href="#x"><title>t</title></a></svg></li></ul>
  <blockquote><div><span>   spaced
     out   </span></div></blockquote><nav role="navigation"><p>Menu</p></nav>
  <p>${'word '.repeat(80)}</p><p>${' \n\t '.repeat(200)}short</p></div></body>`;

const SELECTORS = ['table, blockquote', 'ul, ol', 'li', 'a[href]', 'td, th, li', 'h1, h2', '*', 'nav, [role="navigation"]'];

describe('dom fast paths', () => {
  const doc = new JSDOM(HTML).window.document;
  const all = Array.from(doc.querySelectorAll('*'));

  it('closestOf and matchesOf answer as closest and matches', () => {
    for (const sel of SELECTORS) {
      for (const el of all) {
        expect(closestOf(el, sel), `${sel} from ${el.tagName}`).toBe(el.closest(sel));
        expect(matchesOf(el, sel), `${sel} on ${el.tagName}`).toBe(el.matches(sel));
      }
    }
  });

  it('elementsOf lists what querySelectorAll does, walking or (within a run) picking from the list of all', () => {
    const root = doc.getElementById('top')!;
    for (const sel of SELECTORS) {
      const expected = Array.from(root.querySelectorAll(sel));
      expect(elementsOf(root, sel), sel).toEqual(expected);
      const memo = new RunMemo();
      elementsOf(root, '*', memo);
      expect(elementsOf(root, sel, memo), `${sel} in a run`).toEqual(expected);
    }
  });

  it('textOfAtMost is textOf when that fits, else null, also when the start of the text is whitespace', () => {
    for (const el of all) {
      const text = textOf(el);
      for (const max of [0, 5, 40, 100, 400, 1000]) expect(textOfAtMost(el, max), `${el.tagName} ${max}`).toBe(text.length <= max ? text : null);
    }
  });

  it('maybeShortTextElements keeps every element whose textOf fits', () => {
    const root = doc.body;
    for (const max of [0, 5, 40, 400]) {
      const maybe = new Set(maybeShortTextElements(root, max));
      for (const el of root.querySelectorAll('*')) if (textOf(el).length <= max) expect(maybe.has(el), `${el.tagName} ${max}`).toBe(true);
    }
  });

  it('childrenOf is el.children', () => {
    for (const el of all) expect(childrenOf(el)).toEqual(Array.from(el.children));
  });
});
