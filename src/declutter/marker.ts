// The attribute of the empty marker left where a receipt's content was: the reader restores it there.
// Its own module so that steps can recognize markers without importing the pipeline (which imports the steps).
export const MARKER_ATTR = 'data-nd-removed';

/**
 * Takes the marker attribute off every element of `root` that the page wrote itself, before any step leaves its
 * own markers: a page that plants `<span data-nd-removed="0">` would otherwise decide where Restore puts the
 * first removed item (the reader restores after the first marker of that number;
 * tests/fixtures/hostile/planted-marker.html). Only the engine's markers are in the article it returns.
 */
export function clearPageMarkers(root: Element): void {
  for (const el of Array.from(root.querySelectorAll(`[${MARKER_ATTR}]`))) el.removeAttribute(MARKER_ATTR);
  root.removeAttribute(MARKER_ATTR);
}
