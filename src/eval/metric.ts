// The article-extraction benchmark's score, implemented from its description in ../shared/corpus/README.md
// ("The benchmark's score"). Pure functions over strings; tests/unit/metric.test.ts pins them on hand-computed cases.
//
// - Tokens: runs of word characters (Unicode letters, digits, underscore; case kept). Everything else separates,
//   so a CJK run without spaces is one token, as in the benchmark.
// - Each text is the multiset of its word 4-grams; 1 to 3 tokens give one shingle of all of them; none, none.
// - Per page: tp = sum of min counts, fp = output's excess, fn = truth's excess, each divided by tp + fp + fn.
// - Page precision: 1 if fp = fn = 0, 0 if tp = fp = 0, else tp / (tp + fp). Recall mirrors it with fn.
// - Precision is the mean over pages whose output has shingles, recall over pages whose truth has shingles.

/** The benchmark compares word 4-grams. */
export const SHINGLE_SIZE = 4;

const WORD = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Multiset of shingles, keyed by the tokens joined with a space (tokens never hold spaces). */
export function shingles(text: string, n = SHINGLE_SIZE): Map<string, number> {
  const tokens = tokenize(text);
  const out = new Map<string, number>();
  if (!tokens.length) return out;
  if (tokens.length < n) {
    out.set(tokens.join(' '), 1);
    return out;
  }
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export interface PageScore {
  /** tp, fp, fn, each divided by tp + fp + fn (0 when all are 0). */
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  /** Whether the output / the truth have any shingle: only those pages count in the precision / recall means. */
  outputHasShingles: boolean;
  truthHasShingles: boolean;
}

export function scorePage(truth: string, output: string): PageScore {
  const t = shingles(truth);
  const o = shingles(output);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, c] of o) {
    const tc = t.get(k) ?? 0;
    tp += Math.min(c, tc);
    fp += Math.max(0, c - tc);
  }
  for (const [k, c] of t) fn += Math.max(0, c - (o.get(k) ?? 0));
  const total = tp + fp + fn;
  if (total > 0) {
    tp /= total;
    fp /= total;
    fn /= total;
  }
  const precision = fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp);
  const recall = fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn);
  return { tp, fp, fn, precision, recall, outputHasShingles: o.size > 0, truthHasShingles: t.size > 0 };
}

export interface CorpusScore {
  f1: number;
  precision: number;
  recall: number;
  /** Pages in each mean. */
  precisionPages: number;
  recallPages: number;
}

export function scoreCorpus(pages: readonly PageScore[]): CorpusScore {
  const p = pages.filter((s) => s.outputHasShingles);
  const r = pages.filter((s) => s.truthHasShingles);
  const precision = p.length ? p.reduce((a, s) => a + s.precision, 0) / p.length : 0;
  const recall = r.length ? r.reduce((a, s) => a + s.recall, 0) / r.length : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { f1, precision, recall, precisionPages: p.length, recallPages: r.length };
}
