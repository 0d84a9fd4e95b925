// The reader's "This site" panel (src/content/reader/site-panel.ts): what each control writes, and that an
// automatic mode goes through the options page (content scripts cannot ask for host access).
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { renderSitePanel, type SitePanelDeps } from '../../src/content/reader/site-panel';
import type { SiteSettings } from '../../src/settings';
import { makeT } from './reader-helpers';

async function panel(initial: SiteSettings, opts: { failWrites?: boolean } = {}) {
  const dom = new JSDOM('<!doctype html><button aria-controls="nd-site">This site</button><div id="nd-site"><div id="c"></div></div>');
  dom.window.document.querySelector('button')!.focus();
  const container = dom.window.document.getElementById('c')!;
  const writes: unknown[] = [];
  let opened = 0;
  // The background's side, as one stored value: each call changes what is stored, as the store does under its lock.
  let stored: SiteSettings = structuredClone(initial);
  const write = async (call: unknown, next: SiteSettings) => {
    if (opts.failWrites) throw new Error('QUOTA_BYTES quota exceeded');
    writes.push(call);
    stored = next;
    return structuredClone(stored);
  };
  const deps: SitePanelDeps = {
    hostname: 'news.example',
    stepIds: ['ad-label', 'counter'],
    load: async () => initial,
    setNever: (never) => write({ never }, { ...stored, mode: never ? 'never' : stored.mode === 'never' ? 'off' : stored.mode }),
    setStep: (stepId, on) => write({ stepId, on }, { ...stored, disabledSteps: on ? stored.disabledSteps.filter((id) => id !== stepId) : [...stored.disabledSteps, stepId] }),
    openSiteSettings: () => void opened++,
    t: makeT('en'),
  };
  renderSitePanel(container, deps);
  await new Promise((r) => setTimeout(r, 0));
  const change = async (input: HTMLInputElement) => {
    input.click(); // toggles and fires change, as a user's click does
    await new Promise((r) => setTimeout(r, 0));
  };
  return { container, writes, opened: () => opened, change, doc: dom.window.document, stored: () => stored, setStored: (s: SiteSettings) => void (stored = s) };
}

describe('reader: This site panel', () => {
  it('shows the site, its mode and which steps run', async () => {
    const p = await panel({ mode: 'in-place', disabledSteps: ['counter'] });
    expect(p.container.querySelector('.nd-hint')?.textContent).toBe('news.example: Declutter the page in place');
    expect(p.container.querySelector<HTMLInputElement>('[data-site-control="never"]')?.checked).toBe(false);
    expect(p.container.querySelector<HTMLInputElement>('[data-step="ad-label"]')?.checked).toBe(true);
    expect(p.container.querySelector<HTMLInputElement>('[data-step="counter"]')?.checked).toBe(false);
    // Filled in after the storage read, with focus still on the button that opened it: focus moves in.
    expect(p.doc.activeElement?.getAttribute('data-site-control')).toBe('never');
  });

  it('"never" and the step switches write the site; the automatic modes open the options page', async () => {
    const p = await panel({ mode: 'off', disabledSteps: [] });
    await p.change(p.container.querySelector<HTMLInputElement>('[data-step="counter"]')!);
    await p.change(p.container.querySelector<HTMLInputElement>('[data-site-control="never"]')!);
    await p.change(p.container.querySelector<HTMLInputElement>('[data-step="counter"]')!);
    await p.change(p.container.querySelector<HTMLInputElement>('[data-site-control="never"]')!);
    expect(p.writes).toEqual([{ stepId: 'counter', on: false }, { never: true }, { stepId: 'counter', on: true }, { never: false }]);
    p.container.querySelector<HTMLButtonElement>('[data-site-control="automatic"]')!.click();
    expect(p.opened()).toBe(1);
  });

  it('sends one change at a time, never a list from its own copy, and shows what is stored after it', async () => {
    const p = await panel({ mode: 'off', disabledSteps: [] });
    // Another page switched "ad-label" off since the panel read the settings.
    p.setStored({ mode: 'off', disabledSteps: ['ad-label'] });
    await p.change(p.container.querySelector<HTMLInputElement>('[data-step="counter"]')!);
    expect(p.writes).toEqual([{ stepId: 'counter', on: false }]);
    expect(p.stored().disabledSteps).toEqual(['ad-label', 'counter']);
    expect(p.container.querySelector<HTMLInputElement>('[data-step="ad-label"]')?.checked).toBe(false);
  });

  it('a refused write puts the control back as stored', async () => {
    const p = await panel({ mode: 'off', disabledSteps: [] }, { failWrites: true });
    const never = p.container.querySelector<HTMLInputElement>('[data-site-control="never"]')!;
    await p.change(never);
    expect(never.checked).toBe(false);
  });
});
