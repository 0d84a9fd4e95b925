// @vitest-environment jsdom
// The options page in jsdom over fake browser APIs: what a keyboard user does, end to end inside the page.
// (The real-browser end-to-end tests come with the extension shell; this checks the page's own logic.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { FakePermissions } from './fakes/fake-extension-apis';
import { createSettingsStore, inPageLock } from '../../src/settings';
import { handleContentMessage } from '../../src/background/content-messages';
import { fakeStorage } from './fakes/fake-storage';
import { normalizePrefs } from '../../src/content/reader/prefs';
import { FONTS, THEMES, type ReaderPrefs } from '../../src/settings';

const fake = vi.hoisted(() => ({ browser: {} as Record<string, unknown>, lock: null as null | (<T>(name: string, work: () => Promise<T>) => Promise<T>) }));
vi.mock('../../src/platform', () => ({
  browser: fake.browser,
  // The Web Locks the page shares with the background: one lock object here, shared with the test's background store.
  extensionLock: <T>(name: string, work: () => Promise<T>) => fake.lock!(name, work),
  // Messages as "key" or "key:sub1|sub2": the test checks which message, not its wording.
  getMessage: (key: string, subs?: string[]) => (subs?.length ? `${key}:${subs.join('|')}` : key),
  uiLocale: () => 'en',
}));

const storage = fakeStorage();
const permissions = new FakePermissions();
const listeners: (() => void)[] = [];
const event = () => ({ addListener: (l: () => void) => listeners.push(l) });
fake.lock = inPageLock();
// No `scripting`: registrations are the background's alone, and the page must not reach for them.
Object.assign(fake.browser, {
  storage: { local: storage.local, sync: storage.sync, onChanged: event() },
  permissions: Object.assign(permissions, { onAdded: event(), onRemoved: event() }),
});
/** Settings or grants changed elsewhere (the background, another page): the page's listeners hear it. */
const notify = () => listeners.forEach((l) => l());

const $ = <T extends Element = HTMLElement>(sel: string) => document.querySelector(sel) as unknown as T;
const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));
async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await tick(5);
  }
  throw new Error(`timed out waiting for ${what}`);
}
const statusText = () => $('#status').textContent ?? '';

