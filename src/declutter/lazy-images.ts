// Lazy-loaded images keep their real address in data attributes until a page script swaps it in; a reader
// that only sees `src` shows the 1x1 placeholder. Readability's own recovery only takes URLs ending in
// .jpg/.jpeg/.png/.webp, and the sanitizer drops data-* attributes, so we recover them here, on the engine's copy,
// before Readability runs (tests/unit/lazy-images.test.ts). The reader applies the same rules to what the extension's
// sanitizer lets through (src/shared/reader-view/safe-dom.ts), so both agree on what a placeholder is.

/** Attributes sites use for the real image address, most specific first. */
export const LAZY_SRC_ATTRS = ['data-src', 'data-lazy-src', 'data-original', 'data-hi-res-src', 'data-url', 'data-lazy'];
export const LAZY_SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset'];
/** A data: URL shorter than this is a placeholder pixel, not a picture (a 1x1 GIF is about 70 characters). */
const MAX_PLACEHOLDER_CHARS = 200;
const PLACEHOLDER_NAME = /(?:^|[/_.-])(?:blank|placeholder|spacer|lazy|transparent|pixel|grey|gray)[^/]*$/i;

/** Whether an image address only holds a place until a page script swaps in the real one. */
export function isPlaceholder(src: string | null): boolean {
  if (!src || !src.trim()) return true;
  const s = src.trim();
  if (s.startsWith('data:')) return s.length < MAX_PLACEHOLDER_CHARS;
  return PLACEHOLDER_NAME.test(s.split('?')[0] ?? '');
}

function firstAttr(el: Element, names: readonly string[]): string | null {
  for (const n of names) {
    const v = el.getAttribute(n)?.trim();
    if (v && !v.startsWith('data:')) return v;
  }
  return null;
}

/** Puts the real address of lazy images (the copy's <img> and <source> elements) into src/srcset. Works on the
 * engine's copy only. */
export function recoverLazyImages(images: readonly Element[]): void {
  for (const img of images) {
    const real = firstAttr(img, LAZY_SRC_ATTRS);
    const realSet = firstAttr(img, LAZY_SRCSET_ATTRS);
    if (img.tagName === 'IMG' && real && isPlaceholder(img.getAttribute('src'))) img.setAttribute('src', real);
    if (realSet && (!img.getAttribute('srcset') || isPlaceholder(img.getAttribute('srcset')))) img.setAttribute('srcset', realSet);
  }
}
