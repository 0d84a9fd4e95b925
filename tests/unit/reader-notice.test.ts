import { describe, expect, it } from 'vitest';
import { buttonByText, makeDom, open, sampleArticle } from './reader-helpers';

describe('reader: not an article, errors', () => {
  it('shows the no-article notice with Show anyway, then the article the glue extracted with force', () => {
    const { root, callbacks, handle } = open({ kind: 'no-article' }, { locale: 'es' });
    const dialog = root.querySelector('[role="dialog"]')!;
    const title = root.getElementById(dialog.getAttribute('aria-labelledby')!)!;
    expect(title.textContent).toBe('No se encontró ningún artículo en esta página');
    const show = buttonByText(root, 'Mostrar de todos modos');
    expect(root.activeElement).toBe(show);
    show.click();
    expect(callbacks.onShowAnyway).toHaveBeenCalledOnce();
    expect(handle.isOpen()).toBe(true);

    handle.show({ kind: 'article', article: sampleArticle() });
    expect(root.querySelector('.nd-notice')).toBeNull();
    expect(root.querySelector('h1')!.textContent).toBe('Le conseil municipal adopte le budget');
    expect(dialog.contains(root.activeElement)).toBe(true);
  });

  it('its Close button closes and restores the page', () => {
    const dom = makeDom();
    const before = dom.window.document.documentElement.outerHTML;
    const { root, callbacks, doc } = open({ kind: 'no-article' }, { dom });
    buttonByText(root, 'Close reader').click();
    expect(callbacks.onClose).toHaveBeenCalledOnce();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('shows an error with its message and a close button', () => {
    const { root, handle } = open({ kind: 'error', message: 'Readability failed' }, { locale: 'fr' });
    expect(root.querySelector('h1')!.textContent).toBe('Le lecteur n’a pas pu ouvrir cette page');
    expect(root.querySelector('.nd-error-detail')!.textContent).toBe('Readability failed');
    buttonByText(root, 'Fermer le lecteur').click();
    expect(handle.isOpen()).toBe(false);
  });

  it('opens on a busy view named by its heading while the page is read, then shows what the extractor sent', () => {
    const { root, handle } = open({ kind: 'loading' }, { locale: 'fr' });
    const dialog = root.querySelector('[role="dialog"]')!;
    const title = root.getElementById(dialog.getAttribute('aria-labelledby')!)!;
    expect(title.textContent).toBe('Lecture de la page…');
    expect(root.querySelector('[aria-busy="true"]')).not.toBeNull();
    expect(root.activeElement).toBe(title);

    handle.show({ kind: 'article', article: sampleArticle() });
    expect(root.querySelector('[aria-busy]')).toBeNull();
    expect(root.querySelector('h1')!.textContent).toBe('Le conseil municipal adopte le budget');
  });
});
