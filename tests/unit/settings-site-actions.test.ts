import { describe, expect, it } from 'vitest';
import { autoActionFor, disabledStepsAfterToggle, isBlocked, menuChecks, modeAfterToggle } from '../../src/settings';

describe('what site settings mean', () => {
  it('auto actions', () => {
    expect(autoActionFor({ mode: 'auto-reader', disabledSteps: [] })).toBe('open-reader');
    expect(autoActionFor({ mode: 'in-place', disabledSteps: [] })).toBe('declutter-in-place');
    expect(autoActionFor({ mode: 'off', disabledSteps: ['counter'] })).toBeNull();
    expect(autoActionFor({ mode: 'never', disabledSteps: [] })).toBeNull();
    expect(isBlocked({ mode: 'never', disabledSteps: [] })).toBe(true);
  });

  it('menu checkboxes: one mode at a time, unchecking the current one means off', () => {
    expect(menuChecks({ mode: 'in-place', disabledSteps: [] })).toEqual({ 'auto-reader': false, 'in-place': true, never: false });
    expect(modeAfterToggle('off', 'auto-reader', true)).toBe('auto-reader');
    expect(modeAfterToggle('auto-reader', 'never', true)).toBe('never');
    expect(modeAfterToggle('never', 'never', false)).toBe('off');
    // A stale menu: unchecking an item that is not the current mode changes nothing.
    expect(modeAfterToggle('in-place', 'never', false)).toBe('in-place');
  });

  it('step switches', () => {
    const s = { mode: 'off' as const, disabledSteps: ['counter'] };
    expect(disabledStepsAfterToggle(s, 'counter', true)).toEqual([]);
    expect(disabledStepsAfterToggle(s, 'ad-label', false)).toEqual(['counter', 'ad-label']);
    expect(disabledStepsAfterToggle(s, 'counter', false)).toEqual(['counter']);
  });
});
