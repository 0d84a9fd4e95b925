// The news corpora with human references (aeb-dev, daniel-dev): for each page, our engine's `text` and plain
// Readability's output (its `textContent`, and its article rendered one block per line without figures, as our
// `text` is), scored with the benchmark's metric, per corpus and per language. Chinese is reported apart: the
// metric does not segment it into words (one clause is one token), so its figures are only a coarse signal.
import fs from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { declutterDocument } from '../declutter/declutter-document';
import { looksReaderable } from '../declutter/readerable';
import { bodyText } from '../declutter/text';
import { parseHtml } from '../node/index';
import type { NewsPage } from './corpus';
import { linesMissingFrom } from './lines';
import { blocksOnlyText } from './render';
import { scoreCorpus, scorePage, type CorpusScore, type PageScore } from './metric';

/** Languages the metric cannot segment into words: scored and printed apart from the corpus's headline figure. */
export const UNSEGMENTED_LANGS: ReadonlySet<string> = new Set(['zh']);

export interface NewsPageResult {
  id: string;
  url: string;
  lang: string;
  readerable: boolean;
  ours: PageScore;
  /** Plain Readability rendered by our bodyText(), the same renderer as our `text`. */
  plain: PageScore;
  /** Our lines the truth does not hold, and truth lines our text lost. */
  extra: string[];
  lost: string[];
  /** Plain Readability's lines (one block per line) that the truth does not hold / that it lost. */
  plainExtra: string[];
  plainLost: string[];
  removed: { step: string; text: string }[];
}

export interface Scores {
  pages: number;
  ours: CorpusScore;
  oursUnforced: CorpusScore;
  plainBlocks: CorpusScore;
  /** Plain Readability rendered as the corpus README does (blocks only): aeb's 0.959 baseline. */
  plainBlocksOnly: CorpusScore;
  plainTextContent: CorpusScore;
}

export interface NewsRun {
  corpus: string;
  pages: NewsPageResult[];
  /** Every page but the unsegmented languages'. */
  headline: Scores;
  byLang: Record<string, Scores>;
  rejected: string[];
}

interface Scored {
  result: NewsPageResult;
  unforced: PageScore;
  plainOnly: PageScore;
  plainText: PageScore;
}

export function runNewsCorpus(corpus: string, pages: Iterable<NewsPage>, onlyPrefix = '', disabledSteps: readonly string[] = []): NewsRun {
  const scored: Scored[] = [];
  for (const page of pages) {
    if (onlyPrefix && !page.id.startsWith(onlyPrefix)) continue;
    // parseHtml empties <style> blocks that jsdom's CSS parser chokes on (corpus README, nationalreview).
    const dom = parseHtml(page.html, page.url);
    const doc = dom.window.document;
    // The engine's own gate (what it refuses without force), not Readability's bare one.
    const readerable = looksReaderable(doc);
    const parsed = plainReadability(doc);
    const plainBlocks = parsed?.content ? bodyText(parsed.content) : '';
    const plainOnlyText = parsed?.content ? blocksOnlyText(parsed.content) : '';
    const article = declutterDocument(doc, { url: page.url, force: true, disabledSteps }, { window: dom.window as unknown as Window });
    dom.window.close();
    const text = article?.text ?? '';
    const ours = scorePage(page.truth, text);
    scored.push({
      result: {
        id: page.id, url: page.url, lang: page.lang, readerable, ours,
        plain: scorePage(page.truth, plainBlocks),
        extra: linesMissingFrom(text, page.truth),
        lost: linesMissingFrom(page.truth, text),
        plainExtra: linesMissingFrom(plainOnlyText, page.truth),
        plainLost: linesMissingFrom(page.truth, plainOnlyText),
        removed: (article?.removed ?? []).map((r) => ({ step: r.step, text: r.text })),
      },
      unforced: readerable ? ours : scorePage(page.truth, ''),
      plainOnly: scorePage(page.truth, plainOnlyText),
      plainText: scorePage(page.truth, parsed?.textContent ?? ''),
    });
  }
  const byLang: Record<string, Scores> = {};
  for (const lang of [...new Set(scored.map((s) => s.result.lang))].sort()) {
    byLang[lang] = scoresOf(scored.filter((s) => s.result.lang === lang));
  }
  return {
    corpus,
    pages: scored.map((s) => s.result),
    headline: scoresOf(scored.filter((s) => !UNSEGMENTED_LANGS.has(s.result.lang))),
    byLang,
    rejected: scored.filter((s) => !s.result.readerable).map((s) => s.result.id),
  };
}

/** Plain Readability on its own clone (it changes the document it reads); null when it throws, as it does on a page
 * with an attribute of an empty name (it copies attributes when it renames a tag): that page gets no output. */
