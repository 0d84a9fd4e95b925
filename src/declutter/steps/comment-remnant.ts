// Clutter class: what is left of a comment section under a story. A lone "Comments" heading, a call to comment
// ("Leave a comment", "Tell us what you think", "Добавить комментарий", "Dodaj komentarz"), a moderation notice
// ("Only registered users can comment", "The site is not responsible for readers' comments") and the report-a-typo
// notice of many sites ("Found a typo? Select it and press Ctrl+Enter"). Labels are matched whole
// (words/<lang>.ts, commentLabels), notices by their opening words (commentNotices) on a short line, so prose that
// talks about comments stays (tests/fixtures/comment-remnant/negative--prose.html).
import { findLabels } from '../label-finder';
import { findLines } from '../line-finder';
import { matchPrefix } from '../matchers';
import { normalizeWords } from '../normalize';
import { outermostOnly } from '../findings';
import type { RunMemo } from '../run-memo';
import type { Finding, Step, StepInput } from '../types';

export const id = 'comment-remnant';

/** A notice is a sentence or two; a longer block is prose. */
const MAX_NOTICE_CHARS = 300;
/** In a table or a quote, such words are content. */
const CONTENT_CONTEXT = 'blockquote, table, pre, code, h1';

export function isCommentNotice(raw: string, memo?: RunMemo): boolean {
  return matchPrefix('commentNotices', normalizeWords(raw, memo)) > 0;
}

function find({ root, memo }: StepInput): Finding[] {
  const labels = findLabels(root, { list: 'commentLabels', contentContext: CONTENT_CONTEXT, reason: 'Comment-section heading or call to comment' }, memo);
  const notices = findLines(root, {
    maxChars: MAX_NOTICE_CHARS, matches: (text) => isCommentNotice(text, memo), contentContext: CONTENT_CONTEXT, reason: 'Comment moderation or report-a-typo notice',
  }, memo);
  return outermostOnly([...labels, ...notices]);
}

export const step: Step = {
  id,
  kind: 'boilerplate',
  description: 'Removes what is left of a comment section: a lone "Comments" heading, "Leave a comment", moderation notices.',
  find,
};
