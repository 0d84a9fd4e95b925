import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { declutterInPlace, IN_PLACE_ATTR, IN_PLACE_STYLE_ATTR } from '../../src/content/in-place';
import type { Step } from '../../src/declutter/types';

const FIXTURE = readFileSync(join(__dirname, '../fixtures/in-place/page.html'), 'utf8');
const doms: JSDOM[] = [];

function page(html = FIXTURE): Document {
  const dom = new JSDOM(html, { url: 'https://courier.example/ferry' });
  doms.push(dom);
  return dom.window.document;
}
afterEach(() => {
  for (const d of doms.splice(0)) d.window.close();
});

const shown = (doc: Document, sel: string) => doc.defaultView!.getComputedStyle(doc.querySelector(sel)!).display !== 'none';

describe('in-place decluttering', () => {
  it('hides the ad label and the counters on the live page, even where page CSS sets display', () => {
    const doc = page();
    const h = declutterInPlace(doc, { watch: false });
    // The counter step finds each count of the row on its own.
    expect(h.hiddenCount()).toBe(3);
    expect(doc.querySelector('#ad1')?.getAttribute(IN_PLACE_ATTR)).toBe('ad-label');
    expect([...doc.querySelectorAll('.counters span')].map((e) => e.getAttribute(IN_PLACE_ATTR))).toEqual(['counter', 'counter']);
    expect(shown(doc, '#ad1')).toBe(false);
    expect(shown(doc, '.counters span')).toBe(false);
    // Content stays: the article, numbers in a table, the text with its markup debris (text findings are left alone).
    expect(shown(doc, 'table')).toBe(true);
    expect(doc.querySelectorAll(`[${IN_PLACE_ATTR}]`)).toHaveLength(3);
    expect(doc.body.textContent).toContain('< /p>');
  });

  it('removes nothing from the page: only one attribute per hidden element and one <style>', () => {
    const doc = page();
    const before = doc.body.innerHTML;
    const h = declutterInPlace(doc, { watch: false });
    const stripped = doc.body.innerHTML.replace(new RegExp(` ${IN_PLACE_ATTR}="[^"]*"`, 'g'), '');
    expect(stripped).toBe(before);
    expect(doc.querySelectorAll(`style[${IN_PLACE_STYLE_ATTR}]`)).toHaveLength(1);
    h.undo();
  });

  it('undo shows everything again and leaves the page exactly as it was', () => {
    const doc = page();
    const before = doc.documentElement.outerHTML;
    const h = declutterInPlace(doc, { watch: false });
    h.undo();
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(shown(doc, '#ad1')).toBe(true);
    expect(h.isActive()).toBe(false);
    h.undo(); // idempotent
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('per-site step switches: a disabled step hides nothing', () => {
    const doc = page();
    declutterInPlace(doc, { watch: false, disabledSteps: ['counter'] });
    expect(doc.querySelectorAll(`.counters [${IN_PLACE_ATTR}]`)).toHaveLength(0);
    expect(doc.querySelector('#ad1')?.hasAttribute(IN_PLACE_ATTR)).toBe(true);
  });

  it('hides clutter added after load, and undo shows that too', async () => {
    const doc = page();
    const h = declutterInPlace(doc, { refreshDelayMs: 10 });
    const late = doc.createElement('div');
    late.id = 'late';
    late.innerHTML = '<span>Advertisement</span>';
    doc.querySelector('article')!.append(late);
    await new Promise((r) => setTimeout(r, 60));
    expect(late.getAttribute(IN_PLACE_ATTR)).toBe('ad-label');
    expect(h.hiddenCount()).toBe(4);
    h.undo();
    expect(late.hasAttribute(IN_PLACE_ATTR)).toBe(false);
  });

  it('never hides a finding that holds the article or most of the page text (a step misfiring)', () => {
    const doc = page();
    const greedy: Step = {
      id: 'greedy', kind: 'boilerplate', description: 'test',
      find: ({ root }) => [...root.querySelectorAll('main, article, .byline')].map((node) => ({ node, reason: 'test' })),
    };
    declutterInPlace(doc, { watch: false, steps: [greedy] });
    expect(doc.querySelector('main')?.hasAttribute(IN_PLACE_ATTR)).toBe(false);
    expect(doc.querySelector('article')?.hasAttribute(IN_PLACE_ATTR)).toBe(false);
    // A byline is well under the share limit: hidden, as the step asked.
    expect(doc.querySelector('.byline')?.getAttribute(IN_PLACE_ATTR)).toBe('greedy');
  });
});

describe('in-place step selection', () => {
  it('names only registered steps (a renamed step would silently stop hiding anything)', async () => {
    const { IN_PLACE_STEP_IDS } = await import('../../src/content/in-place');
    const { STEP_IDS } = await import('../../src/declutter/steps/index');
    for (const id of IN_PLACE_STEP_IDS) expect(STEP_IDS).toContain(id);
  });

  // The reader-only steps (link-list, ui-label) would hide the menu and the "Sign in" button of the page in use.
  it('leaves the site navigation and sign-in control alone', () => {
    const doc = page(FIXTURE.replace('<header><a href="/">The Coastline Courier</a></header>',
      '<header><a href="/">The Coastline Courier</a><nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav><button>Sign in</button></header>'));
    declutterInPlace(doc, { watch: false });
    expect(doc.querySelector(`header [${IN_PLACE_ATTR}]`)).toBeNull();
  });
});
