// Copyright and reuse notices that Readability keeps at the end of a story: "© 2024 Harbour Media Ltd.",
// "All rights reserved.", "This document is subject to copyright…". The phrases are data
// (words/<lang>.ts, copyrightPhrases); a one-word phrase ("copyright") also needs a year or "©" beside it,
// so a sentence about copyright law stays (tests/fixtures/copyright/negative--prose.html).
import { findLines } from '../line-finder';
import { matchPrefix, wordSet } from '../matchers';
import { normalizeWords } from '../normalize';
import type { RunMemo } from '../run-memo';
import type { Finding, Step, StepInput } from '../types';

export const id = 'copyright';

/** A notice is a line or two; a longer block is prose that happens to mention rights. */
const MAX_NOTICE_CHARS = 300;
/** A line with "©" in it is a notice when it is this short (a credit or a site's footer line). */
const MAX_SIGN_LINE_CHARS = 200;
const SIGN = /©|\(c\)\s*(?:19|20)\d\d/iu;
const YEAR = /(?:^|\D)(?:19|20)\d\d(?!\d)/u;
const CONTENT_CONTEXT = 'blockquote, table, pre, code, h1, h2, h3';

function endsWithPhrase(norm: string): boolean {
  for (const phrase of wordSet('copyrightPhrases')) if (phrase.includes(' ') && norm.endsWith(phrase)) return true;
  return false;
}

export function isNotice(raw: string, memo?: RunMemo): boolean {
  const text = raw.replace(/\s+/gu, ' ').trim();
  if (!text || text.length > MAX_NOTICE_CHARS) return false;
  if (text.length <= MAX_SIGN_LINE_CHARS && SIGN.test(text)) return true;
  const norm = normalizeWords(text, memo);
  const prefix = matchPrefix('copyrightPhrases', norm);
  if (prefix) return norm.slice(0, prefix).includes(' ') || YEAR.test(text);
  return endsWithPhrase(norm);
}

function find({ root, memo }: StepInput): Finding[] {
  return findLines(root, {
    maxChars: MAX_NOTICE_CHARS, matches: (text) => isNotice(text, memo), contentContext: CONTENT_CONTEXT, reason: 'Copyright or reuse notice',
  }, memo);
}

export const step: Step = {
  id,
  kind: 'boilerplate',
  description: 'Removes copyright and reuse notices such as "© 2024 Harbour Media. All rights reserved."',
  find,
};
