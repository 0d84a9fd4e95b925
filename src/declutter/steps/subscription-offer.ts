// Clutter class: print-subscription offers. A line selling the magazine or paper by the issue: "Get the magazine
// delivered every month. 12 issues for £11.99.", "6 numéros pour 10 €", "12 Ausgaben für 49 Euro", "12 номеров за
// 990 рублей". The words between the count and the price are data (words/<lang>.ts, issueOffers); the line must
// be short and hold a count before them and a price after, so a sentence about a magazine's issues stays
// (tests/fixtures/subscription-offer/negative--prose.html).
import { findLines } from '../line-finder';
import { escapeRegex, wordSet } from '../matchers';
import type { Finding, Step, StepInput } from '../types';

export const id = 'subscription-offer';

/** An offer is a line or two. */
const MAX_OFFER_CHARS = 240;
const CONTENT_CONTEXT = 'blockquote, table, pre, code, h1';

let offerRegex: RegExp | undefined;

/** "<count> <words> <price>": a number, the list's words, then within a few characters a number. */
function offer(): RegExp {
  if (!offerRegex) {
    const words = [...wordSet('issueOffers')].sort((a, b) => b.length - a.length).map(escapeRegex);
    offerRegex = new RegExp(`\\d+\\s*(?:${words.join('|')})\\s*\\D{0,4}\\d`, 'u');
  }
  return offerRegex;
}

export function isSubscriptionOffer(raw: string): boolean {
  return offer().test(raw.toLowerCase());
}

function find({ root, memo }: StepInput): Finding[] {
  return findLines(root, {
    maxChars: MAX_OFFER_CHARS, matches: isSubscriptionOffer, contentContext: CONTENT_CONTEXT, reason: 'Print-subscription offer',
  }, memo);
}

export const step: Step = {
  id,
  kind: 'newsletter',
  description: 'Removes print-subscription offers such as "12 issues for £11.99".',
  find,
};
