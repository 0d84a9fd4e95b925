// --format html: a complete standalone page. contentHtml is already sanitized by the engine; the page adds a
// strict CSP anyway (defence in depth for a file people open from disk): no scripts, no frames, no forms,
// no network but https: and data: images, and only our own inline style, allowed by its hash.
// The same renderer writes the CLI's output and the reader's "Save as HTML", so it runs in Node and in a content
// script alike: no Node module here (the style's hash is a constant, checked by tests/unit/cli-formats.test.ts).
import type { Article } from '../../declutter/types';
import type { Format } from './index';
import { metaLine } from './text';

export const STYLE = `body{margin:0;background:#fdfdfb;color:#1d1d1b;font:1.125rem/1.6 Georgia,serif}
article,nav{max-width:40rem;margin:0 auto;padding:1.5rem}
h1{line-height:1.2}img,video{max-width:100%;height:auto}
.meta{color:#5f5f5a;font-size:.95rem}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .5rem}
pre{overflow:auto}blockquote{margin-left:0;padding-left:1rem;border-left:3px solid #ccc}
@media (prefers-color-scheme:dark){body{background:#1c1c1e;color:#e6e6e3}.meta{color:#a5a5a0}a{color:#8ab4f8}}`;

/** base64 SHA-256 of STYLE, for the CSP's style-src. Change STYLE and the test prints the new value. */
export const STYLE_HASH = 'qIr9H8j0HKDHahQZcgtP+tiSAWe6ocd58G1tp3l0KJ8=';

export const CSP = [
  "default-src 'none'",
  // Not http:: a saved page opened later must not send requests in the clear, nor to the viewer's own network
  // (a router's or printer's address on the LAN).
  'img-src https: data:',
  `style-src 'sha256-${STYLE_HASH}'`,
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);
}

/** Related URLs come from the page: only http(s) links are written as links. */
function safeHref(url: string): string | null {
  return /^https?:/iu.test(url) ? escapeHtml(url) : null;
}

export const html: Format = {
  name: 'html',
  ext: 'html',
  render(article) {
    const lang = article.lang ? ` lang="${escapeHtml(article.lang)}"` : '';
    const related = article.related.length
      ? `<nav aria-labelledby="related"><h2 id="related">Related articles</h2><ul>\n${article.related
          .map((r) => {
            const href = safeHref(r.url);
            const title = escapeHtml(r.title || r.url);
            return href ? `<li><a href="${href}" rel="noopener noreferrer">${title}</a></li>` : `<li>${title}</li>`;
          })
          .join('\n')}\n</ul></nav>\n`
      : '';
    return `<!DOCTYPE html>
<html${lang} dir="${article.dir}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(article.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<article>
<h1>${escapeHtml(article.title)}</h1>
<p class="meta">${escapeHtml(metaLine(article))}</p>
${article.contentHtml}
</article>
${related}</body>
</html>
`;
  },
};
