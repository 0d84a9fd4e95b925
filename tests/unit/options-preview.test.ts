// @vitest-environment jsdom
// The options page's live preview (src/options/preview.ts) and the reader form it reads: the preview follows every
// input before it is saved, keeps the last valid look while a number is out of range, and a redraw from storage
// (this page's own save, a moment later) does not overwrite the number being typed. In real browsers:
// tests/e2e/options-page.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { setupPreview } from '../../src/options/preview';
import { readReaderForm, setupReaderForm } from '../../src/options/reader-form';
import type { ReaderPrefs } from '../../src/content/reader/api';
import { DEFAULTS, type SettingsStore } from '../../src/settings/index';

const HTML = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'options', 'options.html'), 'utf8');
const STORED: ReaderPrefs = { theme: 'system', font: 'serif', size: 19, width: 68, lineHeight: 1.6 };
const t = (key: string) => key;

let form: HTMLFormElement;
let previewRoot: () => HTMLElement;
/** What main.ts does on a storage change: the form, then the preview, from the stored values. */
let redraw: (stored: typeof STORED) => void;

function typeInto(name: string, value: string): void {
  const input = form.elements.namedItem(name) as HTMLInputElement;
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

beforeEach(() => {
  document.documentElement.innerHTML = HTML.replace(/^<!doctype html>/i, '');
  form = document.getElementById('reader-form') as HTMLFormElement;
  const store = { setGlobal: async () => ({ area: 'sync' }) } as unknown as SettingsStore;
  const readerForm = setupReaderForm(form, store, { say() {} }, t);
  readerForm.show({ ...DEFAULTS.global, reader: { ...STORED } });
  const preview = setupPreview(document.getElementById('reader-preview')!, form, STORED, t);
  preview.show(STORED);
  previewRoot = () => document.getElementById('reader-preview')!.shadowRoot!.querySelector<HTMLElement>('.nd-root')!;
  redraw = (stored) => {
    readerForm.show({ ...DEFAULTS.global, reader: { ...stored } });
    preview.show(stored);
  };
});

describe('options preview', () => {
  it('follows the theme, font and numbers as they change, before any save', () => {
    (form.querySelector('input[name="theme"][value="dark"]') as HTMLInputElement).click();
    (form.querySelector('input[name="font"][value="mono"]') as HTMLInputElement).click();
    typeInto('size', '23');
    expect(previewRoot().getAttribute('data-theme')).toBe('dark');
    expect(previewRoot().getAttribute('data-font')).toBe('mono');
    expect(previewRoot().style.getPropertyValue('--nd-size')).toBe('23px');
  });

  it('keeps the last valid look while a number is out of range', () => {
    typeInto('width', '50');
    typeInto('width', '5000');
    expect(readReaderForm(form)).toBeNull();
    expect(previewRoot().style.getPropertyValue('--nd-width')).toBe('50ch');
  });

  it('a redraw from storage leaves the number being typed, and the preview shows it', () => {
    typeInto('size', '24');
    redraw({ ...STORED, theme: 'dark' });
    expect((form.elements.namedItem('size') as HTMLInputElement).value).toBe('24');
    expect(previewRoot().style.getPropertyValue('--nd-size')).toBe('24px');
    expect(previewRoot().getAttribute('data-theme')).toBe('dark');
    // Out of range while typing, then a redraw: the preview keeps its last valid look.
    typeInto('size', '99');
    redraw({ ...STORED, theme: 'sepia' });
    expect(previewRoot().style.getPropertyValue('--nd-size')).toBe('24px');
    // Fields not being edited do follow storage.
    expect((form.elements.namedItem('width') as HTMLInputElement).value).toBe('68');
  });
});
