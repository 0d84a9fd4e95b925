// Author boxes at the end of a story: a heading such as "About the author" (words/<lang>.ts, authorHeadings),
// the author's name and a few lines of biography. The heading's words are data, matched against its whole
// text, so a section of the story about an author ("The author and her critics") stays
// (tests/fixtures/author-bio/negative--section.html).
import { outermostOnly, outermostSameText } from '../findings';
import { textOf } from '../node-text';
import { matchesOf } from '../selectors';
import { shortTextElements } from '../text-lengths';
import { isWholeMatch, MAX_LABEL_CHARS } from '../matchers';
import type { RunMemo } from '../run-memo';
import type { Finding, Step, StepInput } from '../types';

export const id = 'author-bio';

/** An author box is a name, a photo and a paragraph or two: longer than this, the container holds the story. */
const MAX_BOX_CHARS = 800;
/** Without a box around it, this many siblings after the heading belong to it (name, handle, bio, links). */
const MAX_BIO_SIBLINGS = 4;
const HEADING_LIKE = 'h2, h3, h4, h5, h6, p, div, span, strong, b, header, dt';

function find({ root, memo }: StepInput): Finding[] {
  const found: Finding[] = [];
  // Only short elements are read: a heading is a label (isWholeMatch takes nothing longer), and textContent costs
  // a subtree's size (npm run bench).
  for (const heading of shortTextElements(root, MAX_LABEL_CHARS, memo)) {
    if (heading.childElementCount > 2 || !matchesOf(heading, HEADING_LIKE)) continue;
    if (!isWholeMatch('authorHeadings', heading.textContent ?? '', memo)) continue;
    const reason = 'Author box (name and biography)';
    const container = outermostSameText(heading, root, memo).parentElement;
    if (container && container !== root && textOf(container, memo).length <= MAX_BOX_CHARS) {
      found.push({ node: outermostSameText(container, root, memo), reason });
      continue;
    }
    const start = outermostSameText(heading, root, memo);
    found.push({ node: start, reason });
    let sib = start.nextElementSibling;
    let total = 0;
    for (let i = 0; sib && i < MAX_BIO_SIBLINGS; i++, sib = sib.nextElementSibling) {
      total += textOf(sib, memo).length;
      if (total > MAX_BOX_CHARS || matchesOf(sib, 'h1, h2, h3')) break;
      found.push({ node: sib, reason });
    }
  }
  return outermostOnly(found);
}

export const step: Step = {
  id,
  kind: 'byline-block',
  description: 'Removes "About the author" boxes: the heading, the name and the short biography.',
  find,
};
