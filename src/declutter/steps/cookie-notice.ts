// Cookie and consent notices that a page renders inside the article's container ("This website uses
// cookies to improve your experience… Accept"). The phrases are data (words/<lang>.ts, cookiePhrases) and a
// notice must start with one, so a story about cookies or tracking stays
// (tests/fixtures/cookie-notice/negative--prose.html).
import { findLines } from '../line-finder';
import { matchPrefix } from '../matchers';
import { normalizeWords } from '../normalize';
import type { Finding, Step, StepInput } from '../types';

export const id = 'cookie-notice';

/** A notice is a sentence or two and its buttons; a longer block is prose. */
const MAX_NOTICE_CHARS = 400;
const CONTENT_CONTEXT = 'blockquote, table, pre, code, h1, h2, h3';

function find({ root, memo }: StepInput): Finding[] {
  return findLines(root, {
    maxChars: MAX_NOTICE_CHARS, matches: (text) => !!matchPrefix('cookiePhrases', normalizeWords(text, memo)),
    contentContext: CONTENT_CONTEXT, reason: 'Cookie or consent notice',
  }, memo);
}

export const step: Step = {
  id,
  kind: 'boilerplate',
  description: 'Removes cookie and consent notices such as "This website uses cookies".',
  find,
};
