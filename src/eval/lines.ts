// Line-level diffs for the per-page report: which of our lines the truth does not hold, and which truth
// lines we lost. Judged by shingles, as the metric is, so a line that differs only in spacing or
// punctuation is not reported.
import { shingles, tokenize } from './metric';

/** A line counts as present on the other side when at least this share of its shingles is there. */
export const LINE_PRESENT_SHARE = 0.5;

function shingleSet(text: string): Set<string> {
  return new Set(shingles(text).keys());
}

/** Lines of `text` whose shingles are mostly missing from `other`. */
export function linesMissingFrom(text: string, other: string): string[] {
  // Shingles of a short line (fewer than 4 tokens) are the whole line: look for it among the other's
  // tokens, joined as the metric joins them, so a short heading the truth holds is not reported.
  const otherSet = shingleSet(other);
  const otherTokens = ` ${tokenize(other).join(' ')} `;
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const s = [...shingles(line).keys()];
    if (!s.length) continue;
    const found = s.filter((k) => otherSet.has(k) || otherTokens.includes(` ${k} `)).length;
    if (found / s.length < LINE_PRESENT_SHARE) out.push(line);
  }
  return out;
}
