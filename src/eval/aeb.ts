// The aeb-dev run: for each page, our engine's `text` and plain Readability's output (its `textContent`, and
// its article rendered one block per line without figures, as our `text` is), scored with the benchmark's metric.
import fs from 'node:fs';
import path from 'node:path';
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { declutterDocument } from '../declutter/declutter-document';
import { bodyText } from '../declutter/text';
import { parseHtml } from '../node/index';
import { loadAeb } from './corpus';
import { linesMissingFrom } from './lines';
import { blocksOnlyText } from './render';
import { scoreCorpus, scorePage, type CorpusScore, type PageScore } from './metric';

export interface AebPageResult {
  id: string;
  url: string;
  lang: string;
  readerable: boolean;
  ours: PageScore;
  plain: PageScore;
  /** Our lines the truth does not hold, and truth lines our text lost. */
  extra: string[];
  lost: string[];
  removed: { step: string; text: string }[];
}

export interface AebRun {
  pages: AebPageResult[];
  ours: CorpusScore;
  oursUnforced: CorpusScore;
  /** Plain Readability rendered by our bodyText(), the same renderer as our `text`. */
  plainBlocks: CorpusScore;
  /** Plain Readability rendered as the corpus README does (blocks only): its 0.959 baseline. */
  plainBlocksOnly: CorpusScore;
  plainTextContent: CorpusScore;
  rejected: string[];
}

export function runAeb(dir: string, onlyPrefix = '', disabledSteps: readonly string[] = []): AebRun {
  const pages: AebPageResult[] = [];
  const plainText: PageScore[] = [];
  const plainOnly: PageScore[] = [];
  const unforced: PageScore[] = [];
  for (const page of loadAeb(dir)) {
    if (onlyPrefix && !page.id.startsWith(onlyPrefix)) continue;
    // parseHtml empties <style> blocks that jsdom's CSS parser chokes on (corpus README, nationalreview).
    const dom = parseHtml(page.html, page.url);
    const doc = dom.window.document;
    const readerable = isProbablyReaderable(doc);
    // Plain Readability works on its own clone: it changes the document it reads.
    const parsed = new Readability<Element>(doc.cloneNode(true) as Document, { serializer: (el) => el as Element }).parse();
    const plainBlocks = parsed?.content ? bodyText(parsed.content) : '';
    plainText.push(scorePage(page.truth, parsed?.textContent ?? ''));
    plainOnly.push(scorePage(page.truth, parsed?.content ? blocksOnlyText(parsed.content) : ''));
    const article = declutterDocument(doc, { url: page.url, force: true, disabledSteps }, { window: dom.window as unknown as Window });
    dom.window.close();
    const text = article?.text ?? '';
    const ours = scorePage(page.truth, text);
    unforced.push(readerable ? ours : scorePage(page.truth, ''));
    pages.push({
      id: page.id, url: page.url, lang: page.lang, readerable, ours,
      plain: scorePage(page.truth, plainBlocks),
      extra: linesMissingFrom(text, page.truth),
      lost: linesMissingFrom(page.truth, text),
      removed: (article?.removed ?? []).map((r) => ({ step: r.step, text: r.text })),
    });
  }
  return {
    pages,
    ours: scoreCorpus(pages.map((p) => p.ours)),
    oursUnforced: scoreCorpus(unforced),
    plainBlocks: scoreCorpus(pages.map((p) => p.plain)),
    plainBlocksOnly: scoreCorpus(plainOnly),
    plainTextContent: scoreCorpus(plainText),
    rejected: pages.filter((p) => !p.readerable).map((p) => p.id),
  };
}

const f1 = (s: PageScore) => (s.precision + s.recall ? (2 * s.precision * s.recall) / (s.precision + s.recall) : 0);
const pct = (x: number) => x.toFixed(3);

/** eval-report/aeb.md (worst pages first) and eval-report/aeb.json (every figure, for diffs between runs). */
export function writeAebReport(run: AebRun, dir: string): void {
  const sorted = [...run.pages].sort((a, b) => f1(a.ours) - f1(b.ours));
  const out: string[] = ['# aeb-dev, worst pages first', ''];
  out.push('| page | lang | F1 | P | R | plain F1 | readerable |', '|---|---|---|---|---|---|---|');
  for (const p of sorted) {
    out.push(`| ${p.id.slice(0, 12)} | ${p.lang} | ${pct(f1(p.ours))} | ${pct(p.ours.precision)} | ${pct(p.ours.recall)} | ${pct(f1(p.plain))} | ${p.readerable ? 'yes' : 'no'} |`);
  }
  for (const p of sorted) {
    out.push('', `## ${p.id.slice(0, 12)} F1 ${pct(f1(p.ours))} (P ${pct(p.ours.precision)} R ${pct(p.ours.recall)}; plain ${pct(f1(p.plain))})`, p.url, '');
    if (p.extra.length) out.push('Kept, not in the truth:', ...p.extra.map((l) => `+ ${l}`), '');
    if (p.lost.length) out.push('Lost from the truth:', ...p.lost.map((l) => `- ${l}`), '');
    if (p.removed.length) out.push('Removed by our steps:', ...p.removed.map((r) => `x [${r.step}] ${r.text.slice(0, 160)}`), '');
  }
  fs.writeFileSync(path.join(dir, 'aeb.md'), out.join('\n') + '\n');
  fs.writeFileSync(path.join(dir, 'aeb.json'), JSON.stringify(run, null, 1));
}
