import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_READER_PREFS } from '../../src/content/reader/api';
import { normalizePrefs, PREFS_REPORT_DELAY_MS } from '../../src/content/reader/prefs';
import { escapeRegex } from '../../src/declutter/matchers';
import { open } from './reader-helpers';

/**
 * The value `property` takes in the reader's stylesheet rule for `selector`, with the custom properties it uses read
 * from `el`'s inline style, where the reader puts the user's choices: what the text will look like, whatever the
 * stylesheet calls its variables.
 */
function styled(root: ShadowRoot, el: HTMLElement, selector: string, property: string): string {
  const css = Array.from(root.querySelectorAll('style')).map((s) => s.textContent).join('\n');
  const rule = new RegExp(`(?:^|[}\\s])${escapeRegex(selector)}\\s*\\{([^}]*)\\}`).exec(css);
  expect(rule, selector).not.toBeNull();
  const value = new RegExp(`(?:^|[;\\s])${property}\\s*:\\s*([^;]+)`).exec(rule![1]!);
  expect(value, `${selector} { ${property} }`).not.toBeNull();
  return value![1]!.trim().replace(/var\((--[\w-]+)\)/g, (_m, name: string) => el.style.getPropertyValue(name));
}

/** The panel is built on its first opening (article-screen.ts): open it, as a user would, before using it. */
function openSettings(root: ShadowRoot): void {
  expect(root.getElementById('nd-settings')).toBeNull();
  root.querySelector<HTMLButtonElement>('[aria-controls="nd-settings"]')!.click();
}

describe('reader: display settings', () => {
  afterEach(() => { vi.useRealTimers(); });

  it('theme, font, size, width and line height apply at once and reach onPrefsChange', () => {
    vi.useFakeTimers();
    const { root, callbacks, win } = open();
    const dialog = root.querySelector<HTMLElement>('[role="dialog"]')!;
    expect(dialog.getAttribute('data-theme')).toBe('system');
    const button = root.querySelector<HTMLButtonElement>('[aria-controls="nd-settings"]')!;
    button.click();
    expect(button.getAttribute('aria-expanded')).toBe('true');

    const sepia = root.querySelector<HTMLInputElement>('input[name="nd-theme"][value="sepia"]')!;
    sepia.checked = true;
    sepia.dispatchEvent(new win.Event('change', { bubbles: true }));
    expect(dialog.getAttribute('data-theme')).toBe('sepia');
    vi.advanceTimersByTime(PREFS_REPORT_DELAY_MS);
    expect(callbacks.onPrefsChange).toHaveBeenLastCalledWith({ ...DEFAULT_READER_PREFS, theme: 'sepia' });

    const mono = root.querySelector<HTMLInputElement>('input[name="nd-font"][value="mono"]')!;
    mono.checked = true;
    mono.dispatchEvent(new win.Event('change', { bubbles: true }));
    expect(dialog.getAttribute('data-font')).toBe('mono');

    const size = root.getElementById('nd-size') as HTMLInputElement;
    size.value = '24';
    size.dispatchEvent(new win.Event('input', { bubbles: true }));
    expect(styled(root, dialog, '.nd-article', 'font-size')).toBe('24px');
    const width = root.getElementById('nd-width') as HTMLInputElement;
    width.value = '80';
    width.dispatchEvent(new win.Event('input', { bubbles: true }));
    const lh = root.getElementById('nd-line-height') as HTMLInputElement;
    lh.value = '1.9';
    lh.dispatchEvent(new win.Event('input', { bubbles: true }));
    expect(styled(root, dialog, '.nd-page', 'max-width')).toBe('calc(80ch + 48px)');
    expect(styled(root, dialog, '.nd-article', 'line-height')).toBe('1.9');
    vi.advanceTimersByTime(PREFS_REPORT_DELAY_MS);
    expect(callbacks.onPrefsChange).toHaveBeenLastCalledWith({ theme: 'sepia', font: 'mono', size: 24, width: 80, lineHeight: 1.9 });
  });

  it('reports a slider drag once, where the user stopped, and anything pending on close', () => {
    vi.useFakeTimers();
    const { root, callbacks, win, handle } = open();
    openSettings(root);
    const size = root.getElementById('nd-size') as HTMLInputElement;
    for (const v of ['20', '21', '22', '23', '24', '25']) {
      size.value = v;
      size.dispatchEvent(new win.Event('input', { bubbles: true }));
      vi.advanceTimersByTime(50);
    }
    expect(callbacks.onPrefsChange).not.toHaveBeenCalled();
    vi.advanceTimersByTime(PREFS_REPORT_DELAY_MS);
    expect(callbacks.onPrefsChange).toHaveBeenCalledOnce();
    expect(callbacks.onPrefsChange).toHaveBeenLastCalledWith({ ...DEFAULT_READER_PREFS, size: 25 });

    size.value = '26';
    size.dispatchEvent(new win.Event('input', { bubbles: true }));
    handle.close();
    expect(callbacks.onPrefsChange).toHaveBeenCalledTimes(2);
    expect(callbacks.onPrefsChange).toHaveBeenLastCalledWith({ ...DEFAULT_READER_PREFS, size: 26 });
  });

  it('opens readable with stored preferences that are out of range or corrupt', () => {
    expect(normalizePrefs({ theme: 'neon' as never, font: 'comic' as never, size: 400, width: -3, lineHeight: Number.NaN }))
      .toEqual({ ...DEFAULT_READER_PREFS, size: 30, width: 40 });
    const { root } = open(undefined, { extra: { prefs: { theme: 'dark', font: 'sans', size: 21, width: 60, lineHeight: 1.5 } } });
    const dialog = root.querySelector<HTMLElement>('[role="dialog"]')!;
    expect(dialog.getAttribute('data-theme')).toBe('dark');
    openSettings(root);
    expect(root.querySelector<HTMLInputElement>('input[name="nd-theme"][value="dark"]')!.checked).toBe(true);
    expect((root.getElementById('nd-size') as HTMLInputElement).value).toBe('21');
  });
});
