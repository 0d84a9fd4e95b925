// What the content script does by itself on a site's page (src/content/auto-run.ts): the site's mode decides,
// an injection from a click never auto-runs, and in-place decluttering follows the settings live.
import { describe, expect, it } from 'vitest';
import { autoRun, inPlaceChange, injectedOnDemand, takeHandedSteps, type AutoRunDeps } from '../../src/content/auto-run';
import type { InPlaceHandle } from '../../src/content/in-place';
import type { SiteSettings } from '../../src/settings';
import { HANDED_STEPS_KEY, ON_DEMAND_KEY } from '../../src/shared/on-demand';

const site = (mode: SiteSettings['mode'], disabledSteps: string[] = []): SiteSettings => ({ mode, disabledSteps });

function fakeDeps(initial: SiteSettings) {
  const log: string[] = [];
  let listener: ((s: SiteSettings) => void) | null = null;
  const handles: { steps: readonly string[]; active: boolean }[] = [];
  const deps: AutoRunDeps = {
    loadSite: async () => initial,
    onSiteChanged: (l) => { listener = l; },
    openReader: async (steps) => void log.push(`open-reader[${steps.join(',')}]`),
    declutterInPlace: (steps): InPlaceHandle => {
      const h = { steps, active: true };
      handles.push(h);
      log.push(`in-place[${steps.join(',')}]`);
      return { hiddenCount: () => 0, refresh: () => 0, isActive: () => h.active, undo: () => { if (h.active) log.push('undo'); h.active = false; } };
    },
  };
  return { deps, log, handles, change: (s: SiteSettings) => listener?.(s), listening: () => listener !== null };
}

describe('auto-run: what a page of the site does on load', () => {
  it.each([
    // The reader gets the site's switched-off steps with the order to open: it extracts once, with them.
    ['auto-reader', 'open-reader', ['open-reader[counter]']],
    ['in-place', 'declutter-in-place', ['in-place[counter]']],
    ['off', null, []],
    ['never', null, []],
  ] as const)('%s → %s', async (mode, action, log) => {
    const f = fakeDeps(site(mode, ['counter']));
    expect(await autoRun(f.deps)).toBe(action);
    expect(f.log).toEqual(log);
  });

  it('each bundle runs only its own mode: content.js has no in-place, in-place.js no reader', async () => {
    const reader = fakeDeps(site('in-place'));
    delete reader.deps.declutterInPlace;
    expect(await autoRun(reader.deps)).toBe('declutter-in-place');
    // content.js does not follow in-place settings at all: that is in-place.js's work.
    expect(reader.listening()).toBe(false);
    expect(reader.log).toEqual([]);

    const inPlace = fakeDeps(site('auto-reader'));
    delete inPlace.deps.openReader;
    expect(await autoRun(inPlace.deps)).toBe('open-reader');
    inPlace.change(site('in-place'));
    expect(inPlace.log).toEqual(['in-place[]']);
  });
});

describe('auto-run: in place follows the settings without a reload', () => {
  it('switching in-place off shows the clutter again; on again hides it; a step change re-applies', async () => {
    const f = fakeDeps(site('in-place'));
    await autoRun(f.deps);
    f.change(site('off'));
    expect(f.log).toEqual(['in-place[]', 'undo']);
    f.change(site('in-place'));
    f.change(site('in-place', ['ad-label']));
    f.change(site('in-place', ['ad-label']));
    expect(f.log).toEqual(['in-place[]', 'undo', 'in-place[]', 'undo', 'in-place[ad-label]']);
    f.change(site('never'));
    expect(f.handles.every((h) => !h.active)).toBe(true);
  });

  it('inPlaceChange decides from the page\'s state and the new settings', () => {
    expect(inPlaceChange(false, site('off'), site('auto-reader'))).toBe('none');
    expect(inPlaceChange(false, site('off'), site('in-place'))).toBe('apply');
    expect(inPlaceChange(true, site('in-place'), site('in-place'))).toBe('none');
    expect(inPlaceChange(true, site('in-place', ['a', 'b']), site('in-place', ['b', 'a']))).toBe('none');
    expect(inPlaceChange(true, site('in-place'), site('in-place', ['counter']))).toBe('reapply');
    expect(inPlaceChange(true, site('in-place'), site('never'))).toBe('undo');
  });
});

describe('auto-run: injected for a click', () => {
  it('is told apart by the mark the background sets first', () => {
    expect(injectedOnDemand({})).toBe(false);
    expect(injectedOnDemand({ [Symbol.for(ON_DEMAND_KEY)]: true })).toBe(true);
  });

  it('takes the steps the background handed over once, strings only', () => {
    const scope: Record<symbol, unknown> = { [Symbol.for(HANDED_STEPS_KEY)]: ['counter', 7, 'ad-label'] };
    expect(takeHandedSteps(scope)).toEqual(['counter', 'ad-label']);
    // Gone once taken: a later opening without a handover starts with every step.
    expect(takeHandedSteps(scope)).toEqual([]);
    expect(takeHandedSteps({ [Symbol.for(HANDED_STEPS_KEY)]: 'counter' })).toEqual([]);
  });
});
