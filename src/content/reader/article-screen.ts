// The article screen: a quiet toolbar (site, This site, Removed, display settings, save, print, close), its popovers,
// the Removed drawer, and the scrolling page with the article. One popover or drawer at a time; Escape or a
// click elsewhere closes it and focus returns to the button that opened it.
import type { Article, RelatedLink } from '../../declutter/types';
import type { ListenSlot } from '../listen/api';
import type { ReaderPrefs, ResumeHooks, SavePanelModule } from './api';
import { h, icon, type IconName } from '../../shared/reader-view/dom';
import type { ReaderT } from '../../shared/reader-view/messages';
import { createListenControl, LISTEN_ID } from './listen-control';
import { createRemovedDrawer, DRAWER_ID } from './removed-drawer';
import { type ArticleView, renderArticle } from '../../shared/reader-view/render-article';
import { startResume } from './resume';
import { createSettingsPanel, SETTINGS_ID } from './settings-panel';

export interface ArticleScreenContext {
  doc: Document;
  t: ReaderT;
  uiLocale: string;
  prefs: ReaderPrefs;
  /** The site's name when the article has none (the page's hostname). */
  siteFallback: string;
  /**
   * The page's real host (index.ts, pageHost): the top bar shows it where users expect the origin. Never the
   * article's site name, which the page writes itself (`og:site_name` "bank.example — Official" on any host).
   */
  host: string;
  onPrefsChange(prefs: ReaderPrefs): void;
  announce(message: string): void;
  print(): void;
  close(): void;
  renderSitePanel?: (container: HTMLElement) => void;
  resume?: ResumeHooks;
  loadSave?: () => Promise<SavePanelModule>;
  listen?: ListenSlot;
}

export interface ArticleScreen {
  nodes: HTMLElement[];
  /** See ArticleView.addRelated. */
  addRelated: ArticleView['addRelated'];
  focusTarget: HTMLElement;
  /** Handles Escape when a popover or the drawer is open; false when there was nothing to close. */
  escape(): boolean;
  /** Called once the nodes are in the dialog, laid out: returns to the remembered place. */
  shown(): void;
  /** The screen's own keyboard shortcuts (Listen's); true when `event` was one of them. */
  shortcut(event: KeyboardEvent): boolean;
  /** The screen is going away (reader closed, another view shown): stop what runs, such as speech, and save the reading place. */
  dispose(): void;
}

const SITE_PANEL_ID = 'nd-site';
const SAVE_PANEL_ID = 'nd-save';

interface Togglable {
  button: HTMLButtonElement;
  open(): void;
  close(): void;
  isOpen(): boolean;
}

function toolbarButton(doc: Document, iconName: IconName, label: string, opts: { controls?: string; text?: Node[] } = {}): HTMLButtonElement {
  const text = opts.text;
  return h(doc, 'button', {
    type: 'button',
    class: text ? 'nd-button' : 'nd-button nd-icon-only',
    'aria-label': text ? undefined : label,
    title: label,
    'aria-controls': opts.controls,
    'aria-expanded': opts.controls ? 'false' : undefined,
  }, [icon(doc, iconName), ...(text ?? [])]);
}

/** A button and the panel it shows; `panel` is asked for on the first open, so it may be built then. */
function panelToggle(button: HTMLButtonElement, getPanel: () => HTMLElement, onFirstOpen?: () => void): Togglable {
  let panel: HTMLElement | null = null;
  return {
    button,
    open() {
      if (!panel) { panel = getPanel(); onFirstOpen?.(); }
      panel.hidden = false;
      button.setAttribute('aria-expanded', 'true');
      // Into the panel, on its first control, so keyboard users can set things right away.
      panel.querySelector<HTMLElement>('input:checked, input, button, a[href], select')?.focus({ preventScroll: true });
    },
    close() {
      if (panel) panel.hidden = true;
      button.setAttribute('aria-expanded', 'false');
    },
    isOpen: () => !!panel && !panel.hidden,
  };
}

