// Continue where you left off: the article opens at the block (paragraph, heading, list item…) that was at the top
// of the view when the reader last closed on it, with a short note under the toolbar offering "Back to top". The note
// sits outside the article, so it is never read, printed, saved or counted as part of it.
// Places are block indexes, not pixels, so another text size, width or window still lands on the same words.
// Storage is the glue's (ResumeHooks, src/settings/reading-positions.ts); this file only counts blocks and scrolls.
import type { ResumeHooks } from './api';
import { h } from '../../shared/reader-view/dom';
import { styleOnce } from '../../shared/reader-view/style-once';
import type { ReaderT } from '../../shared/reader-view/messages';

/** What counts as a block: the units a reader would say they stopped at. */
const BLOCK_SELECTOR = 'p, h1, h2, h3, h4, h5, h6, li, dt, dd, blockquote, pre, figure, table';
/**
 * Not part of the article as stored: restored receipts (gone again on the next opening). Counting them would shift
 * every index after them.
 */
const NOT_COUNTED = '.nd-restored, .nd-restored-block, .nd-orphans';
/** Wait this long after scrolling stops before saving: one write per pause, not one per scroll event. */
export const RESUME_SAVE_DELAY_MS = 800;
/** A block counts as "at the top" once its bottom is this far below the top of the view (px). */
const TOP_EDGE_PX = 8;
/** From this close to the bottom the article counts as read to the end, and its place is forgotten (px). */
const END_SLACK_PX = 4;
/** Events that mean the user moves the view: from then on, late-loading images no longer pull it back. */
const USER_MOVES = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

export const RESUME_NOTE_CLASS = 'nd-resume-note';

/** The note's own look, beside the reader's stylesheet (added once per shadow root). */
const RESUME_CSS = `.nd-resume-note{flex:none;display:flex;flex-wrap:wrap;align-items:center;justify-content:center;
gap:4px 16px;padding:4px 16px;border-block-end:1px solid var(--nd-line,currentColor);background:var(--nd-bg);
font:14px/1.4 var(--nd-ui-font,system-ui,sans-serif)}
@media print{.nd-resume-note{display:none}}`;

export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const REAL_TIMERS: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface ResumeOptions {
  doc: Document;
  t: ReaderT;
  uiLocale: string;
  /** The scrolling element the article is in. */
  scroller: HTMLElement;
  /** The article body (reader/render-article.ts). */
  body: HTMLElement;
  hooks: ResumeHooks;
  timers?: Timers;
}

export interface ResumeHandle {
  /** Saves a pending place at once and stops listening (the reader closes or shows something else). */
  stop(): void;
}

/** The article's blocks in reading order: outermost ones only (a paragraph inside a quote is the quote). */
export function readingBlocks(body: Element): Element[] {
  return Array.from(body.querySelectorAll(BLOCK_SELECTOR)).filter((el) => {
    if (el.closest(NOT_COUNTED)) return false;
    const outer = el.parentElement?.closest(BLOCK_SELECTOR);
    return !outer || !body.contains(outer);
  });
}

/** Index of the first block still visible at the top of the scroller, or 0. */
export function topBlock(blocks: readonly Element[], scroller: Element): number {
  const top = scroller.getBoundingClientRect().top + TOP_EDGE_PX;
  const i = blocks.findIndex((b) => b.getBoundingClientRect().bottom > top);
  return i < 0 ? 0 : i;
}

function atEnd(scroller: HTMLElement): boolean {
  return scroller.scrollHeight - scroller.clientHeight - scroller.scrollTop <= END_SLACK_PX;
}

export function startResume(o: ResumeOptions): ResumeHandle {
  const { doc, t, scroller, body } = o;
  const timers = o.timers ?? REAL_TIMERS;
  let stopped = false;
  /** Nothing is saved until the remembered place is known: an early save would overwrite it with the top. */
  let ready = false;
  let pending: unknown = null;
  let anchor: Element | null = null;
  let note: HTMLElement | null = null;

  const scrollTo = (el: Element) => {
    scroller.scrollTop += el.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
  };

  function save(): void {
    pending = null;
    const blocks = readingBlocks(body);
    const block = atEnd(scroller) ? 0 : topBlock(blocks, scroller);
    o.hooks.save(block > 0 ? block : null);
  }

  const onScroll = () => {
    if (!ready || stopped) return;
    if (pending !== null) timers.clear(pending);
    pending = timers.set(save, RESUME_SAVE_DELAY_MS);
  };
  const onUserMove = () => { anchor = null; };
  // Images above the place load after the jump and push it down: follow it until the user moves.
  const onLoad = () => { if (anchor) scrollTo(anchor); };

  function showNote(): HTMLElement {
    styleOnce(scroller, 'resume', RESUME_CSS);
    const back = h(doc, 'button', { type: 'button', class: 'nd-button nd-quiet' }, [t('readerBackToTop')]);
    const box = h(doc, 'div', { class: RESUME_NOTE_CLASS, role: 'status', lang: o.uiLocale || undefined, dir: 'auto' }, [
      h(doc, 'span', {}, [t('readerResumeNote')]),
      back,
    ]);
    back.addEventListener('click', () => {
      anchor = null;
      box.remove();
      note = null;
      scroller.scrollTop = 0;
      scroller.focus({ preventScroll: true });
    });
    // Above the scrolling article, under the toolbar: it covers no text and scrolls with none.
    scroller.before(box);
    return box;
  }

  scroller.addEventListener('scroll', onScroll, { passive: true });
  for (const type of USER_MOVES) scroller.addEventListener(type, onUserMove, { passive: true });
  body.addEventListener('load', onLoad, true);

  void o.hooks.load().then((block) => {
    if (stopped) return;
    const blocks = readingBlocks(body);
    const target = block !== null && block > 0 ? blocks[block] : undefined;
    if (target) {
      note = showNote();
      anchor = target;
      scrollTo(target);
    }
    ready = true;
  }, () => { ready = true; });

  return {
    stop() {
      if (stopped) return;
      if (pending !== null) {
        timers.clear(pending);
        save();
      }
      stopped = true;
      scroller.removeEventListener('scroll', onScroll);
      for (const type of USER_MOVES) scroller.removeEventListener(type, onUserMove);
      body.removeEventListener('load', onLoad, true);
      note?.remove();
    },
  };
}
