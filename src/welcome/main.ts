// The welcome page's entry: opened once, on install (src/background/welcome.ts). Says where this browser keeps
// the button, which shortcut is set, and shows a cluttered page beside the reader's view of it.
import { browser, buttonPlacement, getMessage as t } from '../platform';
import { DEFAULTS } from '../settings/schema';
import { localize, setPageLanguage } from '../shared/localize';
import { mountReaderSample, sampleText } from '../shared/reader-sample';
import { contextMenuText, placementText, readerShortcut, shortcutText } from './text';

function byId(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`welcome.html: #${id} is missing`);
  return el;
}

async function main(): Promise<void> {
  setPageLanguage(document, t);
  localize(document, t);
  document.title = t('welcomeTitle');
  byId('placement').textContent = placementText(buttonPlacement, t);
  byId('context-menu').textContent = contextMenuText(t);
  mountReaderSample(byId('reader-sample'), sampleText(t), DEFAULTS.global.reader, t);
  byId('shortcut').textContent = shortcutText(readerShortcut(await browser.commands.getAll()), t);
  document.body.dataset.ready = 'true'; // end-to-end tests and `npm run screenshots` wait for this
}

main().catch((err: unknown) => console.error('News Declutter welcome:', err));
