// The reader's Listen button and the bar it opens under the toolbar. The player itself (src/content/listen/) is
// loaded the first time it is needed: the reader only holds the button, the empty bar, the shortcut, and stops
// the player when the bar closes or the article goes (reader closed, another view shown).
import { LISTEN_SHORTCUT, type ListenPlayer, type ListenSlot } from '../listen/api';
import { h } from '../../shared/reader-view/dom';
import type { ReaderT } from '../../shared/reader-view/messages';

export const LISTEN_ID = 'nd-listen';

export interface ListenControl {
  panel: HTMLElement;
  /** The reader's shortcut (Alt+Shift+L): opens the bar and plays, or plays/pauses. True when it was this shortcut. */
  shortcut(event: KeyboardEvent): boolean;
  dispose(): void;
}

export interface ListenControlOptions {
  doc: Document;
  t: ReaderT;
  slot: ListenSlot;
  button: HTMLButtonElement;
  title: HTMLElement;
  body: HTMLElement;
  lang: string;
  uiLocale: string;
}

export function createListenControl(o: ListenControlOptions): ListenControl {
  const { doc, t, button } = o;
  const panel = h(doc, 'div', { id: LISTEN_ID, class: 'nd-listen', role: 'group', 'aria-label': t('readerListen'), hidden: '' });
  button.setAttribute('aria-keyshortcuts', LISTEN_SHORTCUT);
  let player: ListenPlayer | null = null;
  let loading: Promise<ListenPlayer | null> | null = null;
  /** Counts openings: a load that finishes after the bar was closed (and maybe opened again) mounts nothing. */
  let opening = 0;

  function ready(): Promise<ListenPlayer | null> {
    const mine = opening;
    loading ??= o.slot.load().then((module) => {
      if (panel.hidden || mine !== opening) return null;
      player = module.mount({ doc, panel, title: o.title, body: o.body, lang: o.lang, uiLocale: o.uiLocale, t, settings: o.slot.settings });
      return player;
    }, (error: unknown) => {
      console.error('News Declutter: Listen could not load:', error);
      loading = null;
      panel.replaceChildren(h(doc, 'p', { class: 'nd-hint', role: 'alert' }, [t('readerListenFailed')]));
      return null;
    });
    return loading;
  }

  function open(focus: boolean): void {
    panel.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    // Listen means "read to me": the bar opens playing.
    void ready().then((p) => {
      if (!p) return;
      if (focus) p.focus();
      p.toggle();
    });
  }

  function close(): void {
    opening++;
    const hadFocus = panel.contains((panel.getRootNode() as Document | ShadowRoot).activeElement);
    panel.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    player?.dispose();
    player = null;
    loading = null;
    panel.replaceChildren();
    if (hadFocus) button.focus({ preventScroll: true });
  }

  button.addEventListener('click', () => (panel.hidden ? open(true) : close()));

  return {
    panel,
    shortcut(event) {
      if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey || event.code !== 'KeyL') return false;
      if (panel.hidden) open(false);
      else player?.toggle();
      return true;
    },
    dispose() {
      player?.dispose();
      player = null;
    },
  };
}