export function articleScreen(ctx: ArticleScreenContext, article: Article): ArticleScreen {
  const { doc, t } = ctx;
  const view = renderArticle(doc, article, t, ctx.uiLocale, ctx.siteFallback);
  const togglables: Togglable[] = [];

  // Display settings.
  const settingsButton = toolbarButton(doc, 'type', t('readerSettings'), { controls: SETTINGS_ID });
  // Built on its first opening, beside the toolbar: most readers never open it, and its 30-odd controls were a
  // sixth of the article screen's construction after the extractor answers (2 of 12 ms in Firefox 153,
  // docs/performance.md). It reads the preferences then; only this panel changes them, so they are still the screen's.
  togglables.push(panelToggle(settingsButton, () => {
    const panel = createSettingsPanel({ doc, prefs: ctx.prefs, t, uiLocale: ctx.uiLocale, onChange: ctx.onPrefsChange });
    toolbar.after(panel);
    return panel;
  }));

  // "This site": a slot filled by the settings code; the reader only hosts it.
  let siteButton: HTMLButtonElement | null = null;
  let sitePanel: HTMLElement | null = null;
  if (ctx.renderSitePanel) {
    const render = ctx.renderSitePanel;
    siteButton = toolbarButton(doc, 'site', t('readerSitePanel'), {
      controls: SITE_PANEL_ID, text: [h(doc, 'span', { class: 'nd-label-narrow' }, [t('readerSitePanel')])],
    });
    const container = h(doc, 'div', { class: 'nd-site-panel-body' });
    sitePanel = h(doc, 'div', { id: SITE_PANEL_ID, class: 'nd-panel', role: 'group', 'aria-labelledby': 'nd-site-title', hidden: '' }, [
      h(doc, 'h2', { id: 'nd-site-title' }, [t('readerSitePanel')]),
      container,
    ]);
    const panel = sitePanel;
    togglables.push(panelToggle(siteButton, () => panel, () => {
      // Someone else's code: a failure there must not take the reader down with it.
      try { render(container); } catch (error) { console.error('News Declutter: site panel failed', error); }
    }));
  }

  // The related links as shown (they may come after the article): saved with it.
  let related: RelatedLink[] = article.related.slice();

  // Save and copy: the panel's code is a file of its own, loaded on the first opening (reader/save-panel.ts).
  let saveButton: HTMLButtonElement | null = null;
  let savePanel: HTMLElement | null = null;
  if (ctx.loadSave) {
    const load = ctx.loadSave;
    saveButton = toolbarButton(doc, 'save', t('readerSave'), { controls: SAVE_PANEL_ID });
    const container = h(doc, 'div', { class: 'nd-save-body', 'aria-busy': 'true' });
    savePanel = h(doc, 'div', { id: SAVE_PANEL_ID, class: 'nd-panel', role: 'group', 'aria-labelledby': 'nd-save-title', hidden: '' }, [
      h(doc, 'h2', { id: 'nd-save-title' }, [t('readerSave')]),
      container,
    ]);
    const panel = savePanel;
    const button = saveButton;
    togglables.push(panelToggle(button, () => panel, () => {
      load().then((mod) => {
        mod.renderSavePanel(container, {
          doc, t: t as (key: string, substitutions?: string[]) => string, announce: ctx.announce,
          article: () => ({ ...article, related: related.slice() }),
          restored: () => drawer.restored(),
        });
        container.removeAttribute('aria-busy');
        // Focus moves into a panel when it opens; this one fills in later, so move it now if it is still on the button.
        if ((button.getRootNode() as ShadowRoot).activeElement === button && !panel.hidden) {
          container.querySelector<HTMLElement>('button')?.focus({ preventScroll: true });
        }
      }, (error: unknown) => {
        container.removeAttribute('aria-busy');
        container.replaceChildren(h(doc, 'p', { class: 'nd-hint' }, [t('readerSaveUnavailable')]));
        console.warn('News Declutter: the Save panel could not be loaded:', error);
      });
    }));
  }

  // Removed drawer.
  const count = article.removed.length;
  const removedButton = toolbarButton(doc, 'removed', t('readerRemovedButton', [String(count)]), {
    controls: DRAWER_ID,
    text: [h(doc, 'span', { class: 'nd-label-narrow' }, [t('readerRemovedButton', [String(count)])])],
  });
  const drawer = createRemovedDrawer({
    doc, removed: article.removed, body: view.body, lang: article.lang, t, announce: ctx.announce,
    onRequestClose: () => closeOpen(true),
  });
  togglables.push({
    button: removedButton,
    open() { drawer.open(); removedButton.setAttribute('aria-expanded', 'true'); },
    close() { drawer.close(); removedButton.setAttribute('aria-expanded', 'false'); },
    isOpen: drawer.isOpen,
  });

  // Listen: not a popover (it keeps playing while the reader scrolls and clicks), a bar under the toolbar.
  const listenButton = ctx.listen ? toolbarButton(doc, 'listen', t('readerListen'), {
    controls: LISTEN_ID, text: [h(doc, 'span', { class: 'nd-label-narrow' }, [t('readerListen')])],
  }) : null;
  const listen = ctx.listen && listenButton ? createListenControl({
    doc, t, slot: ctx.listen, button: listenButton, title: view.title, body: view.body, lang: article.lang, uiLocale: ctx.uiLocale,
  }) : null;

  const printButton = toolbarButton(doc, 'print', t('readerPrint'));
  printButton.addEventListener('click', () => { closeOpen(false); ctx.print(); });
  const closeButton = toolbarButton(doc, 'close', t('readerClose'));
  closeButton.addEventListener('click', () => ctx.close());

  /** Closes whatever popover or drawer is open; with `refocus`, focus goes back to its button. */
  function closeOpen(refocus: boolean): boolean {
    const open = togglables.find((x) => x.isOpen());
    if (!open) return false;
    open.close();
    if (refocus) open.button.focus({ preventScroll: true });
    return true;
  }
  for (const x of togglables) {
    x.button.addEventListener('click', () => {
      const wasOpen = x.isOpen();
      closeOpen(false);
      if (!wasOpen) x.open();
    });
  }

  // Not role="toolbar": that promises arrow-key navigation; plain Tab order is what these few buttons need.
  const toolbar = h(doc, 'div', { class: 'nd-toolbar', role: 'group', 'aria-label': t('readerDialogLabel') }, [
    h(doc, 'span', { class: 'nd-toolbar-site' }, [ctx.host]),
    listenButton, siteButton, removedButton, settingsButton, saveButton, printButton, closeButton,
  ]);
  // A scroll container that takes focus: arrow keys, Page Down and Space scroll the article right away.
  const scroll = h(doc, 'div', { class: 'nd-scroll', tabindex: '-1' }, [view.element]);

  // A click outside the open popover closes it, as menus do.
  scroll.addEventListener('pointerdown', () => closeOpen(false));

  // The drawer lives beside the scroll area, under the toolbar: the toolbar's buttons stay in reach while it is open.
  const main = h(doc, 'div', { class: 'nd-main' }, [scroll, drawer.element]);
  const nodes = [toolbar, ...(sitePanel ? [sitePanel] : []), ...(savePanel ? [savePanel] : []), ...(listen ? [listen.panel] : []), main];
  let resume: { stop(): void } | null = null;
  return {
    nodes,
    focusTarget: scroll,
    escape: () => closeOpen(true),
    addRelated(links) {
      if (!related.length) related = links.slice();
      view.addRelated(links);
    },
    shortcut: (event) => listen?.shortcut(event) ?? false,
    shown() {
      if (ctx.resume && !resume) resume = startResume({ doc, t, uiLocale: ctx.uiLocale, scroller: scroll, body: view.body, hooks: ctx.resume });
    },
    dispose() {
      listen?.dispose();
      resume?.stop();
    },
  };
}
