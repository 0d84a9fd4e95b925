// The welcome page's words that depend on this browser and this user: where the button is, which shortcut is set,
// the sample article. Pure (the page hands in the values it read), so tests check every case without a browser.
import type { ButtonPlacement } from '../platform';
import type { Translate } from '../shared/localize';

/** The command whose shortcut opens the reader: the browser routes it to the toolbar button's click. */
export const ACTION_COMMAND = '_execute_action';

export function placementText(placement: ButtonPlacement, t: Translate): string {
  return t(placement === 'toolbar' ? 'welcomeButtonToolbar' : 'welcomeButtonExtensionsMenu');
}

/** The shortcut actually set for the reader (the user may have changed or removed it), from commands.getAll(). */
export function readerShortcut(commands: readonly { name?: string; shortcut?: string }[]): string {
  return commands.find((c) => c.name === ACTION_COMMAND)?.shortcut?.trim() ?? '';
}

export function shortcutText(shortcut: string, t: Translate): string {
  return shortcut ? t('welcomeShortcut', [shortcut]) : t('welcomeNoShortcut');
}

export function contextMenuText(t: Translate): string {
  return t('welcomeContextMenu', [t('contextMenuTitle')]);
}
