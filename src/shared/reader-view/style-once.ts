// The reader's later parts (Listen, the Save panel, the resume note) bring their own small sheets. Each goes once into
// the shadow root the part is drawn in (or a document's head), named so that a second opening finds it there.
// textContent, never parsed markup: a strict page CSP cannot block it (../shared/BROWSER-TESTS.md, "Page CSP").

/** The attribute naming a part's sheet. */
export const PART_STYLE_ATTR = 'data-nd-style';

/** Adds `css` as the sheet named `name` to the root `inside` is drawn in, unless it is there already. */
export function styleOnce(inside: Node, name: string, css: string): void {
  const root = inside.getRootNode();
  // Duck-typed, not instanceof: in a Firefox content script the page's nodes come from another global.
  const parent: ParentNode | null = 'host' in root ? (root as ShadowRoot) : ((root as Partial<Document>).head ?? null);
  // The children, not `:scope > style`: on a shadow root (no element to scope to) that selector matches nothing.
  if (!parent || [...parent.children].some((c) => c.localName === 'style' && c.getAttribute(PART_STYLE_ATTR) === name)) return;
  const style = (inside.ownerDocument ?? (root as Document)).createElement('style');
  style.setAttribute(PART_STYLE_ATTR, name);
  style.textContent = css;
  parent.appendChild(style);
}
