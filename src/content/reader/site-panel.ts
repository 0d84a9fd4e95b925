// The reader's "This site" panel: "never run here" and the cleaning-step switches for the page's
// site, set from inside the reader; automatic modes are one button away, on the options page, because they
// need the site's host permission and only an extension page's click can ask for it (content scripts have no
// permissions API). Rendered into the reader's slot (api.ts, renderSitePanel): the settings stay outside
// the reader, which only hosts the panel; everything it needs comes in through SitePanelDeps.
import { MODE_MESSAGE, stepName } from '../../shared/labels';
import type { SiteSettings } from '../../settings/index';
import { h } from '../../shared/reader-view/dom';

export interface SitePanelDeps {
  hostname: string;
  stepIds: readonly string[];
  load(): Promise<SiteSettings>;
  /**
   * (Un)checks "never run here" / switches one step, against the settings as stored (the background's store does
   * the read and the write under one lock): resolves with the site's settings after the change, rejects when
   * storage refuses. Never a whole list computed from this panel's copy, which another page may have changed since.
   */
  setNever(never: boolean): Promise<SiteSettings>;
  setStep(stepId: string, on: boolean): Promise<SiteSettings>;
  /** Opens the options page on this site (a message to the background). */
  openSiteSettings(): void;
  t: (key: string, substitutions?: string[]) => string;
}

/** Names the panel's mode controls (the step switches carry `data-step`, like the options page's). */
export const SITE_CONTROL_ATTR = 'data-site-control';

function checkbox(doc: Document, label: string, checked: boolean, attrs: Record<string, string>): { row: HTMLElement; input: HTMLInputElement } {
  const input = h(doc, 'input', { type: 'checkbox', ...attrs });
  input.checked = checked;
  const row = h(doc, 'div', {}, [h(doc, 'label', {}, [input, ` ${label}`])]);
  return { row, input };
}

export function renderSitePanel(container: HTMLElement, deps: SitePanelDeps): void {
  const doc = container.ownerDocument;
  const { t } = deps;
  void deps.load().then((initial) => {
    let s = initial;
    const mode = h(doc, 'p', { class: 'nd-hint', 'aria-live': 'polite' });
    const showMode = () => { mode.textContent = `${deps.hostname}: ${t(MODE_MESSAGE[s.mode])}`; };
    showMode();

    const never = checkbox(doc, t('optionsModeNever'), s.mode === 'never', { [SITE_CONTROL_ATTR]: 'never' });
    const showSteps = () => {
      for (const box of container.querySelectorAll<HTMLInputElement>('input[data-step]')) box.checked = !s.disabledSteps.includes(box.dataset.step ?? '');
    };
    const stored = (next: SiteSettings) => {
      s = next;
      showMode();
      never.input.checked = s.mode === 'never';
      showSteps();
    };
    never.input.addEventListener('change', () => {
      deps.setNever(never.input.checked).then(stored, (error: unknown) => {
        never.input.checked = s.mode === 'never';
        console.warn('News Declutter: could not save this site\'s setting:', error);
      });
    });
    const automatic = h(doc, 'button', { type: 'button', class: 'nd-button nd-quiet', [SITE_CONTROL_ATTR]: 'automatic' }, [t('sitePanelAutomatic')]);
    automatic.addEventListener('click', () => deps.openSiteSettings());
    const modeField = h(doc, 'div', { class: 'nd-field' }, [mode, never.row, automatic, h(doc, 'p', { class: 'nd-hint' }, [t('sitePanelAutomaticHint')])]);

    const steps = deps.stepIds.map((id) => {
      const box = checkbox(doc, stepName(id, t), !s.disabledSteps.includes(id), { 'data-step': id });
      box.input.addEventListener('change', () => {
        deps.setStep(id, box.input.checked).then(stored, (error: unknown) => {
          box.input.checked = !s.disabledSteps.includes(id);
          console.warn('News Declutter: could not save this site\'s setting:', error);
        });
      });
      return box.row;
    });
    const stepField = h(doc, 'fieldset', { class: 'nd-field' }, [h(doc, 'legend', {}, [t('optionsColSteps')]), ...steps, h(doc, 'p', { class: 'nd-hint' }, [t('sitePanelStepsHint')])]);
    container.replaceChildren(modeField, stepField);
    // The reader moves focus into a panel when it opens, but this one fills in after a storage read: if focus is
    // still on the button that opened it, move it in now, as the display-settings panel does.
    const root = container.getRootNode() as Document | ShadowRoot;
    const panelId = container.parentElement?.id;
    if (panelId && root.activeElement?.getAttribute('aria-controls') === panelId) never.input.focus({ preventScroll: true });
  }, (error: unknown) => {
    container.replaceChildren(h(doc, 'p', { class: 'nd-hint' }, [t('sitePanelUnavailable')]));
    console.warn('News Declutter: could not read this site\'s settings:', error);
  });
}
