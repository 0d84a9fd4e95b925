// The reader's whole look, set as the textContent of ONE <style> element in the shadow root: the only way
// that applies under a strict page CSP in both browsers (../shared/BROWSER-TESTS.md, "Page CSP");
// adoptedStyleSheets throws in Firefox 140 content scripts. Preferences (size, width, line height) arrive as
// custom properties set through CSSOM on .nd-root, theme and font as data attributes.
import { HOST_PRINT_STYLE, HOST_STYLE, hostDeclarations } from './host-style';
// Logical properties (inline-start/end) everywhere, so right-to-left articles lay out by themselves.

const SERIF = 'Charter, "Bitstream Charter", "Iowan Old Style", "Sitka Text", Cambria, Georgia, "Noto Serif", "DejaVu Serif", serif';
const SANS = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif';
const MONO = 'ui-monospace, "SF Mono", Menlo, Consolas, "DejaVu Sans Mono", "Liberation Mono", monospace';

const LIGHT = `
  --nd-bg: #fcfcfa; --nd-fg: #1d2125; --nd-muted: #5d646b; --nd-accent: #1f5fa8; --nd-line: #e4e2dc;
  --nd-surface: #f3f2ee; --nd-raised: #ffffff; --nd-mark: #fff3c4; --nd-shadow: 0 12px 40px rgb(20 24 28 / 0.16);
  color-scheme: light;`;
const DARK = `
  --nd-bg: #17191c; --nd-fg: #e3e1dc; --nd-muted: #9ba1a8; --nd-accent: #8fb8f5; --nd-line: #2d3136;
  --nd-surface: #202327; --nd-raised: #24282c; --nd-mark: #4a4020; --nd-shadow: 0 12px 40px rgb(0 0 0 / 0.5);
  color-scheme: dark;`;
const SEPIA = `
  --nd-bg: #f5eddd; --nd-fg: #3a2e22; --nd-muted: #76654f; --nd-accent: #8c4a14; --nd-line: #e2d5bd;
  --nd-surface: #ede2cc; --nd-raised: #fbf5ea; --nd-mark: #f0d999; --nd-shadow: 0 12px 40px rgb(60 40 10 / 0.18);
  color-scheme: light;`;

