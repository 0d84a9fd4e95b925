// Continue where you left off, the reader's half: blocks are counted the same way whatever the layout, the
// remembered block is scrolled to with a note above it, the place is saved when scrolling pauses and when the reader
// closes, and the top or the end of the article forgets it. Layout is faked: jsdom lays nothing out.
import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import type { ResumeHooks } from '../../src/content/reader/api';
import { readingBlocks, startResume, type Timers } from '../../src/content/reader/resume';
import { makeT, open } from './reader-helpers';

/** Each element of the body is a 50 px band in document order; the scroller shows 300 px of it. */
const BAND = 50;
function fakeLayout(win: Window & typeof globalThis, scroller: HTMLElement, body: HTMLElement) {
  let scrollTop = 0;
  const bands = () => Array.from(body.querySelectorAll('*'));
  Object.defineProperty(scroller, 'scrollTop', { configurable: true, get: () => scrollTop, set: (v: number) => { scrollTop = Math.max(0, v); } });
  Object.defineProperty(scroller, 'clientHeight', { configurable: true, get: () => 300 });
  Object.defineProperty(scroller, 'scrollHeight', { configurable: true, get: () => bands().length * BAND });
  const original = win.Element.prototype.getBoundingClientRect;
  vi.spyOn(win.Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    if (this === scroller) return { top: 0, bottom: 300 } as DOMRect;
    const i = bands().indexOf(this);
    if (i < 0) return original.call(this);
    return { top: i * BAND - scrollTop, bottom: (i + 1) * BAND - scrollTop } as DOMRect;
  });
  return { scrollTo(y: number) { scrollTop = y; scroller.dispatchEvent(new win.Event('scroll')); } };
}

class ManualTimers implements Timers {
  private next: (() => void) | null = null;
  set(fn: () => void) { this.next = fn; return 1; }
  clear() { this.next = null; }
  run() { const fn = this.next; this.next = null; fn?.(); }
}

const ARTICLE = `<p>zero</p><h2>one</h2><blockquote><p>two (one block with its quote)</p></blockquote>
<ul><li>three</li><li>four</li></ul><p>five</p><p>six</p><p>seven</p><p>eight</p><p>nine</p><p>ten</p><p>eleven</p>
<p>twelve</p><p>thirteen</p><p>fourteen</p><p>fifteen</p><p>sixteen</p><p>seventeen</p>`;

function setUp(remembered: number | null) {
  const dom = new JSDOM(`<!doctype html><div class="nd-scroll" tabindex="-1"><div class="nd-body">${ARTICLE}</div></div>`);
  const win = dom.window as unknown as Window & typeof globalThis;
  const scroller = win.document.querySelector<HTMLElement>('.nd-scroll')!;
  const body = win.document.querySelector<HTMLElement>('.nd-body')!;
  const layout = fakeLayout(win, scroller, body);
  const saved: (number | null)[] = [];
  const hooks: ResumeHooks = { load: async () => remembered, save: (b) => saved.push(b) };
  const timers = new ManualTimers();
  const handle = startResume({ doc: win.document, t: makeT('en'), uiLocale: 'en', scroller, body, hooks, timers });
  return { win, scroller, body, layout, saved, timers, handle };
}

describe('reader: continue where you left off', () => {
  it('counts outermost blocks only, leaving out restored items', () => {
    const dom = new JSDOM(`<div>${ARTICLE}<div class="nd-restored-block"><p>back</p></div><mark class="nd-restored">4</mark></div>`);
    const texts = readingBlocks(dom.window.document.querySelector('div')!).map((b) => b.textContent);
    expect(texts).toEqual(['zero', 'one', 'two (one block with its quote)', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
      'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen']);
  });

  it('opens at the remembered block, at the top of the view, with the note outside the article', async () => {
    const { body, scroller } = setUp(6);
    await vi.waitFor(() => expect(scroller.parentElement!.querySelector('.nd-resume-note')).not.toBeNull());
    const note = scroller.previousElementSibling as HTMLElement;
    expect(note.className).toBe('nd-resume-note');
    expect(note.getAttribute('role')).toBe('status');
    expect(note.textContent).toContain('Continued where you left off');
    expect(body.querySelector('.nd-resume-note')).toBeNull();
    const six = [...body.querySelectorAll('p')].find((p) => p.textContent === 'six')!;
    expect(six.getBoundingClientRect().top).toBe(0);
    expect(scroller.scrollTop).toBeGreaterThan(0);
  });

  it('Back to top goes to the start, removes the note and keeps focus in the reader', async () => {
    const { scroller, win } = setUp(6);
    const doc = win.document;
    await vi.waitFor(() => expect(doc.querySelector('.nd-resume-note button')).not.toBeNull());
    const back = doc.querySelector<HTMLButtonElement>('.nd-resume-note button')!;
    expect(back.textContent).toBe('Back to top');
    back.focus();
    back.click();
    expect(scroller.scrollTop).toBe(0);
    expect(doc.querySelector('.nd-resume-note')).toBeNull();
    expect(win.document.activeElement).toBe(scroller);
  });

  it('saves the block at the top when scrolling pauses; the top and the end forget the place', async () => {
    const { layout, saved, timers, body } = setUp(null);
    await Promise.resolve();
    await Promise.resolve();
    expect(body.ownerDocument.querySelector('.nd-resume-note')).toBeNull();
    const bands = Array.from(body.querySelectorAll('*'));
    layout.scrollTo(bands.indexOf(body.querySelectorAll('p')[4]!) * BAND); // "seven" at the top
    timers.run();
    expect(saved).toEqual([7]);
    layout.scrollTo(0);
    timers.run();
    layout.scrollTo(bands.length * BAND - 300); // the end
    timers.run();
    expect(saved).toEqual([7, null, null]);
  });

  it('saves a pending place at once when it stops (the reader closes), and nothing after', async () => {
    const { layout, saved, timers, handle, body } = setUp(null);
    await Promise.resolve();
    await Promise.resolve();
    const bands = Array.from(body.querySelectorAll('*'));
    layout.scrollTo(bands.indexOf(body.querySelectorAll('p')[2]!) * BAND); // "five"
    handle.stop();
    expect(saved).toEqual([5]);
    layout.scrollTo(0);
    timers.run();
    expect(saved).toEqual([5]);
  });

  it('never saves before the remembered place is known (an early save would lose it)', () => {
    const { layout, saved, timers } = setUp(6);
    layout.scrollTo(0);
    timers.run();
    expect(saved).toEqual([]);
  });

  it('is wired into the reader: asked after the article shows, stopped when the reader closes; off without hooks', async () => {
    const load = vi.fn(async () => null);
    const save = vi.fn();
    const { handle, root } = open(undefined, { extra: { resume: { load, save } } });
    expect(load).toHaveBeenCalledTimes(1);
    await load.mock.results[0]!.value;
    await Promise.resolve();
    root.querySelector('.nd-scroll')!.dispatchEvent(new (root.ownerDocument.defaultView!.Event)('scroll'));
    expect(save).not.toHaveBeenCalled();
    handle.close();
    // jsdom lays nothing out, so the view counts as read to the end: the place is forgotten, at once.
    expect(save).toHaveBeenCalledWith(null);
    const off = open();
    expect(off.root.querySelector('.nd-resume-note')).toBeNull();
  });
});
