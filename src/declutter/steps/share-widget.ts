// Share bars and buttons: "Share", "Partager", "Teilen", rows of Facebook / X / WhatsApp / e-mail links.
// A bar is recognized by what its links do (share endpoints) or say (share labels), never by class names,
// so an article that mentions Facebook in a sentence keeps it (tests/fixtures/share-widget/negative--prose.html).
import { isBlock } from '../block-tags';
import { MEDIA_SELECTOR, outermostOnly, outermostSameText } from '../findings';
import { textOf } from '../node-text';
import { elementsOf, firstOf, matchesOf } from '../selectors';
import { shortTextElements } from '../text-lengths';
import { isWholeMatch, MAX_LABEL_CHARS, SHARE_HREF } from '../matchers';
import { normalizeWords } from '../normalize';
import type { RunMemo } from '../run-memo';
import type { Finding, Step, StepInput } from '../types';

export const id = 'share-widget';

/** A bar holds at least this many share buttons. */
const MIN_BAR_BUTTONS = 2;

function isShareButton(el: Element, memo?: RunMemo): boolean {
  const href = el.getAttribute('href');
  if (href && SHARE_HREF.test(href.trim())) return true;
  const text = textOf(el, memo);
  return text !== '' && isWholeMatch('shareLabels', text, memo);
}

/**
 * The elements of root whose clickable descendants (a, button) are all share buttons, at least MIN_BAR_BUTTONS.
 * Counted up from each button once: asking every container for its buttons cost the article's size times its
 * depth (npm run bench).
 */
function shareOnlyContainers(root: Element, memo?: RunMemo): Set<Element> {
  const buttons = new Map<Element, number>();
  const other = new Set<Element>();
  for (const b of elementsOf(root, 'a, button', memo)) {
    const share = isShareButton(b, memo);
    for (let p = b.parentElement; p && p !== root; p = p.parentElement) {
      buttons.set(p, (buttons.get(p) ?? 0) + 1);
      if (!share) other.add(p);
    }
  }
  const out = new Set<Element>();
  for (const [el, n] of buttons) if (n >= MIN_BAR_BUTTONS && !other.has(el)) out.add(el);
  return out;
}

function find({ root, memo }: StepInput): Finding[] {
  const found: Finding[] = [];
  // Bars: a container whose clickable children are all share buttons.
  const bars = shareOnlyContainers(root, memo);
  for (const el of bars.size ? elementsOf(root, 'ul, ol, div, p, section, aside, nav, span, footer, header', memo) : []) {
    if (!bars.has(el)) continue;
    const buttons = elementsOf(el, 'a, button', memo);
    // Besides its buttons a bar says nothing, or only "Share" / "Share this:". Prose that names two
    // networks ("Facebook and Twitter declined to comment") says more.
    let other = textOf(el, memo);
    for (const b of buttons) other = other.replace(textOf(b, memo), ' ');
    const rest = normalizeWords(other, memo);
    if (rest && !isWholeMatch('shareLabels', rest, memo)) continue;
    if (el.querySelector('img:not([width="16"]):not([width="24"]), video, table, p p')) continue;
    found.push({ node: outermostSameText(el, root, memo), reason: 'Row of share buttons' });
  }
  // Single buttons and labels: a link or button that shares, or a short element that only says "Share".
  // A long text is never a button: only short elements are read (this loop would visit most of the article's).
  for (const el of shortTextElements(root, MAX_LABEL_CHARS, memo)) {
    if (!matchesOf(el, 'a, button, span, div, p, li, strong')) continue;
    const text = el.textContent ?? '';
    if (firstOf(el, MEDIA_SELECTOR)) continue;
    const href = el.getAttribute('href');
    if (href && SHARE_HREF.test(href.trim())) {
      found.push({ node: outermostSameText(el, root, memo), reason: 'Share button' });
      continue;
    }
    // By its words alone, a share label counts only when it stands alone: "Facebook" linked inside a
    // sentence is a name, not a button.
    if (!text.trim() || el.childElementCount > 1 || !isWholeMatch('shareLabels', text, memo)) continue;
    const outer = outermostSameText(el, root, memo);
    if (outer !== el || isBlock(el) || el.tagName === 'BUTTON') found.push({ node: outer, reason: 'Share button' });
  }
  return outermostOnly(found);
}

export const step: Step = {
  id,
  kind: 'share-widget',
  description: 'Removes share bars and buttons (Facebook, X, WhatsApp, e-mail, copy link).',
  find,
};
