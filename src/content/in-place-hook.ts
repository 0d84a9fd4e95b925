// How content.js reaches in-place decluttering without carrying it: in-place.js (src/content/in-place-entry.ts),
// registered before content.js for sites in an automatic mode (src/background/site-access.ts), leaves its entry
// point on the content-script world's global under this key. A click's content.js never has it and never needs it.
import type { InPlaceHandle, InPlaceOptions } from './in-place';

export type DeclutterInPlace = (doc: Document, opts?: InPlaceOptions) => InPlaceHandle;

const KEY = Symbol.for('news-declutter.in-place');

export function provideInPlace(fn: DeclutterInPlace, scope: object = globalThis): void {
  (scope as Record<symbol, unknown>)[KEY] = fn;
}

/** The entry point in-place.js left here, or null when it was not loaded. */
export function inPlaceHook(scope: object = globalThis): DeclutterInPlace | null {
  const fn = (scope as Record<symbol, unknown>)[KEY];
  return typeof fn === 'function' ? (fn as DeclutterInPlace) : null;
}
