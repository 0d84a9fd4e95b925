// Export to a JSON file, and import with a preview: a file is parsed and validated first (a bad one gets a
// clear message and changes nothing), then the page lists what it will change, and only "Apply" writes.
import {
  applyImport,
  diffImport,
  exportFileName,
  importFileTooLarge,
  parseSettingsFile,
  serializeSettings,
  sitesNeedingAccess,
  type AllSettings,
  type ImportErrorCode,
  type PermissionsApi,
  type SettingsStore,
} from '../settings/index';
import { describeReaderValue, describeSite, READER_FIELD_MESSAGE } from './describe';
import type { Translate } from './i18n';
import { errorText, savedMessage } from './save-message';
import type { Status } from './status';

/** Preview lines listed at most; the rest are counted ("and 4,800 more"): the list is to check, not to read. */
export const MAX_PREVIEW_LINES = 100;

const ERROR_MESSAGE: Record<ImportErrorCode, string> = {
  'too-large': 'optionsImportErrorTooLarge',
  'not-json': 'optionsImportErrorNotJson',
  'not-settings-file': 'optionsImportErrorNotSettings',
  'newer-version': 'optionsImportErrorNewer',
  'invalid-values': 'optionsImportErrorInvalid',
};

export interface BackupElements {
  exportButton: HTMLButtonElement;
  fileInput: HTMLInputElement;
  replace: HTMLInputElement;
  preview: HTMLElement;
  previewHeading: HTMLElement;
  changes: HTMLUListElement;
  apply: HTMLButtonElement;
  cancel: HTMLButtonElement;
  error: HTMLElement;
}

export interface BackupDeps {
  store: SettingsStore;
  permissions: Pick<PermissionsApi, 'getAll'>;
  status: Status;
  t: Translate;
  /** Re-reads every section after an import. */
  onImported(): Promise<void>;
}

export function setupBackup(els: BackupElements, deps: BackupDeps): void {
  const { store, status, t } = deps;
  const doc = els.preview.ownerDocument;
  let incoming: AllSettings | null = null;

  els.exportButton.addEventListener('click', async () => {
    try {
      const blob = new Blob([serializeSettings(await store.getAll())], { type: 'application/json' });
      const url = URL.createObjectURL(blob);
      const a = doc.createElement('a');
      a.href = url;
      a.download = exportFileName();
      doc.body.append(a);
      a.click();
      a.remove();
      // Revoked later: Firefox starts the download asynchronously and fails on a URL revoked at once.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      status.say(t('optionsExported'));
    } catch (err) {
      status.say(t('optionsSaveFailed', [errorText(err)]), 'error');
    }
  });

  function hidePreview(): void {
    els.preview.hidden = true;
    els.changes.replaceChildren();
    incoming = null;
  }

  function showError(code: ImportErrorCode, details: string[]): void {
    const list = doc.createElement('ul');
    for (const d of details.slice(0, MAX_PREVIEW_LINES)) {
      const li = doc.createElement('li');
      li.textContent = d;
      list.append(li);
    }
    const p = doc.createElement('p');
    p.textContent = t(ERROR_MESSAGE[code]);
    els.error.replaceChildren(p, ...(details.length ? [list] : []));
    els.error.hidden = false;
  }

  async function showPreview(): Promise<void> {
    if (!incoming) return;
    const diff = diffImport(await store.getAll(), incoming, { replaceSites: els.replace.checked });
    const lines: string[] = [];
    for (const [k, c] of Object.entries(diff.reader)) {
      lines.push(t('optionsImportChangeReader', [t(READER_FIELD_MESSAGE[k as keyof typeof READER_FIELD_MESSAGE]), describeReaderValue(c.from, t), describeReaderValue(c.to, t)]));
    }
    if (diff.resume) {
      const word = (on: boolean) => t(on ? 'optionsSwitchOn' : 'optionsSwitchOff');
      lines.push(t('optionsImportChangeReader', [t('optionsResumeLabel'), word(diff.resume.from), word(diff.resume.to)]));
    }
    for (const [h, s] of Object.entries(diff.sitesAdded)) lines.push(t('optionsImportSiteAdded', [h, describeSite(s, t)]));
    for (const [h, c] of Object.entries(diff.sitesChanged)) lines.push(t('optionsImportSiteChanged', [h, describeSite(c.from, t), describeSite(c.to, t)]));
    for (const [h, s] of Object.entries(diff.sitesRemoved)) lines.push(t('optionsImportSiteRemoved', [h, describeSite(s, t)]));
    const items = lines.slice(0, MAX_PREVIEW_LINES);
    if (lines.length > items.length) items.push(t('optionsImportMore', [String(lines.length - items.length)]));
    if (diff.sitesUnchanged) items.push(t('optionsImportSitesUnchanged', [String(diff.sitesUnchanged)]));
    if (diff.empty) items.unshift(t('optionsImportNothing'));
    els.changes.replaceChildren(...items.map((line) => Object.assign(doc.createElement('li'), { textContent: line })));
    els.apply.disabled = diff.empty;
    els.preview.hidden = false;
    els.previewHeading.focus(); // the preview is what the user must read next
  }

  els.fileInput.addEventListener('change', async () => {
    hidePreview();
    els.error.hidden = true;
    const file = els.fileInput.files?.[0];
    if (!file) return;
    els.fileInput.value = ''; // choosing the same file again (after fixing it) fires `change` again
    // Before reading: a wrong file of gigabytes must not be read into memory to be refused.
    const tooLarge = importFileTooLarge(file.size);
    if (tooLarge) {
      showError(tooLarge.code, tooLarge.details);
      return;
    }
    const parsed = parseSettingsFile(await file.text());
    if (!parsed.ok) {
      showError(parsed.error.code, parsed.error.details);
      return;
    }
    incoming = parsed.settings;
    await showPreview();
  });
  els.replace.addEventListener('change', () => void showPreview());

  els.cancel.addEventListener('click', () => {
    hidePreview();
    status.say(t('optionsImportCancelled'));
    els.fileInput.focus();
  });

  els.apply.addEventListener('click', async () => {
    if (!incoming) return;
    try {
      // Registrations follow in the background, on the storage change this write makes.
      const result = await applyImport(store, incoming, { replaceSites: els.replace.checked });
      const needing = await sitesNeedingAccess({ store, permissions: deps.permissions });
      status.say([t('optionsImportDone'), savedMessage(result, t), needing.length ? t('optionsImportNeedsAccess') : ''].filter(Boolean).join(' '));
    } catch (err) {
      status.say(t('optionsSaveFailed', [errorText(err)]), 'error');
    }
    hidePreview();
    await deps.onImported();
    els.fileInput.focus();
  });
}
