// On Readability's own news and feature test pages, our `text` keeps at least 99% of the
// words of Readability's expected.html that are not clutter.
//
// What counts as clutter, decided here:
// - the words of what our steps removed on that page (the receipts' texts): read-also lines, ad labels,
//   counters, share bars, newsletter boxes… are taken out by design, and each leaves a receipt the reader shows;
// - figures and their captions: expected.html is read with the same bodyText() as our `text`, which leaves
//   them out by contract (DESIGN.md: captions and photo credits stay in contentHtml only).
// Everything else in expected.html is article text that we must keep. Words are the metric's tokens, counted
// as a multiset, so losing one of two identical paragraphs counts.
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { declutterDocument } from '../declutter/declutter-document';
import { bodyText } from '../declutter/text';
import { parseHtml } from '../node/index';
import { loadReadabilityPages } from './corpus';
import { linesMissingFrom } from './lines';
import { tokenize } from './metric';

/** The bar: at least 99% of the non-clutter words, over all pages. */
export const MIN_KEPT_SHARE = 0.99;
/** The URL Readability's own tests load every page under (its test/utils.js). */
const TEST_PAGE_URL = 'http://fakehost/test/page.html';

export interface CheckPage {
  id: string;
  lang: string;
  expectedWords: number;
  clutterWords: number;
  keptWords: number;
  keptShare: number;
  lost: string[];
  /** What our steps took out of this page, for a reviewer to judge that it is clutter. */
  removed: { step: string; text: string }[];
}

export interface CheckRun {
  pages: CheckPage[];
  keptShare: number;
  /** Share of expected.html's words that our receipts account for (what the check counts as clutter). */
  removedShare: number;
}

function counts(tokens: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of tokens) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

export function runReadabilityCheck(dir: string): CheckRun {
  const pages: CheckPage[] = [];
  let expectedAll = 0;
  let keptAll = 0;
  let clutterAll = 0;
  for (const page of loadReadabilityPages(dir)) {
    const expectedDom = new JSDOM(page.expected);
    const expectedText = bodyText(expectedDom.window.document.body);
    expectedDom.window.close();
    const dom = parseHtml(page.source, TEST_PAGE_URL);
    const article = declutterDocument(dom.window.document, { url: TEST_PAGE_URL, force: true }, { window: dom.window as unknown as Window });
    dom.window.close();
    const text = article?.text ?? '';
    const expected = counts(tokenize(expectedText));
    const clutter = counts(tokenize((article?.removed ?? []).map((r) => r.text).join('\n')));
    const ours = counts(tokenize(text));
    let expectedWords = 0;
    let clutterWords = 0;
    let keptWords = 0;
    for (const [w, c] of expected) {
      const clutterC = Math.min(c, clutter.get(w) ?? 0);
      const need = c - clutterC;
      clutterWords += clutterC;
      expectedWords += need;
      keptWords += Math.min(need, ours.get(w) ?? 0);
    }
    expectedAll += expectedWords;
    keptAll += keptWords;
    clutterAll += clutterWords;
    pages.push({
      id: page.id, lang: page.lang, expectedWords, clutterWords, keptWords,
      keptShare: expectedWords ? keptWords / expectedWords : 1,
      lost: linesMissingFrom(expectedText, text),
      removed: (article?.removed ?? []).map((r) => ({ step: r.step, text: r.text })),
    });
  }
  pages.sort((a, b) => a.keptShare - b.keptShare);
  return {
    pages,
    keptShare: expectedAll ? keptAll / expectedAll : 1,
    removedShare: expectedAll + clutterAll ? clutterAll / (expectedAll + clutterAll) : 0,
  };
}

export function writeReadabilityReport(run: CheckRun, dir: string): void {
  const out = ['# readability-pages (news + feature), worst first', '', `Kept overall: ${(run.keptShare * 100).toFixed(2)}%`, ''];
  out.push('| page | lang | kept | words | clutter words |', '|---|---|---|---|---|');
  for (const p of run.pages) out.push(`| ${p.id} | ${p.lang} | ${(p.keptShare * 100).toFixed(2)}% | ${p.expectedWords} | ${p.clutterWords} |`);
  for (const p of run.pages.filter((x) => x.lost.length || x.removed.length)) {
    out.push('', `## ${p.id} kept ${(p.keptShare * 100).toFixed(2)}%`, '');
    if (p.lost.length) out.push('Lines of expected.html we lost:', ...p.lost.map((l) => `- ${l}`), '');
    if (p.removed.length) out.push('Removed by our steps (counted as clutter):', ...p.removed.map((r) => `x [${r.step}] ${r.text.slice(0, 160)}`));
  }
  fs.writeFileSync(path.join(dir, 'readability-pages.md'), out.join('\n') + '\n');
}
