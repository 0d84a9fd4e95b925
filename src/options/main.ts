// The options page's entry: wires the sections to the store. Each section lives in its own file.
import { STEP_IDS } from '../declutter/step-ids';
import { DEFAULTS } from '../settings/schema';
import { setupBackup } from './backup';
import { grantedOrigins, onGrantsChanged, onSettingsChanged, permissions, positions, store, t } from './browser-bindings';
import { localize } from './i18n';
import { setupPreview } from './preview';
import { setupReaderForm } from './reader-form';
import { setupReset } from './reset';
import { setupResumeSwitch } from './resume-switch';
import { setupSitesTable } from './sites-table';
import { createStatus } from './status';

/** Several storage events arrive for one change (a site key and a kept-aside copy): redraw once. */
const REFRESH_DEBOUNCE_MS = 100;

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`options.html: #${id} is missing`);
  return el as T;
}

async function main(): Promise<void> {
  document.documentElement.lang = t('@@ui_locale').replace('_', '-');
  document.documentElement.dir = t('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
  localize(document, t);
  document.title = t('optionsTitle');
  const status = createStatus(byId('status'));

  const readerForm = setupReaderForm(byId<HTMLFormElement>('reader-form'), store, status, t);
  const preview = setupPreview(byId('reader-preview'), byId<HTMLFormElement>('reader-form'), DEFAULTS.global.reader, t);
  const resumeSwitch = setupResumeSwitch(byId<HTMLInputElement>('resume'), { store, positions, status, t });
  const sitesTable = setupSitesTable(
    {
      tbody: byId<HTMLTableSectionElement>('sites-body'),
      search: byId<HTMLInputElement>('site-search'),
      count: byId('sites-count'),
      addForm: byId<HTMLFormElement>('add-site'),
      grantAll: byId<HTMLButtonElement>('grant-all'),
      grantAllSites: byId('grant-all-sites'),
      pager: byId('sites-pager'),
      previous: byId<HTMLButtonElement>('sites-previous'),
      next: byId<HTMLButtonElement>('sites-next'),
    },
    { store, permissions, grantedOrigins, status, t, stepIds: STEP_IDS },
  );

  async function refreshAll(): Promise<void> {
    const global = await store.getGlobal();
    readerForm.show(global);
    preview.show(global.reader);
    resumeSwitch.show(global);
    await sitesTable.refresh();
  }

  setupBackup(
    {
      exportButton: byId<HTMLButtonElement>('export'),
      fileInput: byId<HTMLInputElement>('import-file'),
      replace: byId<HTMLInputElement>('import-replace'),
      preview: byId('import-preview'),
      previewHeading: byId('import-preview-heading'),
      changes: byId<HTMLUListElement>('import-changes'),
      apply: byId<HTMLButtonElement>('import-apply'),
      cancel: byId<HTMLButtonElement>('import-cancel'),
      error: byId('import-error'),
    },
    { store, permissions, status, t, onImported: refreshAll },
  );
  setupReset(
    {
      button: byId<HTMLButtonElement>('reset'),
      dialog: byId<HTMLDialogElement>('reset-dialog'),
      body: byId('reset-dialog-body'),
      confirm: byId<HTMLButtonElement>('reset-confirm'),
      cancel: byId<HTMLButtonElement>('reset-cancel'),
    },
    { store, status, t, onReset: refreshAll },
  );

  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void refreshAll(), REFRESH_DEBOUNCE_MS);
  };
  onSettingsChanged(later);
  onGrantsChanged(later);
  await refreshAll();
  const deepLink = /^#site=(.+)$/.exec(location.hash);
  if (deepLink?.[1]) sitesTable.focusSite(decodeURIComponent(deepLink[1]));
  document.body.dataset.ready = 'true'; // end-to-end tests wait for this before clicking
}

main().catch((err: unknown) => {
  console.error('News Declutter options:', err);
  const status = document.getElementById('status');
  if (status) status.textContent = String(err instanceof Error ? err.message : err);
});
