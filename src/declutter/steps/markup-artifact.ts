// Markup debris in the prose: tags that a site's CMS escaped instead of rendering, which reach the reader
// as literal text ("< p>", "< /p>", "&lt;p&gt;"); see ../shared/seeds/000_1cfcd312dda41750.txt. Shortcodes of
// blog engines that were printed instead of expanded ('[button link="…"]', "[/button]") are debris too.
// Code samples keep their tags: text inside code, pre, kbd and samp is never touched.
import type { Finding, Step, StepInput } from '../types';

export const id = 'markup-artifact';

const TAGS = 'p|br|div|span|em|strong|b|i|u|a|h[1-6]|li|ul|ol|blockquote|figure|figcaption|img|hr|section|article';
/**
 * A CMS shortcode printed as text: an opening one with attributes ('[button link="…" type="big"]') or a closing
 * one ("[/button]"). An opening one needs an attribute, so "[sic]", "[VIDEO]" or a bracketed aside stay
 * (tests/fixtures/markup-artifact/negative--brackets.html).
 */
const SHORTCODE = `\\[[a-z][a-z0-9_-]{1,30}(?:\\s+[a-z_-]+\\s*=\\s*(?:"[^"\\]]{0,200}"|[\u201c\u201d][^\u201c\u201d\\]]{0,200}[\u201c\u201d]|'[^'\\]]{0,200}'|[^\\s\\]"]{1,200}))+\\s*\\/?\\]|\\[\\/[a-z][a-z0-9_-]{1,30}\\]`;
/** A literal tag ("< p>", "</p >", "<br/>"), an escaped one ("&lt;p&gt;", "&amp;lt;/p&amp;gt;") or a shortcode. */
const DEBRIS = new RegExp(
  `<\\s*\\/?\\s*(?:${TAGS})(?:\\s[^<>]{0,60})?\\s*\\/?\\s*>|&(?:amp;)?lt;\\s*\\/?\\s*(?:${TAGS})(?:\\s[^<>&]{0,60})?\\s*\\/?\\s*&(?:amp;)?gt;|${SHORTCODE}`,
  'giu',
);
const CODE = 'code, pre, kbd, samp, script, style, textarea';

function find({ root }: StepInput): Finding[] {
  const found: Finding[] = [];
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n as Text;
    const data = text.data;
    if (data.indexOf('<') < 0 && data.indexOf('&') < 0 && data.indexOf('[') < 0) continue;
    if (text.parentElement?.closest(CODE)) continue;
    for (const m of data.matchAll(DEBRIS)) {
      found.push({ node: text, start: m.index, end: m.index + m[0].length, reason: 'Literal HTML tag left in the text' });
    }
  }
  return found;
}

export const step: Step = {
  id,
  kind: 'markup-artifact',
  description: 'Removes literal tags such as "< p>" or "&lt;/p&gt;" that a site printed as text.',
  find,
};
