// The toolbar button's per-site menu (src/background/site-menu-items.ts): which items exist, what a click on
// each means, and what the checkboxes show for a site; and the strings the per-site UI adds, in 4 languages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hostsLeavingAutoMode } from '../../src/background/settings-events';
import { MODE_ITEM_PREFIX, parseSiteMenuItem, siteMenuChecks, siteMenuItems, STEP_ITEM_PREFIX, STEPS_PARENT_ID } from '../../src/background/site-menu-items';
import { STEP_IDS } from '../../src/declutter/steps/index';
import { disabledStepsAfterToggle, modeAfterToggle } from '../../src/settings';

/** Chrome refuses a 7th top-level item in the action's context menu. */
const CHROME_ACTION_MENU_TOP_LEVEL_LIMIT = 6;

describe('site menu: items', () => {
  const items = siteMenuItems(STEP_IDS);

  it('fits Chrome\'s top-level limit: three modes and one steps submenu', () => {
    const top = items.filter((i) => !i.parentId);
    expect(top.map((i) => i.id)).toEqual(['site-mode:auto-reader', 'site-mode:in-place', 'site-mode:never', STEPS_PARENT_ID]);
    expect(top.length).toBeLessThanOrEqual(CHROME_ACTION_MENU_TOP_LEVEL_LIMIT);
  });

  it('has one checkbox per cleaning step in the submenu, named by the step id', () => {
    const steps = items.filter((i) => i.parentId === STEPS_PARENT_ID);
    expect(steps.map((i) => i.stepId)).toEqual([...STEP_IDS]);
    for (const s of steps) expect(s).toMatchObject({ type: 'checkbox', id: STEP_ITEM_PREFIX + s.stepId });
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  });

  it('reads back every id it makes, and nothing else', () => {
    expect(parseSiteMenuItem('site-mode:never', STEP_IDS)).toEqual({ kind: 'mode', mode: 'never' });
    expect(parseSiteMenuItem('site-step:counter', STEP_IDS)).toEqual({ kind: 'step', stepId: 'counter' });
    for (const i of items) if (i.id !== STEPS_PARENT_ID) expect(parseSiteMenuItem(i.id, STEP_IDS)).not.toBeNull();
    for (const other of ['toggle-reader', STEPS_PARENT_ID, 'site-mode:off', 'site-step:no-such-step', 42]) {
      expect(parseSiteMenuItem(other, STEP_IDS)).toBeNull();
    }
  });
});

describe('site menu: state', () => {
  it('a site with no setting: no mode checked, every step on', () => {
    const checks = siteMenuChecks({ mode: 'off', disabledSteps: [] }, STEP_IDS);
    expect(Object.entries(checks).filter(([id, on]) => id.startsWith(MODE_ITEM_PREFIX) && on)).toEqual([]);
    for (const id of STEP_IDS) expect(checks[STEP_ITEM_PREFIX + id]).toBe(true);
  });

  it('checks exactly the site\'s mode, and unchecks its switched-off steps', () => {
    const checks = siteMenuChecks({ mode: 'in-place', disabledSteps: ['counter'] }, STEP_IDS);
    expect(checks['site-mode:in-place']).toBe(true);
    expect(checks['site-mode:auto-reader']).toBe(false);
    expect(checks['site-mode:never']).toBe(false);
    expect(checks['site-step:counter']).toBe(false);
    expect(checks['site-step:ad-label']).toBe(true);
  });

  it('a click moves between modes and back to "only when I click"; a step click toggles that step only', () => {
    expect(modeAfterToggle('in-place', 'never', true)).toBe('never');
    expect(modeAfterToggle('never', 'never', false)).toBe('off');
    // A stale menu: the user unchecked an item that was not the current mode; the current mode stays.
    expect(modeAfterToggle('auto-reader', 'never', false)).toBe('auto-reader');
    expect(disabledStepsAfterToggle({ mode: 'off', disabledSteps: ['ad-label'] }, 'counter', false)).toEqual(['ad-label', 'counter']);
    expect(disabledStepsAfterToggle({ mode: 'off', disabledSteps: ['ad-label', 'counter'] }, 'counter', true)).toEqual(['ad-label']);
  });
});

describe('hostsLeavingAutoMode (the background gives the grant back after a change from the reader\'s panel)', () => {
  it('lists site keys whose mode went from automatic to not automatic', () => {
    expect(hostsLeavingAutoMode({
      'site:a.example': { oldValue: { mode: 'auto-reader', disabledSteps: [] }, newValue: { mode: 'never', disabledSteps: [] } },
      'site:b.example': { oldValue: { mode: 'in-place', disabledSteps: [] } },
      'site:c.example': { oldValue: { mode: 'in-place', disabledSteps: [] }, newValue: { mode: 'auto-reader', disabledSteps: [] } },
      'site:d.example': { newValue: { mode: 'in-place', disabledSteps: [] } },
      global: { oldValue: {}, newValue: {} },
    })).toEqual(['a.example', 'b.example']);
  });
});

describe('per-site strings', () => {
  const KEYS = ['actionTitleBlocked', 'sitePanelAutomatic', 'sitePanelAutomaticHint', 'sitePanelStepsHint', 'sitePanelUnavailable', 'optionsColSteps', 'optionsModeAutoReader', 'optionsModeInPlace', 'optionsModeNever'];
  it.each(['en', 'fr', 'de', 'es'])('%s has every key the menu, the button and the panel use', (locale) => {
    const messages = JSON.parse(readFileSync(new URL(`../../_locales/${locale}/messages.json`, import.meta.url), 'utf8')) as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
    for (const key of KEYS) expect(messages[key]?.message.trim(), `${locale}: ${key}`).toBeTruthy();
    expect(messages.actionTitleBlocked?.message).toContain('$HOST$');
    expect(messages.actionTitleBlocked?.placeholders?.host?.content).toBe('$1');
  });
});
