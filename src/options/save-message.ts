// One wording for every global save, so the user learns where their settings went.
import type { GlobalSaveResult } from '../settings/index';
import type { Translate } from './i18n';

export function savedMessage(result: GlobalSaveResult, t: Translate): string {
  return result.area === 'sync' ? t('optionsSaved') : t('optionsSavedLocal');
}

export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
