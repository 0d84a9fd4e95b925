// What a site's registered script does by itself when it loads (DESIGN.md flow 4): content.js opens the reader;
// in-place.js declutters the page in place and follows the site's settings while the page stays open (switching
// in-place off shows the clutter again without a reload). Injected by a click, content.js does nothing here: the
// click's `toggle` follows (src/background/inject.ts marks those injections).
import { autoActionFor, type AutoAction, sameSteps, type SiteSettings } from '../settings/index';
import { HANDED_STEPS_KEY, ON_DEMAND_KEY } from '../shared/on-demand';
import type { InPlaceHandle } from './in-place';

/** What an in-place page does when its site's settings change. */
export type InPlaceChange = 'apply' | 'undo' | 'reapply' | 'none';

/**
 * `active`: the page is decluttered in place now. Steps switched on or off take effect by undoing and applying
 * again (the hidden elements are found anew with the new step list).
 */
export function inPlaceChange(active: boolean, prev: SiteSettings, next: SiteSettings): InPlaceChange {
  if (next.mode !== 'in-place') return active ? 'undo' : 'none';
  if (!active) return 'apply';
  return sameSteps(prev.disabledSteps, next.disabledSteps) ? 'none' : 'reapply';
}

/**
 * The steps this site switched off, as the background read them for this click and handed them over before the
 * injection (src/background/inject.ts); [] when it handed none (the site switches none off). Taken once: the next
 * click hands over its own.
 */
export function takeHandedSteps(scope: object = globalThis): readonly string[] {
  const slot = scope as Record<symbol, unknown>;
  const value = slot[Symbol.for(HANDED_STEPS_KEY)];
  delete slot[Symbol.for(HANDED_STEPS_KEY)];
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
}

/** Whether the background put this script here for a click (the mark set just before the injection). */
export function injectedOnDemand(scope: object = globalThis): boolean {
  return (scope as Record<symbol, unknown>)[Symbol.for(ON_DEMAND_KEY)] === true;
}

/**
 * Each bundle brings the mode it carries: content.js opens the reader, in-place.js declutters in place
 * (src/background/registrations.ts registers the one a site's mode needs). A mode whose part is missing does nothing
 * on this page: the site switched modes while the page was open, and its next load gets the other file.
 */
export interface AutoRunDeps {
  loadSite(): Promise<SiteSettings>;
  onSiteChanged(listener: (s: SiteSettings) => void): void;
  /** `disabledSteps`: the site's, as just read, so the reader extracts once with them. */
  openReader?(disabledSteps: readonly string[]): Promise<void>;
  declutterInPlace?(disabledSteps: readonly string[]): InPlaceHandle;
}

/** Runs the site's automatic mode once, and keeps in-place decluttering in step with the settings. */
export async function autoRun(deps: AutoRunDeps): Promise<AutoAction> {
  let current = await deps.loadSite();
  let handle: InPlaceHandle | null = null;
  const action = autoActionFor(current);
  if (action === 'open-reader') await deps.openReader?.(current.disabledSteps);
  else if (action === 'declutter-in-place' && deps.declutterInPlace) handle = deps.declutterInPlace(current.disabledSteps);
  const inPlace = deps.declutterInPlace;
  if (!inPlace) return action;
  deps.onSiteChanged((next) => {
    const change = inPlaceChange(handle?.isActive() ?? false, current, next);
    current = next;
    if (change === 'undo' || change === 'reapply') {
      handle?.undo();
      handle = null;
    }
    if (change === 'apply' || change === 'reapply') handle = inPlace(next.disabledSteps);
  });
  return action;
}
