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
  const writes: Partial<SiteSettings>[] = [];
  let opened = 0;
  const deps: SitePanelDeps = {
    hostname: 'news.example',
    stepIds: ['ad-label', 'counter'],
    load: async () => initial,
    update: async (patch) => {
      if (opts.failWrites) throw new Error('QUOTA_BYTES quota exceeded');
      writes.push(patch);
    },
    openSiteSettings: () => void opened++,
    t: makeT('en'),
  };
  renderSitePanel(container, deps);
  await new Promise((r) => setTimeout(r, 0));
  const change = async (input: HTMLInputElement) => {
    input.click(); // toggles and fires change, as a user's click does
    await new Promise((r) => setTimeout(r, 0));
  };
  return { container, writes, opened: () => opened, change, doc: dom.window.document };
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
    expect(p.writes).toEqual([{ disabledSteps: ['counter'] }, { mode: 'never' }, { disabledSteps: [] }, { mode: 'off' }]);
    p.container.querySelector<HTMLButtonElement>('[data-site-control="automatic"]')!.click();
    expect(p.opened()).toBe(1);
  });

  it('a refused write puts the control back as stored', async () => {
    const p = await panel({ mode: 'off', disabledSteps: [] }, { failWrites: true });
    const never = p.container.querySelector<HTMLInputElement>('[data-site-control="never"]')!;
    await p.change(never);
    expect(never.checked).toBe(false);
  });
});
