// Clutter class: social-follow promos. A line asking the reader to follow the site or its author elsewhere: "Follow
// us on Facebook", "Follow @harbournews on X", "Jesteśmy też na Facebooku! Dołącz do nas!", "Читайте нас в
// Telegram". The opening phrases are data (words/<lang>.ts, followPhrases); the line must be short, so a sentence of
// the story that starts the same way ("Follow the river north…" is not an entry; "Follow us on" is) stays, and a
// paragraph that quotes such a call stays (tests/fixtures/social-follow/negative--prose.html).
import { findLines } from '../line-finder';
import { matchPrefix } from '../matchers';
import { normalizeWords } from '../normalize';
import type { RunMemo } from '../run-memo';
import type { Finding, Step, StepInput } from '../types';

export const id = 'social-follow';

/** A promo is one short line; a longer one is prose. */
const MAX_PROMO_CHARS = 160;
const CONTENT_CONTEXT = 'blockquote, table, pre, code, h1, h2';

/** An account handle ("@harbournews") reads as "@", so "follow @ on" in the word lists stands for any account. */
const HANDLE = /@[\p{L}\p{N}_.]+/gu;

export function isFollowPromo(raw: string, memo?: RunMemo): boolean {
  return matchPrefix('followPhrases', normalizeWords(raw, memo).replace(HANDLE, '@')) > 0;
}

function find({ root, memo }: StepInput): Finding[] {
  return findLines(root, {
    maxChars: MAX_PROMO_CHARS, matches: (text) => isFollowPromo(text, memo), contentContext: CONTENT_CONTEXT, reason: 'Invitation to follow the site on a social network',
  }, memo);
}

export const step: Step = {
  id,
  kind: 'share-widget',
  description: 'Removes invitations to follow the site elsewhere, such as "Follow us on Facebook".',
  find,
};
