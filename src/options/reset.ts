// "Reset to defaults", behind a confirmation dialog (a native <dialog>: modal, Escape cancels, focus is kept
// inside and returns to the button on close).
import type { SettingsStore } from '../settings/index';
import type { Translate } from './i18n';
import { errorText } from './save-message';
import type { Status } from './status';

export interface ResetElements {
  button: HTMLButtonElement;
  dialog: HTMLDialogElement;
  body: HTMLElement;
  confirm: HTMLButtonElement;
  cancel: HTMLButtonElement;
}

export function setupReset(els: ResetElements, deps: { store: SettingsStore; status: Status; t: Translate; onReset(): Promise<void> }): void {
  const { store, status, t } = deps;

  els.button.addEventListener('click', async () => {
    const count = Object.keys((await store.scanSites()).sites).length;
    els.body.textContent = t('optionsResetConfirmBody', [String(count)]);
    els.dialog.showModal();
    els.cancel.focus(); // the safe choice first
  });
  els.cancel.addEventListener('click', () => els.dialog.close());
  els.confirm.addEventListener('click', async () => {
    els.dialog.close();
    try {
      // No site is enabled any more: the background gives the per-site grants back and drops the registrations
      // (src/background/settings-events.ts); a grant it cannot give back shows in the sites table.
      await store.reset();
      status.say(t('optionsResetDone'));
    } catch (err) {
      status.say(t('optionsSaveFailed', [errorText(err)]), 'error');
    }
    await deps.onReset();
  });
}
