// The one algorithm of the line steps (copyright, photo-credit, cookie-notice, timestamp): a whole line of the
// text (lines.ts) short enough and saying what the step looks for, outside the places where such a line is
// content, taken out with its same-text wrappers.
import { outermostOnly, outermostSameText } from './findings';
import { textOfAtMost } from './node-text';
import { inContentContext } from './content-context';
import { leafBlocks } from './lines';
import type { RunMemo } from './run-memo';
import type { Finding } from './types';

export interface LineRule {
  /** A longer line is prose: its text is never read past this (textOfAtMost). */
  maxChars: number;
  /** Whether the line (its text, whitespace collapsed) is one the step takes out. */
  matches(text: string, line: Element): boolean;
  /** Selector of ancestors in which such a line is content (a table, a heading, a quote…). */
  contentContext: string;
  reason: string;
}

export function findLines(root: Element, rule: LineRule, memo?: RunMemo): Finding[] {
  const found: Finding[] = [];
  for (const line of leafBlocks(root, memo)) {
    // The text test first: it rules out nearly every line, and a long one after reading only its start.
    const text = textOfAtMost(line, rule.maxChars, memo);
    if (text === null || !rule.matches(text, line) || inContentContext(line, rule.contentContext, memo)) continue;
    found.push({ node: outermostSameText(line, root, memo), reason: rule.reason });
  }
  return outermostOnly(found);
}
