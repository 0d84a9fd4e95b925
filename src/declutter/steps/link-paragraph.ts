// A paragraph that is one link and nothing else: a teaser for another story or an app ("SEVEN THINGS TO KNOW
// ABOUT THE VOTE", "Get our app"), placed between the story's paragraphs. Prose that holds a link keeps its own
// words around it and stays (tests/fixtures/link-paragraph/negative--prose-with-link.html); so does a bare
// short link ("Source"), which may be a reference, and a sentence linked to a share endpoint (click to tweet).
// A teaser may carry its story's date in figures before the link ("30.09.2011 10:10 <a>headline</a>", a list of
// older stories under "See also"): the date is part of the teaser (tests/fixtures/link-paragraph/dated-teasers.html);
// a sentence that starts with a date and goes on in words stays.
import { outermostOnly, outermostSameText } from '../findings';
import { linkText, textOf } from '../node-text';
import { closestOf, elementsOf } from '../selectors';
import { leafBlocks } from '../lines';
import { SHARE_HREF } from '../matchers';
import { wordCharacters } from '../normalize';
import type { RunMemo } from '../run-memo';
import type { Finding, Step, StepInput } from '../types';

export const id = 'link-paragraph';

/** Share of the paragraph's word characters that the link covers. */
const MIN_LINK_SHARE = 0.95;
/** A teaser is a headline: at least this many words (a one- or two-word link may be a reference). */
const MIN_WORDS = 4;
/** A date and time in figures, in any order of day, month and year, or a time alone: "30.09.2011 10:10",
 * "2011-09-30", "10:10". */
const LEADING_DATE = /^(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\.?,?\s*)?(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*/u;

/** Where a linked line is content: quotes (embedded posts), tables, lists (link-list.ts judges those), headings. */
const CONTENT_CONTEXT = 'blockquote, table, ul, ol, dl, h1, h2, h3, pre, code, figure';

function find({ root, memo }: StepInput): Finding[] {
  const found: Finding[] = [];
  for (const block of leafBlocks(root, memo)) {
    // The one-link test first: it needs no text, and rules out nearly every line.
    const links = elementsOf(block, 'a[href]', memo);
    if (links.length !== 1) continue;
    if (closestOf(block, CONTENT_CONTEXT)) continue;
    const text = textOf(block, memo);
    const headline = text.replace(LEADING_DATE, '');
    if (headline.split(' ').length < MIN_WORDS) continue;
    const chars = wordCharacters(headline);
    const linked = wordCharacters(textOf(links[0]!, memo));
    if (!chars || linked.length / chars.length < MIN_LINK_SHARE) continue;
    // A quote linked to a share endpoint ("click to tweet") is the story's own sentence, offered for sharing.
    if (SHARE_HREF.test(links[0]!.getAttribute('href')?.trim() ?? '')) continue;
    found.push({ node: outermostSameText(block, root, memo), reason: 'Paragraph that is only a link to another page' });
  }
  return outermostOnly(found);
}

export const step: Step = {
  id,
  kind: 'related-link',
  description: 'Removes paragraphs that are nothing but a link to another page, such as a teaser headline.',
  find,
};
