// The toolbar button's context menu for per-site settings: which items exist, what each id means,
// and which are checked for a site. Pure, so the menu's logic is unit-tested without a browser
// (tests/unit/site-menu.test.ts); ./site-menu.ts puts it on the browser's menu.
import { MODE_MESSAGE, stepMessageKey } from '../shared/labels';
import { MENU_MODES, menuChecks, type MenuMode, type SiteSettings } from '../settings/index';

export const MODE_ITEM_PREFIX = 'site-mode:';
export const STEP_ITEM_PREFIX = 'site-step:';
/** The submenu holding one checkbox per cleaning step: Chrome allows 6 top-level items in the action menu. */
export const STEPS_PARENT_ID = 'site-steps';

export interface MenuItemSpec {
  id: string;
  /** A _locales key. */
  titleKey: string;
  type: 'checkbox' | 'normal';
  parentId?: string;
  /** Step items: the step's id, for its name (stepName falls back to the id while a name is untranslated). */
  stepId?: string;
}

/** Every item, in menu order: the three modes, then the steps submenu (4 top-level items). */
export function siteMenuItems(stepIds: readonly string[]): MenuItemSpec[] {
  return [
    ...MENU_MODES.map((m): MenuItemSpec => ({ id: MODE_ITEM_PREFIX + m, titleKey: MODE_MESSAGE[m], type: 'checkbox' })),
    { id: STEPS_PARENT_ID, titleKey: 'optionsColSteps', type: 'normal' },
    ...stepIds.map((id): MenuItemSpec => ({ id: STEP_ITEM_PREFIX + id, titleKey: stepMessageKey(id), type: 'checkbox', parentId: STEPS_PARENT_ID, stepId: id })),
  ];
}

export type SiteMenuItem = { kind: 'mode'; mode: MenuMode } | { kind: 'step'; stepId: string };

/** What a clicked item id means; null for ids that are not this menu's (the page menu's item, say). */
export function parseSiteMenuItem(id: string | number, stepIds: readonly string[]): SiteMenuItem | null {
  const s = String(id);
  if (s.startsWith(MODE_ITEM_PREFIX)) {
    const mode = MENU_MODES.find((m) => MODE_ITEM_PREFIX + m === s);
    return mode ? { kind: 'mode', mode } : null;
  }
  if (s.startsWith(STEP_ITEM_PREFIX)) {
    const stepId = s.slice(STEP_ITEM_PREFIX.length);
    return stepIds.includes(stepId) ? { kind: 'step', stepId } : null;
  }
  return null;
}

/** Item id → checked, for a site: at most one mode, and a step is checked while it runs (not disabled). */
export function siteMenuChecks(s: SiteSettings, stepIds: readonly string[]): Record<string, boolean> {
  const modes = menuChecks(s);
  return Object.fromEntries([
    ...MENU_MODES.map((m) => [MODE_ITEM_PREFIX + m, modes[m]] as const),
    ...stepIds.map((id) => [STEP_ITEM_PREFIX + id, !s.disabledSteps.includes(id)] as const),
  ]);
}
