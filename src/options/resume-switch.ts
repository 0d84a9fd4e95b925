// "Continue where you left off": the options page's switch for the reader's remembered places
// (src/settings/reading-positions.ts). Switching it off also forgets every remembered place: off means none kept.
import type { GlobalSettings, ReadingPositionStore, SettingsStore } from '../settings/index';
import type { Translate } from './i18n';
import { errorText, savedMessage } from './save-message';
import type { Status } from './status';

export interface ResumeSwitch {
  show(settings: GlobalSettings): void;
}

export function setupResumeSwitch(input: HTMLInputElement, deps: { store: SettingsStore; positions: ReadingPositionStore; status: Status; t: Translate }): ResumeSwitch {
  const { store, positions, status, t } = deps;
  input.addEventListener('change', async () => {
    const resume = input.checked;
    try {
      const saved = await store.updateGlobal({ resume });
      if (!resume) await positions.clear();
      status.say(savedMessage(saved, t));
    } catch (err) {
      input.checked = !resume;
      status.say(t('optionsSaveFailed', [errorText(err)]), 'error');
    }
  });
  return {
    show(settings) {
      input.checked = settings.resume;
    },
  };
}
