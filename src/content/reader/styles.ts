// The reader's stylesheet for its shadow root: the host element's own layout (host-style.ts, !important, so a page
// rule cannot undo it), then the shared look (src/shared/reader.css, after the design tokens).
import { READER_STYLESHEET } from '../../shared/reader-style';
import { HOST_PRINT_STYLE, HOST_STYLE, hostDeclarations } from './host-style';

export const READER_CSS = `:host { ${hostDeclarations(HOST_STYLE)} }
@media print { :host { ${hostDeclarations(HOST_PRINT_STYLE)} } }
${READER_STYLESHEET}`;

/**
 * Added to the page (not the shadow root) only while printing, and removed right after: hides every child of
 * <html> except the reader's host, so the printout is the clean article alone. `hostAttr` names the host.
 */
export function printPageCss(hostAttr: string): string {
  return `@media print {
  html > :not([${hostAttr}]) { display: none !important; }
  html, body { overflow: visible !important; height: auto !important; background: #fff !important; }
}`;
}
