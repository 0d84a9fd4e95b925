// The reader's stylesheet for its shadow root: the host element's own layout (host-style.ts, !important, so a page
// rule cannot undo it), its locked pseudo-elements and what the reader's <dialog> needs (by specificity, so order does
// not matter), then the shared look (src/shared/reader.css, after the design tokens).
import { READER_STYLESHEET } from '../../shared/reader-style';
import { HOST_PRINT_STYLE, HOST_STYLE, hostDeclarations } from './host-style';

/**
 * The host's pseudo-elements take the page's CSS as well: a page's `[data-news-declutter-reader]::before` with
 * `inset: 0` could lay a layer over the reader, and its content and ::backdrop images were fetched as the reader
 * opened (tests/fixtures/hostile/pseudo.html). !important from the shadow tree outranks the page's !important;
 * `revert` drops the page's declarations back to the browser's own.
 */
const HOST_PSEUDO_LOCK = `:host::before, :host::after { all: revert !important; content: none !important; display: none !important; }
:host::backdrop { all: revert !important; background: none !important; }`;

/**
 * .nd-root is a <dialog> shown as a modal (shadow-host.ts, raiseDialog): fixed to the viewport in the top layer
 * (to the host, `contain: strict`, outside it), without the browser's own dialog box (margin, border, padding,
 * size caps). Printing takes it out of the top layer and lets it flow. `dialog.nd-root` outranks reader.css's
 * `.nd-root` wherever it comes.
 */
const DIALOG_CSS = `dialog.nd-root { position: fixed; inset: 0; margin: 0; padding: 0; border: 0; width: auto; height: auto; max-width: none; max-height: none; }
@media print { dialog.nd-root { position: static; } }`;

export const READER_CSS = `:host { ${hostDeclarations(HOST_STYLE)} }
@media print { :host { ${hostDeclarations(HOST_PRINT_STYLE)} } }
${HOST_PSEUDO_LOCK}
${DIALOG_CSS}
${READER_STYLESHEET}`;

/**
 * Added to the page (not the shadow root) only while printing, and removed right after: hides every child of
 * <html> except the reader's host, so the printout is the clean article alone. The host is the element whose
 * `hostAttr` holds this reading's `key`: a page element with the attribute alone is hidden too.
 */
export function printPageCss(hostAttr: string, key: string): string {
  return `@media print {
  html > :not([${hostAttr}="${key}"]) { display: none !important; }
  html, body { overflow: visible !important; height: auto !important; background: #fff !important; }
}`;
}