export const READER_CSS = `
:host { ${hostDeclarations(HOST_STYLE)} }
/* The host's pseudo-elements take the page's CSS as well, and render with the host in the top layer: a page's
   [data-news-declutter-reader]::before with inset: 0 covered the reader and took every click, and its ::backdrop
   image was fetched as the reader opened (tests/fixtures/hostile/pseudo.html). !important from the shadow tree
   outranks the page's !important; revert drops the page's declarations back to the browser's own. */
:host::before, :host::after { all: revert !important; content: none !important; display: none !important; }
:host::backdrop { all: revert !important; background: none !important; }

.nd-root {
  ${LIGHT}
  --nd-size: 19px; --nd-width: 68ch; --nd-lh: 1.6;
  --nd-font: ${SERIF};
  --nd-ui-font: ${SANS};
  /* A <dialog> shown as a modal (shadow-host.ts): fixed to the viewport in the top layer, to the host (contain:
     strict) outside it; none of the browser's own dialog box (margin, border, padding, size caps). */
  position: fixed; inset: 0; margin: 0; padding: 0; border: 0;
  width: auto; height: auto; max-width: none; max-height: none;
  display: flex; flex-direction: column;
  /* clip, not hidden: a hidden box still scrolls programmatically, and scrollIntoView or a focused link near the
     edge would shift the whole reader and show the page behind it. Only .nd-scroll and the drawer scroll. */
  overflow: clip;
  background: var(--nd-bg); color: var(--nd-fg);
  font: 15px/1.45 var(--nd-ui-font);
  text-align: start;
  -webkit-text-size-adjust: 100%;
  animation: nd-fade-in 160ms ease-out;
}
.nd-root[data-theme="dark"] { ${DARK} }
.nd-root[data-theme="sepia"] { ${SEPIA} }
@media (prefers-color-scheme: dark) { .nd-root[data-theme="system"] { ${DARK} } }
.nd-root[data-font="sans"] { --nd-font: ${SANS}; }
.nd-root[data-font="mono"] { --nd-font: ${MONO}; }
.nd-root:focus { outline: none; }

@keyframes nd-fade-in { from { opacity: 0; } to { opacity: 1; } }

*, *::before, *::after { box-sizing: border-box; }
[hidden] { display: none !important; }

/* --- Toolbar: quiet, one line, sticky above the article. --- */
.nd-toolbar {
  flex: none;
  display: flex; align-items: center; gap: 4px;
  padding: 8px 16px;
  background: var(--nd-bg);
  border-block-end: 1px solid var(--nd-line);
  position: relative; z-index: 2;
}
.nd-toolbar-site {
  flex: 1 1 auto; min-width: 0;
  overflow: hidden; text-overflow: ellipsis; white-space: nowrap;
  color: var(--nd-muted); font-size: 13px; letter-spacing: 0.02em;
}
.nd-button {
  appearance: none; -webkit-appearance: none;
  display: inline-flex; align-items: center; gap: 6px;
  min-height: 36px; min-width: 36px; padding: 0 10px;
  border: 1px solid transparent; border-radius: 8px;
  background: transparent; color: var(--nd-fg);
  font: inherit; font-size: 14px; cursor: pointer;
  transition: background-color 120ms ease, border-color 120ms ease;
}
.nd-button:hover { background: var(--nd-surface); }
.nd-button[aria-expanded="true"], .nd-button[aria-pressed="true"] { background: var(--nd-surface); border-color: var(--nd-line); }
.nd-button.nd-icon-only { padding: 0; justify-content: center; }
.nd-button.nd-primary { background: var(--nd-accent); color: var(--nd-bg); border-color: var(--nd-accent); }
.nd-button.nd-primary:hover { filter: brightness(1.08); }
.nd-button.nd-quiet { border-color: var(--nd-line); }
.nd-icon { width: 20px; height: 20px; fill: none; stroke: currentColor; stroke-width: 1.6; stroke-linecap: round; stroke-linejoin: round; flex: none; }
.nd-label-narrow { }
@media (max-width: 560px) { .nd-label-narrow { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; } }

/* Visible focus everywhere the keyboard lands; never on a mouse click. */
:focus-visible { outline: 3px solid var(--nd-accent); outline-offset: 2px; border-radius: 4px; }
.nd-root:focus-visible { outline-offset: -3px; }
[tabindex="-1"]:focus:not(:focus-visible) { outline: none; }
/* Headings and the scroll area take focus only so screen readers start there (drawer opened, reader opened):
   they are not controls, and a ring around them reads as a bug. */
h1[tabindex="-1"]:focus, h2[tabindex="-1"]:focus, .nd-scroll:focus { outline: none; }

/* --- Popover panels (display settings, "This site"). --- */
.nd-panel {
  position: absolute; inset-inline-end: 12px; inset-block-start: 56px; z-index: 3;
  width: min(340px, calc(100% - 24px));
  max-height: calc(100% - 72px); overflow: auto;
  padding: 16px 18px 18px;
  background: var(--nd-raised); color: var(--nd-fg);
  border: 1px solid var(--nd-line); border-radius: 12px; box-shadow: var(--nd-shadow);
}
.nd-panel h2 { margin: 0 0 12px; font-size: 13px; font-weight: 600; color: var(--nd-muted); text-transform: uppercase; letter-spacing: 0.06em; }
.nd-field { border: 0; margin: 0 0 14px; padding: 0; min-width: 0; }
.nd-field:last-child { margin-block-end: 0; }
.nd-field > legend, .nd-field-label { display: flex; justify-content: space-between; width: 100%; padding: 0; margin-block-end: 6px; font-size: 13px; color: var(--nd-muted); }
.nd-field output { color: var(--nd-fg); font-variant-numeric: tabular-nums; }
.nd-choices { display: grid; grid-auto-flow: column; grid-auto-columns: 1fr; gap: 4px; padding: 3px; border-radius: 10px; background: var(--nd-surface); }
.nd-choice { position: relative; display: block; }
.nd-choice input { position: absolute; opacity: 0; inset: 0; margin: 0; cursor: pointer; }
.nd-choice span {
  display: flex; align-items: center; justify-content: center; min-height: 32px; padding: 0 6px;
  border-radius: 7px; font-size: 13px; text-align: center; border: 1px solid transparent;
}
.nd-choice input:checked + span { background: var(--nd-raised); border-color: var(--nd-line); box-shadow: 0 1px 2px rgb(0 0 0 / 0.08); font-weight: 600; }
.nd-choice input:focus-visible + span { outline: 3px solid var(--nd-accent); outline-offset: 1px; }
.nd-choice-font-serif span { font-family: ${SERIF}; }
.nd-choice-font-mono span { font-family: ${MONO}; }
.nd-range { width: 100%; margin: 0; accent-color: var(--nd-accent); }
.nd-hint { margin: 4px 0 0; font-size: 13px; color: var(--nd-muted); }

/* --- The page: one calm column. --- */
.nd-main { flex: 1 1 auto; min-height: 0; position: relative; display: flex; flex-direction: column; }
.nd-scroll { flex: 1 1 auto; overflow: auto; overscroll-behavior: contain; scroll-padding-block: 24px; }
.nd-page { max-width: calc(var(--nd-width) + 48px); margin: 0 auto; padding: 48px 24px 96px; }
.nd-article { font-family: var(--nd-font); font-size: var(--nd-size); line-height: var(--nd-lh); }
.nd-article:lang(ja), .nd-article:lang(zh), .nd-article:lang(ko) { line-break: strict; }

.nd-head { margin-block-end: 2.2em; padding-block-end: 1.6em; border-block-end: 1px solid var(--nd-line); }
.nd-site { margin: 0 0 0.9em; font: 600 13px/1.3 var(--nd-ui-font); color: var(--nd-accent); letter-spacing: 0.08em; text-transform: uppercase; }
.nd-title { margin: 0; font-size: 2.05em; line-height: 1.18; font-weight: 700; letter-spacing: -0.01em; text-wrap: balance; }
.nd-title:focus { outline: none; }
.nd-byline { margin: 0.9em 0 0; font: 500 15px/1.4 var(--nd-ui-font); }
.nd-meta { margin: 0.35em 0 0; display: flex; flex-wrap: wrap; gap: 0 0.6em; font: 14px/1.4 var(--nd-ui-font); color: var(--nd-muted); }
.nd-meta > * + *::before { content: "·"; margin-inline-end: 0.6em; }

/* No hyphens: auto. The text is ragged, not justified, so hyphenation only evens the right edge a little; Firefox
   paid for it on every opening (A/B, 18 pages x 4 rounds: 0.92x, 0.96x and 0.98x without it, 2026-11-27), and
   Chromium on Linux has no hyphenation dictionaries, so the reader now looks the same in both. */
.nd-body { overflow-wrap: break-word; }
.nd-body > :first-child { margin-block-start: 0; }
.nd-body p, .nd-body ul, .nd-body ol, .nd-body dl, .nd-body pre, .nd-body blockquote, .nd-body figure, .nd-body .nd-table-scroll, .nd-body details { margin: 0 0 1.1em; }
.nd-body h1, .nd-body h2, .nd-body h3, .nd-body h4, .nd-body h5, .nd-body h6 { line-height: 1.25; margin: 1.8em 0 0.6em; font-weight: 700; }
.nd-body h1, .nd-body h2 { font-size: 1.4em; }
.nd-body h3 { font-size: 1.2em; }
.nd-body h4, .nd-body h5, .nd-body h6 { font-size: 1em; }
.nd-body a { color: var(--nd-accent); text-decoration: underline; text-decoration-thickness: 1px; text-underline-offset: 0.18em; }
.nd-body a:hover { text-decoration-thickness: 2px; }
.nd-body ul, .nd-body ol { padding-inline-start: 1.4em; }
.nd-body li { margin-block-end: 0.35em; }
.nd-body li::marker { color: var(--nd-muted); }
.nd-body blockquote { margin-inline: 0; padding: 0.1em 0 0.1em 1.1em; padding-inline: 1.1em 0; border-inline-start: 3px solid var(--nd-accent); color: var(--nd-fg); font-style: italic; }
.nd-body blockquote > :last-child { margin-block-end: 0; }
.nd-body img { display: block; max-width: 100%; height: auto; margin: 0 auto; border-radius: 4px; background: var(--nd-surface); }
/* Photos glare on a dark page: dim them a little (the printout and the light themes keep them as they are). */
.nd-root[data-theme="dark"] .nd-body img { filter: brightness(0.9); }
@media (prefers-color-scheme: dark) { .nd-root[data-theme="system"] .nd-body img { filter: brightness(0.9); } }
.nd-body figure { margin-inline: 0; }
.nd-body figure img { margin-block-end: 0.5em; }
.nd-body figcaption { font: 14px/1.45 var(--nd-ui-font); color: var(--nd-muted); }
.nd-body hr { border: 0; border-block-start: 1px solid var(--nd-line); margin: 2em 0; }
.nd-body pre { overflow: auto; padding: 0.8em 1em; border-radius: 6px; background: var(--nd-surface); font-size: 0.85em; line-height: 1.5; }
.nd-body code, .nd-body kbd, .nd-body samp { font-family: ${MONO}; font-size: 0.88em; }
.nd-body :not(pre) > code { padding: 0.1em 0.3em; border-radius: 4px; background: var(--nd-surface); }
.nd-body mark { background: var(--nd-mark); color: inherit; }
.nd-table-scroll { overflow-x: auto; }
.nd-body table { border-collapse: collapse; min-width: 60%; font: 15px/1.4 var(--nd-ui-font); font-variant-numeric: tabular-nums; }
.nd-body caption { caption-side: top; text-align: start; padding-block-end: 0.5em; color: var(--nd-muted); font-size: 14px; }
.nd-body th, .nd-body td { padding: 0.45em 0.8em; border-block-end: 1px solid var(--nd-line); text-align: start; vertical-align: top; }
.nd-body thead th { border-block-end-width: 2px; font-weight: 600; }

/* Restored receipts stand out a little, so the reader sees what came back. */
.nd-restored { background: var(--nd-mark); border-radius: 3px; }
.nd-restored-block { background: transparent; border-inline-start: 3px solid var(--nd-accent); padding-inline-start: 0.7em; border-radius: 0; }
.nd-orphans { margin-block-start: 2em; }

/* --- Related articles: apart from the text, a simple list. --- */
.nd-related { margin-block-start: 3.5em; padding-block-start: 1.4em; border-block-start: 1px solid var(--nd-line); font-family: var(--nd-ui-font); }
.nd-related h2 { margin: 0 0 0.8em; font-size: 13px; font-weight: 600; color: var(--nd-muted); text-transform: uppercase; letter-spacing: 0.08em; }
.nd-related ul { list-style: none; margin: 0; padding: 0; }
.nd-related li { border-block-end: 1px solid var(--nd-line); }
.nd-related a { display: block; padding: 0.75em 0; color: var(--nd-fg); text-decoration: none; }
.nd-related a:hover .nd-related-title { text-decoration: underline; text-underline-offset: 0.18em; }
.nd-related-title { display: block; font-size: 16px; font-weight: 500; line-height: 1.35; }
.nd-related-host { display: block; margin-block-start: 0.2em; font-size: 13px; color: var(--nd-muted); }

/* --- The Removed drawer: a side sheet, closed until opened. --- */
.nd-drawer {
  position: absolute; inset-block: 0; inset-inline-end: 0; z-index: 4;
  width: min(420px, 100%);
  display: flex; flex-direction: column;
  background: var(--nd-raised); color: var(--nd-fg);
  border-inline-start: 1px solid var(--nd-line); box-shadow: -8px 0 24px rgb(0 0 0 / 0.06);
  animation: nd-fade-in 140ms ease-out;
}
.nd-drawer-head { flex: none; display: flex; align-items: center; gap: 8px; padding: 12px 12px 12px 20px; padding-inline: 20px 12px; border-block-end: 1px solid var(--nd-line); }
.nd-drawer-head h2 { flex: 1; margin: 0; font-size: 16px; font-weight: 600; }
.nd-drawer-body { flex: 1; overflow: auto; overscroll-behavior: contain; padding: 12px 20px 24px; }
.nd-drawer-intro { margin: 0 0 12px; font-size: 14px; color: var(--nd-muted); }
.nd-receipts { list-style: none; margin: 0; padding: 0; }
.nd-receipt { padding: 12px 0; border-block-end: 1px solid var(--nd-line); }
.nd-receipt-top { display: flex; align-items: baseline; gap: 8px; }
.nd-receipt-kind { flex: 1; font-weight: 600; font-size: 14px; }
.nd-receipt-reason { margin: 2px 0 6px; font-size: 13px; color: var(--nd-muted); }
.nd-receipt-text { margin: 0; font-family: var(--nd-font); font-size: 15px; line-height: 1.45; overflow-wrap: anywhere; display: -webkit-box; -webkit-line-clamp: 4; -webkit-box-orient: vertical; overflow: hidden; }
.nd-receipt[data-restored="true"] .nd-receipt-kind::after { content: " ✓"; color: var(--nd-accent); }
.nd-receipt .nd-button { min-height: 30px; font-size: 13px; }

/* On wide screens the open drawer makes room instead of covering the text: the column re-centres beside it. */
@media (min-width: 1100px) {
  .nd-main:has(> .nd-drawer:not([hidden])) > .nd-scroll { padding-inline-end: min(420px, 100%); }
}

/* --- Notices: no article, error. --- */
.nd-notice { max-width: 36rem; margin: 12vh auto 0; padding: 0 24px; text-align: center; }
.nd-notice h1 { margin: 0 0 0.6em; font: 600 24px/1.3 var(--nd-ui-font); }
.nd-notice p { margin: 0 0 1.4em; color: var(--nd-muted); font-size: 16px; line-height: 1.55; }
.nd-notice-actions { display: flex; justify-content: center; gap: 8px; flex-wrap: wrap; }
/* The wait for the article: nothing for the first 400 ms (most pages are read by then), then the words fade in. */
.nd-loading h1 { color: var(--nd-muted); font-weight: 400; animation: nd-appear 200ms ease-out 400ms both; }
@keyframes nd-appear { from { opacity: 0; } to { opacity: 1; } }
.nd-error-detail { font-family: ${MONO}; font-size: 13px; overflow-wrap: anywhere; }

.nd-sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip-path: inset(50%); white-space: nowrap; border: 0; }

@media (max-width: 560px) {
  .nd-page { padding: 28px 18px 72px; }
  .nd-title { font-size: 1.7em; }
  .nd-toolbar { padding: 6px 8px; }
}

/* Users who asked for less motion get none. */
@media (prefers-reduced-motion: reduce) {
  *, *::before, *::after { animation: none !important; transition: none !important; scroll-behavior: auto !important; }
}

/* Forced colors (Windows High Contrast): let the system colours through and keep every control outlined. */
@media (forced-colors: active) {
  .nd-root { background: Canvas; color: CanvasText; }
  .nd-button, .nd-choice span, .nd-panel, .nd-drawer { border: 1px solid ButtonText; }
  .nd-choice input:checked + span { border: 2px solid Highlight; forced-color-adjust: none; background: Highlight; color: HighlightText; }
  :focus-visible, .nd-choice input:focus-visible + span { outline: 3px solid Highlight; }
  .nd-restored, .nd-restored-block { border-inline-start: 3px solid Highlight; background: Canvas; }
  .nd-icon { stroke: ButtonText; }
}

/* Printing (see print-mode.ts): the article alone, black on white, on as many pages as it needs. */
@media print {
  :host { ${hostDeclarations(HOST_PRINT_STYLE)} }
  /* [data-theme] so it outranks the dark and sepia theme rules: paper is white whatever the screen theme. */
  .nd-root, .nd-root[data-theme] { position: static; display: block; overflow: visible; background: #fff; color: #000; animation: none; ${LIGHT} --nd-bg: #fff; --nd-fg: #000; --nd-muted: #444; --nd-accent: #000; }
  .nd-toolbar, .nd-panel, .nd-drawer, .nd-status { display: none !important; }
  .nd-main, .nd-scroll { display: block; overflow: visible; height: auto; position: static; }
  .nd-page { max-width: none; padding: 0; }
  .nd-article { font-size: 12pt; }
  .nd-body a { color: inherit; }
  .nd-body img, .nd-body figure, .nd-body table { break-inside: avoid; }
  .nd-root[data-theme] .nd-body img { filter: none; }
  .nd-body h2, .nd-body h3 { break-after: avoid; }
}
`;

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
