// House rules for the reader's sources (DESIGN.md, Security; BROWSER-TESTS.md, Page CSP), checked on the code
// itself so a later change cannot slip past review: no HTML parsing into the live page, no eval, no network,
// no adoptedStyleSheets, one place for the shadow-root mode.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIR = fileURLToPath(new URL('../../src/content/reader/', import.meta.url));
const sources = readdirSync(DIR).filter((f) => f.endsWith('.ts')).map((f) => ({
  file: f,
  // Comments may name what is forbidden; the code may not.
  code: readFileSync(DIR + f, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '').replace(/\s\/\/ .*$/gm, ''),
}));

const FORBIDDEN: Array<[RegExp, string]> = [
  [/\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|createContextualFragment|\.setHTML\(|document\.write/, 'HTML parsed into the live page'],
  [/\beval\(|new Function\(|setTimeout\(\s*['"`]/, 'code from strings'],
  [/\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource/, 'network'],
  [/adoptedStyleSheets|CSSStyleSheet\(/, 'adoptedStyleSheets (throws in Firefox 140 content scripts)'],
  [/\.setAttribute\(\s*['"]style['"]|\.style\.cssText\s*=/, 'style attributes (blocked under a strict CSP; use CSSOM setProperty)'],
];

describe('reader: source rules', () => {
  it.each(sources)('$file uses no forbidden API', ({ file, code }) => {
    for (const [re, why] of FORBIDDEN) {
      // page-state.ts puts the page's own style attribute back byte for byte on close: the one exception.
      if (file === 'page-state.ts' && why.startsWith('style attributes')) continue;
      expect(code, why).not.toMatch(re);
    }
  });

  it('the shadow-root mode is set in one place', () => {
    const modes = sources.filter((s) => /attachShadow\(|mode:\s*['"](?:open|closed)['"]|ShadowRootMode\s*=/.test(s.code));
    expect(modes.map((s) => s.file)).toEqual(['shadow-host.ts']);
  });
});
