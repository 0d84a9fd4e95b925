// The standfirst (the summary under the headline) when it repeats the page's own description, in the
// header: the reader shows that summary as the excerpt. Many sites use their first paragraph as the
// description, so the repeat alone proves nothing; the line must also sit among the header's lines, next to
// a date line, the title or the byline. A first paragraph that opens the story stays
// (tests/fixtures/standfirst/negative--first-paragraph.html).
import { outermostOnly, outermostSameText } from '../findings';
import { textOf } from '../node-text';
import { leafBlocks } from '../lines';
import type { Finding, Step, StepInput } from '../types';
import { isDateLine } from './timestamp';
import { isBylineLine, key } from './title-byline';

export const id = 'standfirst';

/** How many lines before or after the standfirst may hold the date, title or byline it sits with. */
const MAX_HEADER_DISTANCE = 2;
/** A description shorter than this ("Sports", a site's slogan) says too little to match a line. */
const MIN_DESCRIPTION_CHARS = 20;
/** The header is the top of the article: a standfirst further down is a paragraph that happens to match. */
const MAX_HEADER_LINE = 6;
const CONTENT_CONTEXT = 'blockquote, table, ul, ol, dl, pre, code';

function find({ root, title, byline, description }: StepInput): Finding[] {
  // A description cut short ("…") is the first paragraph's opening: it says nothing about a standfirst.
  const desc = key(description ?? '');
  if (desc.length < MIN_DESCRIPTION_CHARS) return [];
  const titleKey = key(title ?? '');
  const bylineKey = key(byline ?? '');
  const nameKey = key((byline ?? '').split(/[,;|\u2013\u2014]| - /u)[0] ?? '');
  const lines = leafBlocks(root).filter((el) => textOf(el));
  const isHeaderLine = (el: Element | undefined) => {
    if (!el) return false;
    const text = textOf(el);
    const k = key(text);
    return isDateLine(text) || (titleKey !== '' && k === titleKey) || (bylineKey !== '' && isBylineLine(text, k, bylineKey, nameKey));
  };
  const found: Finding[] = [];
  lines.slice(0, MAX_HEADER_LINE).forEach((el, i) => {
    if (el.closest(CONTENT_CONTEXT) || key(textOf(el)) !== desc) return;
    for (let d = 1; d <= MAX_HEADER_DISTANCE; d++) {
      if (isHeaderLine(lines[i - d]) || isHeaderLine(lines[i + d])) {
        found.push({ node: outermostSameText(el, root), reason: 'Standfirst that repeats the page summary, in the header' });
        return;
      }
    }
  });
  return outermostOnly(found);
}

export const step: Step = {
  id,
  kind: 'boilerplate',
  description: 'Removes the standfirst in the header when it repeats the page summary the reader shows.',
  find,
};