beforeAll(async () => {
  const html = readFileSync(join(__dirname, '../../src/options/options.html'), 'utf8');
  document.documentElement.innerHTML = html.replace(/^<!doctype html>\s*<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
  // jsdom lacks these two browser APIs the page uses.
  globalThis.CSS ??= { escape: (s: string) => s.replace(/["\\]/g, '\\$&') } as typeof CSS;
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) { this.open = true; };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) { this.open = false; };
  await storage.local.set({ 'site:sport.example': { mode: 'never', disabledSteps: ['counter'] } });
  await import('../../src/options/main');
  await until(() => document.body.dataset.ready === 'true', 'the page to load');
});

describe('options page', () => {
  it('shows the stored reader settings and sites, with labelled controls', () => {
    expect($<HTMLInputElement>('input[name="theme"][value="system"]').checked).toBe(true);
    expect($<HTMLInputElement>('#size').value).toBe('19');
    const row = $('tr[data-host="sport.example"]');
    expect(row.querySelector('select')?.getAttribute('aria-label')).toBe('optionsModeFor:sport.example');
    expect(row.querySelector<HTMLSelectElement>('select')?.value).toBe('never');
    expect(row.querySelector<HTMLInputElement>('input[data-step="counter"]')?.checked).toBe(false);
    expect(row.querySelector<HTMLInputElement>('input[data-step="ad-label"]')?.checked).toBe(true);
    expect(row.querySelector('legend')?.textContent).toBe('optionsStepsFor:sport.example');
    // Every form control has a label or an accessible name.
    for (const c of document.querySelectorAll('input, select')) {
      const id = c.id;
      const named = c.closest('label') || c.getAttribute('aria-label') || (id && document.querySelector(`label[for="${id}"]`));
      expect(named, c.outerHTML).toBeTruthy();
    }
  });

  it('saves a reader setting on change and says so in the live region', async () => {
    $<HTMLInputElement>('input[name="theme"][value="dark"]').click();
    await until(() => statusText() === 'optionsSaved', 'saved');
    const stored = storage.sync!.dump().global as { value: { reader: { theme: string } } };
    expect(stored.value.reader.theme).toBe('dark');
  });

  it('the resume switch is on by default; off saves it, keeps the reader settings and forgets the remembered places', async () => {
    const box = $<HTMLInputElement>('#resume');
    expect(box.checked).toBe(true);
    expect(box.closest('label')?.querySelector('[data-i18n="optionsResumeLabel"]')).not.toBeNull();
    expect(box.getAttribute('aria-describedby')).toBe('resume-hint');
    await storage.local.set({ readingPositions: { abc: { block: 3, at: Date.now() } } });
    box.click();
    await until(() => (storage.sync!.dump().global as { value: { resume: boolean } }).value.resume === false, 'the save');
    expect((storage.sync!.dump().global as { value: { reader: { theme: string } } }).value.reader.theme).toBe('dark');
    await until(() => storage.local.dump().readingPositions === undefined, 'the places forgotten');
    box.click();
    await until(() => (storage.sync!.dump().global as { value: { resume: boolean } }).value.resume === true, 'on again');
  });

  it('refuses an out-of-range number with a message, and stores nothing', async () => {
    const before = JSON.stringify(storage.sync!.dump());
    const size = $<HTMLInputElement>('#size');
    size.value = '400';
    size.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => $('#status').dataset.kind === 'error', 'an error');
    expect(JSON.stringify(storage.sync!.dump())).toBe(before);
    size.value = '19';
  });

  it('offers exactly the themes and fonts the reader has', () => {
    const values = (name: string) => [...document.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)].map((i) => i.value).sort();
    expect(values('theme')).toEqual([...THEMES].sort());
    expect(values('font')).toEqual([...FONTS].sort());
  });

  it('every number the form can save is the number the reader applies', async () => {
    // Candidates well beyond the bounds and between the steps; the form must refuse or save each as the reader shows it.
    const candidates: Record<'size' | 'width' | 'lineHeight', number[]> = {
      size: Array.from({ length: 65 }, (_, i) => 9 + i * 0.5),
      width: Array.from({ length: 62 }, (_, i) => 29 + i * 1.5),
      lineHeight: Array.from({ length: 45 }, (_, i) => Number((0.9 + i * 0.05).toFixed(2))),
    };
    let saved = 0;
    for (const [name, values] of Object.entries(candidates)) {
      const input = $<HTMLInputElement>(`#${name}`);
      const reset = input.value;
      for (const v of values) {
        const writes = storage.sync!.writes;
        delete $('#status').dataset.kind;
        input.value = String(v);
        input.dispatchEvent(new Event('change', { bubbles: true }));
        await until(() => storage.sync!.writes !== writes || $('#status').dataset.kind === 'error', `${name} ${v} saved or refused`);
        if (storage.sync!.writes === writes) continue;
        saved++;
        const stored = (storage.sync!.dump().global as { value: { reader: ReaderPrefs } }).value.reader;
        expect(stored[name as 'size'], `${name} ${v}`).toBe(v);
        expect(normalizePrefs(stored)).toEqual(stored);
      }
      input.value = reset;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }
    expect(saved).toBeGreaterThan(30);
  });

  it('adds a site with an auto mode: asks for that host only and stores it (the background registers)', async () => {
    $<HTMLInputElement>('#add-host').value = 'https://News.Example.com/politics/x';
    $<HTMLSelectElement>('#add-mode').value = 'in-place';
    $<HTMLFormElement>('#add-site').requestSubmit();
    await until(() => !!$('tr[data-host="news.example.com"]'), 'the new row');
    expect(permissions.requests.at(-1)).toEqual(['https://news.example.com/*']);
    expect(storage.local.dump()['site:news.example.com']).toEqual({ mode: 'in-place', disabledSteps: [] });
    await until(() => $('tr[data-host="news.example.com"] td:nth-of-type(3)').textContent === 'optionsAccessGranted', 'access shown');
  });

  it('an invalid site name is refused with a message and aria-invalid', async () => {
    $<HTMLInputElement>('#add-host').value = 'not a site';
    $<HTMLFormElement>('#add-site').requestSubmit();
    await until(() => statusText().startsWith('optionsAddSiteInvalid'), 'the message');
    expect($('#add-host').getAttribute('aria-invalid')).toBe('true');
  });

  it('a step switch saves the site, and focus stays on it after the redraw', async () => {
    const box = $<HTMLInputElement>('tr[data-host="news.example.com"] input[data-step="counter"]');
    box.focus();
    box.click();
    await until(() => (storage.local.dump()['site:news.example.com'] as { disabledSteps: string[] }).disabledSteps.includes('counter'), 'the save');
    await tick(20);
    expect((document.activeElement as HTMLElement).dataset.step).toBe('counter');
    expect(document.activeElement?.closest('tr')?.dataset.host).toBe('news.example.com');
  });

  it('search narrows the table and says how many match', async () => {
    const search = $<HTMLInputElement>('#site-search');
    search.value = 'sport';
    search.dispatchEvent(new Event('input'));
    expect([...document.querySelectorAll('#sites-body tr')].map((r) => (r as HTMLElement).dataset.host)).toEqual(['sport.example']);
    expect($('#sites-count').textContent).toBe('optionsSitesCount:1|2');
    search.value = '';
    search.dispatchEvent(new Event('input'));
  });

  it('a bad import file gets a clear message and changes nothing', async () => {
    const before = JSON.stringify(storage.local.dump());
    chooseFile('{"format":"news-declutter-settings","schemaVersion":1,"global":{},"sites":{}}');
    await until(() => !$('#import-error').hidden, 'the error');
    expect($('#import-error').textContent).toContain('optionsImportErrorInvalid');
    expect($('#import-preview').hidden).toBe(true);
    expect(JSON.stringify(storage.local.dump())).toBe(before);
  });

  it('an import shows what it will change first, and Apply makes exactly those changes', async () => {
    const file = {
      format: 'news-declutter-settings', schemaVersion: 1, exportedAt: '2026-01-01T00:00:00.000Z',
      global: { reader: { theme: 'sepia', font: 'serif', size: 19, width: 68, lineHeight: 1.6 } },
      sites: { 'sport.example': { mode: 'never', disabledSteps: ['counter'] }, 'new.example': { mode: 'never', disabledSteps: [] } },
    };
    chooseFile(JSON.stringify(file));
    await until(() => !$('#import-preview').hidden, 'the preview');
    const lines = [...document.querySelectorAll('#import-changes li')].map((li) => li.textContent);
    expect(lines).toEqual(['optionsImportChangeReader:readerTheme|readerThemeDark|readerThemeSepia', 'optionsImportSiteAdded:new.example|optionsModeNever', 'optionsImportSitesUnchanged:1']);
    expect(document.activeElement?.id).toBe('import-preview-heading');
    expect(storage.local.dump()['site:new.example']).toBeUndefined(); // nothing before Apply
    $<HTMLButtonElement>('#import-apply').click();
    await until(() => statusText().startsWith('optionsImportDone'), 'the import');
    expect(storage.local.dump()['site:new.example']).toEqual({ mode: 'never', disabledSteps: [] });
    expect(storage.local.dump()['site:news.example.com']).toBeDefined(); // a merge keeps sites not in the file
    await until(() => $<HTMLInputElement>('input[name="theme"][value="sepia"]').checked, 'the form to follow');
  });

  it('quick step switches here and in a reader\'s panel all land, with 20 ms writes', async () => {
    // The background's store: another page, the same storage and the same lock (Web Locks hold across the extension's pages).
    const background = createSettingsStore({ local: storage.local, sync: storage.sync }, { lock: fake.lock! });
    const RUNTIME_ID = 'test@news-declutter';
    const url = 'https://news.example.com/story';
    const panel = (message: unknown) => handleContentMessage(message, { id: RUNTIME_ID, url, tab: { id: 3, url } }, {
      runtimeId: RUNTIME_ID, store: background,
      showReaderState: async () => undefined, openSiteSettings: async () => undefined, openExtractor: async () => undefined, loadListen: async () => undefined,
      positions: { get: async () => null }, injectSavePanel: async () => ({ loaded: true as const }),
    });
    await background.setSite('news.example.com', { mode: 'in-place', disabledSteps: [] });
    notify();
    await until(() => !!$('tr[data-host="news.example.com"] input[data-step="timestamp"]'), 'the row');
    storage.local.writeDelayMs = 20;
    try {
      const box = (id: string) => $<HTMLInputElement>(`tr[data-host="news.example.com"] input[data-step="${id}"]`);
      // Interleaved: the table, the panel, the table, the panel, each before the previous write landed.
      box('timestamp').click();
      const fromPanel = [panel({ type: 'set-site-step', stepId: 'ad-label', on: false })];
      box('share-widget').click();
      fromPanel.push(panel({ type: 'set-site-step', stepId: 'newsletter', on: false }), panel({ type: 'set-site-never', never: false }));
      await Promise.all(fromPanel);
      await until(() => ((storage.local.dump()['site:news.example.com'] as { disabledSteps: string[] }).disabledSteps.length === 4), 'four steps off');
      await tick(100);
      expect([...(storage.local.dump()['site:news.example.com'] as { disabledSteps: string[] }).disabledSteps].sort()).toEqual(['ad-label', 'newsletter', 'share-widget', 'timestamp']);
      expect((await background.getSite('news.example.com')).mode).toBe('in-place');
    } finally {
      storage.local.writeDelayMs = 0;
    }
  });

  it('a panel message for another site than the sender\'s page cannot name one', async () => {
    const background = createSettingsStore({ local: storage.local, sync: storage.sync }, { lock: fake.lock! });
    const deps = { runtimeId: 'me', store: background, showReaderState: async () => undefined, openSiteSettings: async () => undefined, openExtractor: async () => undefined, loadListen: async () => undefined,
      positions: { get: async () => null }, injectSavePanel: async () => ({ loaded: true as const }) };
    const url = 'https://page.example/';
    await handleContentMessage({ type: 'set-site-step', stepId: 'counter', on: false, hostname: 'bank.example' }, { id: 'me', url, tab: { id: 1, url } }, deps);
    expect(storage.local.dump()['site:bank.example']).toBeUndefined();
    expect(storage.local.dump()['site:page.example']).toEqual({ mode: 'off', disabledSteps: ['counter'] });
    // Not this extension's content script: an extension page (no tab), or another extension.
    expect(handleContentMessage({ type: 'set-site-never', never: true }, { id: 'me', url: 'moz-extension://x/options.html' }, deps)).toBeUndefined();
    expect(handleContentMessage({ type: 'set-site-never', never: true }, { id: 'other', url, tab: { id: 1, url } }, deps)).toBeUndefined();
    await background.removeSite('page.example');
  });

  it('a site no automatic mode uses that keeps its grant says so, and "Remove access" gives it back or says it could not', async () => {
    permissions.granted.add('https://kept.example/*');
    notify();
    await until(() => !!$('tr[data-host="kept.example"] [data-control="release"]'), 'the still-granted row');
    expect($('tr[data-host="kept.example"] td:nth-of-type(3)').textContent).toContain('optionsAccessStillGranted');
    permissions.removal = 'refuse';
    $<HTMLButtonElement>('tr[data-host="kept.example"] [data-control="release"]').click();
    await until(() => statusText().startsWith('optionsReleaseFailed:kept.example'), 'the failure');
    expect($('#status').dataset.kind).toBe('error');
    permissions.removal = 'ok';
    $<HTMLButtonElement>('tr[data-host="kept.example"] [data-control="release"]').click();
    await until(() => statusText() === 'optionsAccessReleased:kept.example', 'the release');
    expect(permissions.granted.has('https://kept.example/*')).toBe(false);
    await until(() => !$('tr[data-host="kept.example"]'), 'the row to go');
  });

  it('"Allow access" for several sites names every one of them before the click', async () => {
    await storage.local.set({ 'site:one.example': { mode: 'auto-reader', disabledSteps: [] }, 'site:two.example': { mode: 'in-place', disabledSteps: [] } });
    notify();
    await until(() => !$('#grant-all').hidden, 'the button');
    expect($('#grant-all-sites').hidden).toBe(false);
    expect($('#grant-all-sites').textContent).toBe('optionsAllowAllSites:one.example, two.example');
    $<HTMLButtonElement>('#grant-all').click();
    await until(() => $('#grant-all').hidden, 'the grant');
    expect(permissions.requests.at(-1)).toEqual(['https://one.example/*', 'https://two.example/*']);
  });

  it('a file over the size limit is refused from its size, without being read', async () => {
    const file = new File(['{}'], 'huge.json', { type: 'application/json' });
    Object.defineProperty(file, 'size', { value: 2 ** 31 });
    const read = vi.fn(() => Promise.resolve('{}'));
    Object.defineProperty(file, 'text', { value: read });
    const input = $<HTMLInputElement>('#import-file');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    await until(() => !$('#import-error').hidden, 'the error');
    expect($('#import-error').textContent).toContain('optionsImportErrorTooLarge');
    expect(read).not.toHaveBeenCalled();
  });

  it('reset asks first; cancel changes nothing; confirm resets every setting (the background gives grants back)', async () => {
    $<HTMLButtonElement>('#reset').click();
    await until(() => $<HTMLDialogElement>('#reset-dialog').open, 'the dialog');
    expect(document.activeElement?.id).toBe('reset-cancel');
    $<HTMLButtonElement>('#reset-cancel').click();
    expect(storage.local.dump()['site:sport.example']).toBeDefined();
    $<HTMLButtonElement>('#reset').click();
    await until(() => $<HTMLDialogElement>('#reset-dialog').open, 'the dialog');
    $<HTMLButtonElement>('#reset-confirm').click();
    await until(() => statusText() === 'optionsResetDone', 'the reset');
    expect(Object.keys(storage.local.dump()).filter((k) => k.startsWith('site:'))).toEqual([]);
  });
});

function chooseFile(text: string): void {
  const input = $<HTMLInputElement>('#import-file');
  const file = new File([text], 'settings.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change'));
}
