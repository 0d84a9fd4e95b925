// What a site's settings mean for the code that acts on them: the content script on load, the toolbar
// button, and the toolbar button's context menu (checkbox items that show and set the active tab's mode).
// Pure functions, so every entry point reads the settings the same way.
import type { SiteMode, SiteSettings } from './schema';

/** What the content script does by itself when a page of the site loads (registered script, DESIGN.md flow 4). */
export type AutoAction = 'open-reader' | 'declutter-in-place' | null;

export function autoActionFor(s: SiteSettings): AutoAction {
  return s.mode === 'auto-reader' ? 'open-reader' : s.mode === 'in-place' ? 'declutter-in-place' : null;
}

/** "Never run on this site": the toolbar button explains and offers to switch it back on instead of running. */
export function isBlocked(s: SiteSettings): boolean {
  return s.mode === 'never';
}

/** The three mode checkboxes of the context menu; at most one is checked ("off" is none of them). */
export const MENU_MODES = ['auto-reader', 'in-place', 'never'] as const satisfies readonly SiteMode[];
export type MenuMode = (typeof MENU_MODES)[number];

export function menuChecks(s: SiteSettings): Record<MenuMode, boolean> {
  return { 'auto-reader': s.mode === 'auto-reader', 'in-place': s.mode === 'in-place', never: s.mode === 'never' };
}

/**
 * The mode after the user (un)checks a mode item. Checking selects that mode (the others uncheck: the modes
 * exclude each other); unchecking the current mode goes back to "off". `checked` is the item's new state as the
 * browser reports it (`info.checked`): the user acted on what the menu showed, even if it was stale.
 */
export function modeAfterToggle(current: SiteMode, item: MenuMode, checked: boolean): SiteMode {
  if (checked) return item;
  return current === item ? 'off' : current;
}

/** The site's disabledSteps after the user switches one step on or off. */
export function disabledStepsAfterToggle(s: SiteSettings, stepId: string, on: boolean): string[] {
  const rest = s.disabledSteps.filter((id) => id !== stepId);
  return on ? rest : [...rest, stepId];
}
