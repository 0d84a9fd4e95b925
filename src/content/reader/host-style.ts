// The host element's own layout, declared twice on purpose:
// - inline !important, set through CSSOM (allowed under any page CSP): beats every page rule, including hostile
//   `html > * { display: none !important }`;
// - in the shadow stylesheet as `:host { … !important }`: for !important declarations the shadow tree's context
//   wins over the page's, inline ones included (CSS Cascade 4, "Encapsulation Contexts"). Without the layout
//   there, `:host { all: initial !important }` would wipe the inline position (seen in Chromium 156: the host
//   fell back to position: static).

export type HostRules = ReadonlyArray<readonly [string, string]>;

/** The highest z-index there is: the reader must cover every page overlay, cookie banner and sticky header. */
const TOP_LAYER_Z = '2147483647';

/** `all: initial` first, so no inherited or page-set property (font, colour, direction, filter…) leaks in. */
export const HOST_STYLE: HostRules = [
  ['all', 'initial'],
  ['display', 'block'],
  ['position', 'fixed'],
  ['inset', '0'],
  ['width', 'auto'],
  ['height', 'auto'],
  ['margin', '0'],
  ['padding', '0'],
  ['border', '0'],
  ['z-index', TOP_LAYER_Z],
  ['visibility', 'visible'],
  ['opacity', '1'],
  ['transform', 'none'],
  ['filter', 'none'],
  ['clip-path', 'none'],
  ['pointer-events', 'auto'],
  ['contain', 'strict'],
  // Never a scroll container (see .nd-root in src/shared/reader.css): nothing may shift the reader inside its host.
  ['overflow', 'clip'],
];

/** While printing, the host flows like a document so the article spans every page (see print-mode.ts). */
export const HOST_PRINT_STYLE: HostRules = [
  ['position', 'static'],
  ['inset', 'auto'],
  ['contain', 'none'],
  ['height', 'auto'],
  ['overflow', 'visible'],
];

/** The rules as CSS declarations, each !important, for the `:host` block of the shadow stylesheet. */
export function hostDeclarations(rules: HostRules): string {
  return rules.map(([name, value]) => `${name}: ${value} !important;`).join(' ');
}