function plainReadability(doc: Document) {
  try {
    return new Readability<Element>(doc.cloneNode(true) as Document, { serializer: (el) => el as Element }).parse();
  } catch {
    return null;
  }
}

function scoresOf(pages: Scored[]): Scores {
  return {
    pages: pages.length,
    ours: scoreCorpus(pages.map((p) => p.result.ours)),
    oursUnforced: scoreCorpus(pages.map((p) => p.unforced)),
    plainBlocks: scoreCorpus(pages.map((p) => p.result.plain)),
    plainBlocksOnly: scoreCorpus(pages.map((p) => p.plainOnly)),
    plainTextContent: scoreCorpus(pages.map((p) => p.plainText)),
  };
}

const f1 = (s: PageScore) => (s.precision + s.recall ? (2 * s.precision * s.recall) / (s.precision + s.recall) : 0);
const pct = (x: number) => x.toFixed(3);
const fmt = (s: CorpusScore) => `F1 ${s.f1.toFixed(4)}  P ${s.precision.toFixed(4)}  R ${s.recall.toFixed(4)}`;

/** The console lines of one corpus: headline, then each language, ours beside plain Readability. */
export function summaryLines(run: NewsRun): string[] {
  const h = run.headline;
  const apart = [...UNSEGMENTED_LANGS].filter((l) => run.byLang[l]);
  const out = [
    `${run.corpus}: ${run.pages.length} pages${apart.length ? ` (headline without ${apart.join(', ')}: ${h.pages} pages)` : ''}`,
    `  ours (text, force)                 ${fmt(h.ours)}`,
    `  plain Readability, blocks only     ${fmt(h.plainBlocksOnly)}   (ours ${signed(h.ours.f1 - h.plainBlocksOnly.f1)})`,
    `  plain Readability, our bodyText    ${fmt(h.plainBlocks)}`,
    `  plain Readability, textContent     ${fmt(h.plainTextContent)}`,
    `  ours without force                 ${fmt(h.oursUnforced)}`,
    `  refused without force: ${run.rejected.length} of ${run.pages.length}` +
      (run.rejected.length ? `: ${run.rejected.map((id) => id.slice(0, 24)).join(' ')}` : ''),
  ];
  for (const [lang, s] of Object.entries(run.byLang)) {
    const note = UNSEGMENTED_LANGS.has(lang) ? '  (apart: not segmented)' : '';
    out.push(`  ${lang.padEnd(3)} ${String(s.pages).padStart(3)} p  ours ${fmt(s.ours)}  |  Readability ${fmt(s.plainBlocksOnly)}  ${signed(s.ours.f1 - s.plainBlocksOnly.f1)}${note}`);
  }
  return out;
}

const signed = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(4)}`;

/** eval-report/<corpus>.md (worst pages first) and eval-report/<corpus>.json (every figure, for diffs between runs). */
export function writeNewsReport(run: NewsRun, dir: string): void {
  const sorted = [...run.pages].sort((a, b) => f1(a.ours) - f1(b.ours));
  const out: string[] = [`# ${run.corpus}, worst pages first`, ''];
  out.push('| page | lang | F1 | P | R | Readability F1 | readerable |', '|---|---|---|---|---|---|---|');
  for (const p of sorted) {
    out.push(`| ${p.id.slice(0, 24)} | ${p.lang} | ${pct(f1(p.ours))} | ${pct(p.ours.precision)} | ${pct(p.ours.recall)} | ${pct(f1(p.plain))} | ${p.readerable ? 'yes' : 'no'} |`);
  }
  for (const p of sorted) {
    out.push('', `## ${p.id} F1 ${pct(f1(p.ours))} (P ${pct(p.ours.precision)} R ${pct(p.ours.recall)}; Readability ${pct(f1(p.plain))})`, p.url, '');
    if (p.extra.length) out.push('Kept, not in the truth:', ...p.extra.map((l) => `+ ${l}`), '');
    if (p.lost.length) out.push('Lost from the truth:', ...p.lost.map((l) => `- ${l}`), '');
    if (p.removed.length) out.push('Removed by our steps:', ...p.removed.map((r) => `x [${r.step}] ${r.text.slice(0, 160)}`), '');
    if (p.plainExtra.length || p.plainLost.length) {
      out.push('Plain Readability (one block per line), beside ours:');
      out.push(...p.plainExtra.map((l) => `R+ ${l}`), ...p.plainLost.map((l) => `R- ${l}`), '');
    }
  }
  fs.writeFileSync(path.join(dir, `${run.corpus}.md`), out.join('\n') + '\n');
  fs.writeFileSync(path.join(dir, `${run.corpus}.json`), JSON.stringify(run, null, 1));
}
