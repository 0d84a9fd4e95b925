// How reader preferences reach the reader's root element: theme and font as data attributes (the design tokens and
// reader.css select on them), size, width and line height as custom properties set through CSSOM (allowed under
// any page CSP). Shared by the reader and the options page's preview, so the preview changes the way the reader does.

/** The preferences as applied (the reader's ReaderPrefs has this shape). */
export interface AppliedPrefs {
  theme: string;
  font: string;
  /** CSS px. */
  size: number;
  /** ch. */
  width: number;
  lineHeight: number;
}

export function applyPrefs(root: HTMLElement, prefs: AppliedPrefs): void {
  root.setAttribute('data-theme', prefs.theme);
  root.setAttribute('data-font', prefs.font);
  root.style.setProperty('--nd-size', `${prefs.size}px`);
  root.style.setProperty('--nd-width', `${prefs.width}ch`);
  root.style.setProperty('--nd-lh', String(prefs.lineHeight));
}

