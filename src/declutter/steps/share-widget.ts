// Share bars and buttons: "Share", "Partager", "Teilen", rows of Facebook / X / WhatsApp / e-mail links.
// A bar is recognized by what its links do (share endpoints) or say (share labels), never by class names,
// so an article that mentions Facebook in a sentence keeps it (tests/fixtures/share-widget/negative--prose.html).
import { elementsOf, firstOf, isBlock, MEDIA_SELECTOR, outermostOnly, outermostSameText, textOf } from '../dom';
import { isWholeMatch, MAX_LABEL_CHARS } from '../matchers';
import { normalizeWords } from '../normalize';
import type { Finding, Step, StepInput } from '../types';

export const id = 'share-widget';

/** Share endpoints of the common networks: a link to one of these is a share button whatever it says. */
export const SHARE_HREF =
  /^(?:https?:\/\/(?:www\.|m\.)?(?:facebook\.com\/(?:sharer|share|dialog\/share)|(?:twitter|x)\.com\/(?:intent|share)|linkedin\.com\/(?:shareArticle|sharing)|pinterest\.[a-z.]+\/pin\/create|reddit\.com\/submit|t\.me\/share|telegram\.me\/share|api\.whatsapp\.com\/send|wa\.me\/|vk\.com\/share|connect\.ok\.ru|service\.weibo\.com\/share|social-plugins\.line\.me|line\.me\/R\/msg|getpocket\.com\/save|flipboard\.com\/bookmarklet|b\.hatena\.ne\.jp\/entry|bsky\.app\/intent)|whatsapp:\/\/send|mailto:\?)/i;
/** A bar holds at least this many share buttons. */
const MIN_BAR_BUTTONS = 2;

function isShareButton(el: Element): boolean {
  const href = el.getAttribute('href');
  if (href && SHARE_HREF.test(href.trim())) return true;
  const text = textOf(el);
  return text !== '' && isWholeMatch('shareLabels', text);
}

function find({ root }: StepInput): Finding[] {
  const found: Finding[] = [];
  // Bars: a container whose clickable children are all share buttons.
  for (const el of elementsOf(root, 'ul, ol, div, p, section, aside, nav, span, footer, header')) {
    const buttons = elementsOf(el, 'a, button');
    if (buttons.length < MIN_BAR_BUTTONS || !buttons.every(isShareButton)) continue;
    // Besides its buttons a bar says nothing, or only "Share" / "Share this:". Prose that names two
    // networks ("Facebook and Twitter declined to comment") says more.
    let other = textOf(el);
    for (const b of buttons) other = other.replace(textOf(b), ' ');
    const rest = normalizeWords(other);
    if (rest && !isWholeMatch('shareLabels', rest)) continue;
    if (el.querySelector('img:not([width="16"]):not([width="24"]), video, table, p p')) continue;
    found.push({ node: outermostSameText(el, root), reason: 'Row of share buttons' });
  }
  // Single buttons and labels: a link or button that shares, or a short element that only says "Share".
  for (const el of elementsOf(root, 'a, button, span, div, p, li, strong')) {
    // The cheap test first: a long text is never a button (this loop visits most of the article's elements).
    const text = el.textContent ?? '';
    if (text.length > MAX_LABEL_CHARS || firstOf(el, MEDIA_SELECTOR)) continue;
    const href = el.getAttribute('href');
    if (href && SHARE_HREF.test(href.trim())) {
      found.push({ node: outermostSameText(el, root), reason: 'Share button' });
      continue;
    }
    // By its words alone, a share label counts only when it stands alone: "Facebook" linked inside a
    // sentence is a name, not a button.
    if (!text.trim() || el.childElementCount > 1 || !isWholeMatch('shareLabels', text)) continue;
    const outer = outermostSameText(el, root);
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
