// In-place mode (per-site setting "Declutter this site in place"): hides the clutter the declutter steps
// find on the live page itself, with no overlay, and undo() shows all of it again without a reload.
//
// How it hides: a data attribute on each outermost found element plus one <style> rule targeting that
// attribute, its textContent set from here (a strict page CSP cannot block that in either browser,
// ../shared/BROWSER-TESTS.md "Page CSP"). Not the `hidden` attribute: page CSS often sets `display` on the same
// elements and would win over the browser's [hidden] rule, and undo would have to remember which elements the
// page had hidden itself. Nothing is removed or moved, so the page's own scripts keep their nodes.
//
// Text findings (markup debris such as "< p>" inside a paragraph) are left alone: hiding them means
// splitting the page's text nodes, which breaks pages whose framework (React, Vue) owns those nodes.
import { findAll } from '../declutter/pipeline';
import { STEPS } from '../declutter/steps/index';
import type { Step } from '../declutter/types';

/** On each hidden element; its value is the id of the step that found it (for debugging and tests). */
export const IN_PLACE_ATTR = 'data-nd-in-place';
/** On the one <style> element this module adds. */
export const IN_PLACE_STYLE_ATTR = 'data-nd-in-place-style';

/** Pages keep adding clutter after load (ad slots, lazy teasers): look again this long after the DOM settles. */
export const REFRESH_DELAY_MS = 500;
/**
 * A page that never stops changing (live tickers, carousels) would have the steps run over it forever:
 * stop watching after this many refreshes; what is hidden stays hidden.
 */
export const MAX_REFRESHES = 40;
/**
 * A finding holding more than this share of the page's text is not clutter but a container the steps
 * mistook on an unusual page: hiding it would hide the article. Never hide one.
 */
export const MAX_HIDDEN_TEXT_SHARE = 0.3;
/**
 * The steps that run on a live page: page clutter (ad labels, counters, teasers, share bars,
 * newsletter boxes). The reader's other steps take out what a reader view does not need but a live page does:
 * menus and link lists (link-list), "Sign in" and "Skip to content" controls (ui-label), date lines, photo
 * credits. Hiding those would break the site the user is still browsing. A new step joins here only on purpose.
 */
export const IN_PLACE_STEP_IDS: readonly string[] = ['related-links', 'newsletter', 'share-widget', 'ad-label', 'counter'];

/** Never hide these or anything holding them: they are the article. */
const ARTICLE_SELECTOR = 'article, main, [role="main"], h1';

export interface InPlaceOptions {
  /** The page's language (primary subtag); read from <html lang> when absent. */
  lang?: string;
  /** Step ids switched off for this site (per-site settings). */
  disabledSteps?: readonly string[];
  /** Watch for clutter added after load (default true). */
  watch?: boolean;
  /** For tests: the steps to run instead of IN_PLACE_STEP_IDS. */
  steps?: readonly Step[];
  /** For tests; defaults to REFRESH_DELAY_MS. */
  refreshDelayMs?: number;
}

export interface InPlaceHandle {
  /** Elements hidden so far. */
  hiddenCount(): number;
  /** Looks again now (also done by the watcher); returns how many elements it newly hid. */
  refresh(): number;
  /** Shows everything again and stops watching. Idempotent. */
  undo(): void;
  isActive(): boolean;
}

function pageLang(doc: Document): string {
  return (doc.documentElement.getAttribute('lang') ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

function inPlaceSteps(): Step[] {
  return STEPS.filter((s) => IN_PLACE_STEP_IDS.includes(s.id));
}

function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, '').length;
}

/** Hides the outermost findings not already hidden; returns how many it hid. */
function hideFindings(doc: Document, opts: InPlaceOptions): number {
  const body = doc.body;
  if (!body) return 0;
  const found = findAll(body, { lang: opts.lang ?? pageLang(doc), disabledSteps: opts.disabledSteps, steps: opts.steps ?? inPlaceSteps() });
  const pageText = Math.max(1, textLength(body));
  const elements = new Map<Element, string>();
  for (const { step, finding } of found) {
    if ('start' in finding) continue; // text finding: left alone (see the header comment)
    const el = finding.node;
    if (elements.has(el) || el === body) continue;
    // Guard first, so a refused container does not shadow the real clutter inside it.
    if (el.matches(ARTICLE_SELECTOR) || el.querySelector(ARTICLE_SELECTOR)) continue;
    if (textLength(el) / pageText > MAX_HIDDEN_TEXT_SHARE) continue;
    elements.set(el, step.id);
  }
  let hidden = 0;
  for (const [el, stepId] of elements) {
    if (el.closest(`[${IN_PLACE_ATTR}]`)) continue;
    // Outermost only: a finding inside another finding is hidden with it.
    let inner = false;
    for (let p = el.parentElement; p && p !== body; p = p.parentElement) if (elements.has(p)) inner = true;
    if (inner) continue;
    el.setAttribute(IN_PLACE_ATTR, stepId);
    hidden++;
  }
  return hidden;
}

function ensureStyle(doc: Document): void {
  if (doc.querySelector(`style[${IN_PLACE_STYLE_ATTR}]`)) return;
  const style = doc.createElement('style');
  style.setAttribute(IN_PLACE_STYLE_ATTR, '');
  style.textContent = `[${IN_PLACE_ATTR}]{display:none!important}`;
  (doc.head ?? doc.documentElement).append(style);
}

export function declutterInPlace(doc: Document, opts: InPlaceOptions = {}): InPlaceHandle {
  let active = true;
  let refreshes = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let observer: MutationObserver | undefined;

  ensureStyle(doc);
  let count = hideFindings(doc, opts);

  function refresh(): number {
    if (!active) return 0;
    ensureStyle(doc); // a page that rewrites <head> may have dropped it
    const n = hideFindings(doc, opts);
    count += n;
    return n;
  }

  const View = doc.defaultView;
  if (opts.watch !== false && View?.MutationObserver && doc.body) {
    observer = new View.MutationObserver((records) => {
      // Our own <style> going in is not the page changing.
      const pageChanged = records.some((r) => [...r.addedNodes].some((n) => !(n instanceof View.Element && n.hasAttribute(IN_PLACE_STYLE_ATTR))));
      if (!pageChanged || !active) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        refresh();
        if (++refreshes >= MAX_REFRESHES) observer?.disconnect();
      }, opts.refreshDelayMs ?? REFRESH_DELAY_MS);
    });
    observer.observe(doc.body, { childList: true, subtree: true });
  }

  function undo(): void {
    if (!active) return;
    active = false;
    observer?.disconnect();
    clearTimeout(timer);
    for (const el of doc.querySelectorAll(`[${IN_PLACE_ATTR}]`)) el.removeAttribute(IN_PLACE_ATTR);
    for (const s of doc.querySelectorAll(`style[${IN_PLACE_STYLE_ATTR}]`)) s.remove();
    count = 0;
  }

  return { hiddenCount: () => count, refresh, undo, isActive: () => active };
}
