// Listen's own styles, set as a <style>'s textContent inside the reader's shadow root by listen.js (a strict page
// CSP cannot block that, ../shared/BROWSER-TESTS.md "Page CSP"). They use the reader's theme variables
// (--nd-*), so the player follows light, dark, sepia and forced colours.
export const LISTEN_CSS = `
.nd-listen {
  flex: none; position: relative; z-index: 2;
  display: flex; flex-wrap: wrap; align-items: center; gap: 8px 16px;
  padding: 8px 16px;
  background: var(--nd-surface); border-block-end: 1px solid var(--nd-line);
  font-size: 14px;
}
.nd-listen-controls { display: flex; gap: 4px; }
.nd-listen-play { min-width: 44px; }
.nd-listen .nd-field { display: flex; align-items: center; gap: 8px; margin: 0; }
.nd-listen .nd-field-label { width: auto; margin: 0; gap: 6px; }
.nd-listen .nd-range { width: 120px; }
.nd-listen-select {
  max-width: 18em; min-height: 32px; padding: 0 6px;
  border: 1px solid var(--nd-line); border-radius: 6px;
  background: var(--nd-raised); color: var(--nd-fg); font: inherit;
}
.nd-listen-status { flex: 1 1 12em; margin: 0; color: var(--nd-muted); font-size: 13px; }
.nd-listen-status:empty { display: none; }
.nd-listen-status[data-tone="warn"] { color: var(--nd-fg); }
.nd-listen .nd-icon { fill: currentColor; stroke: none; }
/* The block being read: a quiet rule beside it; the sentence: the reader's mark colour. */
.nd-listen-block { box-shadow: -6px 0 0 -3px var(--nd-accent); }
[dir="rtl"] .nd-listen-block { box-shadow: 6px 0 0 -3px var(--nd-accent); }
.nd-listen-mark { background: var(--nd-mark); border-radius: 2px; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
@media (forced-colors: active) {
  .nd-listen-mark { background: Highlight; color: HighlightText; forced-color-adjust: none; }
  .nd-listen-block { box-shadow: none; outline: 2px solid CanvasText; }
}
@media print { .nd-listen { display: none !important; } .nd-listen-mark { background: none; } }
`;
