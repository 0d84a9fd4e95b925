import { describe, expect, it, vi } from 'vitest';
import { buttonByText, key, makeDom, open } from './reader-helpers';

describe('reader: closing gives the page back exactly', () => {
  it('restores the DOM byte for byte, the inline styles and the focus (close button)', () => {
    const dom = makeDom();
    const doc = dom.window.document;
    const pageButton = doc.getElementById('page-button')!;
    pageButton.focus();
    const before = doc.documentElement.outerHTML;
    const { root, callbacks, handle, win } = open(undefined, { dom });

    // While open: page scroll locked, focus inside the dialog.
    expect(doc.documentElement.style.getPropertyValue('overflow')).toBe('hidden');
    expect(doc.body.style.getPropertyValue('overflow')).toBe('hidden');
    expect(doc.body.style.getPropertyPriority('overflow')).toBe('important');
    expect(doc.activeElement).not.toBe(pageButton);
    expect(root.activeElement).not.toBeNull();

    // Print leaves a temporary page style that must go too.
    win.print = vi.fn();
    buttonByText(root, 'Print article').click();
    expect(win.print).toHaveBeenCalledOnce();
    expect(doc.head.querySelector('style:last-child')!.textContent).toContain('@media print');

    buttonByText(root, 'Close reader').click();
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(doc.body.getAttribute('style')).toBe('margin:0;color:red');
    expect(doc.documentElement.hasAttribute('style')).toBe(false);
    expect(doc.activeElement).toBe(pageButton);
    expect(callbacks.onClose).toHaveBeenCalledOnce();
    expect(handle.isOpen()).toBe(false);
    handle.close();
    expect(callbacks.onClose).toHaveBeenCalledOnce();
  });

  it('removes the print style after printing', () => {
    const { root, doc, win } = open();
    win.print = vi.fn();
    const styles = doc.querySelectorAll('style').length;
    buttonByText(root, 'Print article').click();
    expect(doc.querySelectorAll('style')).toHaveLength(styles + 1);
    win.dispatchEvent(new win.Event('afterprint'));
    expect(doc.querySelectorAll('style')).toHaveLength(styles);
  });

  it("the user's own Ctrl+P prints the article alone too, and the page is back after", () => {
    const { doc, win, host } = open();
    const styles = doc.querySelectorAll('style').length;
    win.dispatchEvent(new win.Event('beforeprint'));
    expect(doc.querySelectorAll('style')).toHaveLength(styles + 1);
    expect(host.style.getPropertyValue('position')).toBe('static');
    win.dispatchEvent(new win.Event('afterprint'));
    expect(doc.querySelectorAll('style')).toHaveLength(styles);
    expect(host.style.getPropertyValue('position')).toBe('fixed');
  });

  it('Escape closes the reader and gives focus back', () => {
    const dom = makeDom();
    const doc = dom.window.document;
    const link = doc.getElementById('page-link')!;
    link.focus();
    const before = doc.documentElement.outerHTML;
    const { root, callbacks, handle, win } = open(undefined, { dom });
    const pageHandler = vi.fn();
    doc.addEventListener('keydown', pageHandler);
    key(root.activeElement!, win, 'Escape');
    expect(handle.isOpen()).toBe(false);
    expect(callbacks.onClose).toHaveBeenCalledOnce();
    expect(pageHandler).not.toHaveBeenCalled();
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(doc.activeElement).toBe(link);
  });

  it('the first Escape closes an open panel, the next one the reader', () => {
    const { root, handle, win } = open();
    const settings = root.querySelector<HTMLButtonElement>('[aria-controls="nd-settings"]')!;
    settings.click();
    expect(root.getElementById('nd-settings')!.hidden).toBe(false);
    key(root.activeElement!, win, 'Escape');
    expect(root.getElementById('nd-settings')!.hidden).toBe(true);
    expect(root.activeElement).toBe(settings);
    expect(handle.isOpen()).toBe(true);
    key(root.activeElement!, win, 'Escape');
    expect(handle.isOpen()).toBe(false);
  });

  it('handle.close() from the glue (toolbar toggle) restores the page without calling onClose', () => {
    const dom = makeDom('<!doctype html><html><head></head><body><p>x</p></body></html>');
    const before = dom.window.document.documentElement.outerHTML;
    const { handle, callbacks, doc } = open(undefined, { dom });
    handle.close();
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(callbacks.onClose).not.toHaveBeenCalled();
  });

  it('keeps a style the page changed while open, undoing only the scroll lock', () => {
    const { handle, doc } = open();
    doc.body.style.setProperty('background', 'blue');
    handle.close();
    expect(doc.body.style.getPropertyValue('background')).toBe('blue');
    expect(doc.body.style.getPropertyValue('overflow')).toBe('');
    expect(doc.body.style.getPropertyValue('color')).toBe('red');
  });
});

describe('reader: focus', () => {
  it('moves focus into the dialog and keeps it there (Tab and Shift+Tab cycle)', () => {
    const { root, doc, host, win } = open();
    expect(doc.activeElement).toBe(host);
    const dialog = root.querySelector('[role="dialog"]')!;
    expect(dialog.contains(root.activeElement)).toBe(true);

    const buttons = Array.from(root.querySelectorAll<HTMLElement>('.nd-toolbar button'));
    const relatedLinks = Array.from(root.querySelectorAll<HTMLElement>('.nd-related a'));
    const first = buttons[0]!;
    const last = relatedLinks[relatedLinks.length - 1]!;

    last.focus();
    const forward = key(last, win, 'Tab');
    expect(forward.defaultPrevented).toBe(true);
    expect(root.activeElement).toBe(first);

    const back = key(first, win, 'Tab', { shiftKey: true });
    expect(back.defaultPrevented).toBe(true);
    expect(root.activeElement).toBe(last);

    // In the middle, Tab is left to the browser.
    first.focus();
    const middle = key(first, win, 'Tab');
    expect(middle.defaultPrevented).toBe(false);
  });

  it('survives a page that grabs focus back on blur (no endless ping-pong)', () => {
    const dom = makeDom();
    const grabby = dom.window.document.getElementById('page-button')!;
    grabby.addEventListener('blur', () => grabby.focus());
    grabby.focus();
    const { handle, doc } = open(undefined, { dom });
    expect(() => grabby.focus()).not.toThrow();
    handle.close();
    expect(doc.activeElement).toBe(grabby);
  });

  it('skips controls of a closed drawer and brings focus back from the page', () => {
    const { root, doc, win } = open();
    const drawerButtons = Array.from(root.querySelectorAll<HTMLElement>('#nd-removed button'));
    const relatedLinks = Array.from(root.querySelectorAll<HTMLElement>('.nd-related a'));
    relatedLinks[relatedLinks.length - 1]!.focus();
    key(root.activeElement!, win, 'Tab', { shiftKey: true });
    expect(drawerButtons).not.toContain(root.activeElement);

    doc.getElementById('page-button')!.focus();
    expect(root.querySelector('[role="dialog"]')!.contains(root.activeElement)).toBe(true);
  });
});
