// The welcome page, opened once: when the extension is installed, never on an update or a browser update (a user
// who already knows the extension should not get a tab they did not ask for).
import { browser, type Runtime } from '../platform';
import { WELCOME_PAGE } from '../shared/pages';

export function shouldWelcome(details: Pick<Runtime.OnInstalledDetailsType, 'reason'>): boolean {
  return details.reason === 'install';
}

export function openWelcomeOnInstall(details: Pick<Runtime.OnInstalledDetailsType, 'reason'>): Promise<void> {
  if (!shouldWelcome(details)) return Promise.resolve();
  return browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) }).then(() => undefined, (err: unknown) => {
    // A tab that cannot open (a kiosk or policy setup) must not stop the rest of the install.
    console.warn('News Declutter: could not open the welcome page', err);
  });
}
