import { describe, expect, it } from 'vitest';
import { open, sampleArticle } from './reader-helpers';

describe('reader: removed drawer', () => {
  it('is closed until opened, then lists every receipt with kind, reason and text', () => {
    const { root } = open(undefined, { locale: 'de' });
    const drawer = root.getElementById('nd-removed')!;
    expect(drawer.hidden).toBe(true);
    const button = root.querySelector<HTMLButtonElement>('[aria-controls="nd-removed"]')!;
    expect(button.textContent).toBe('Entfernt (3)');
    button.click();
    expect(drawer.hidden).toBe(false);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(root.activeElement).toBe(drawer.querySelector('h2'));
    const items = Array.from(drawer.querySelectorAll('.nd-receipt'));
    expect(items.map((i) => i.querySelector('.nd-receipt-kind')!.textContent)).toEqual(['Werbehinweis', 'Zähler', 'Newsletter-Kasten']);
    expect(items[0]!.querySelector('.nd-receipt-reason')!.textContent).toBe('A lone advertising label.');
    expect(items[0]!.querySelector('.nd-receipt-reason')!.getAttribute('lang')).toBe('en');
    expect(items[0]!.querySelector('.nd-receipt-text')!.textContent).toBe('Publicité');
    // The receipt with no marker says where it will go.
    expect(items[2]!.textContent).toContain('Seine Stelle im Text ist unbekannt');
  });

  it('Restore puts the item back at its marker, Hide again takes it out', () => {
    const { root } = open();
    const body = root.querySelector('.nd-body')!;
    const before = body.innerHTML;
    root.querySelector<HTMLButtonElement>('[aria-controls="nd-removed"]')!.click();
    const [ad, counter, newsletter] = Array.from(root.querySelectorAll('.nd-receipt'));
    const adButton = ad!.querySelector('button')!;
    expect(adButton.textContent).toBe('Restore');
    adButton.click();

    const marker0 = body.querySelector('[data-nd-removed="0"]')!;
    const restored = marker0.nextElementSibling!;
    expect(restored.localName).toBe('div');
    expect(restored.textContent).toBe('Publicité');
    expect(restored.classList.contains('nd-restored-block')).toBe(true);
    // Between the two paragraphs, where the engine took it out.
    expect(restored.previousElementSibling!.previousElementSibling!.textContent).toBe('Premier paragraphe du budget.');
    expect(restored.nextElementSibling!.textContent).toBe('Deuxième paragraphe, avec une source.');
    expect(ad!.getAttribute('data-restored')).toBe('true');
    expect(adButton.textContent).toBe('Hide again');
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Restored in the article');

    // A text receipt (html "") comes back as text, inside the first paragraph.
    counter!.querySelector('button')!.click();
    const p1 = body.querySelector('p')!;
    expect(p1.textContent).toBe('Premier paragraphe du budget.4');
    expect(p1.querySelector('mark.nd-restored')!.textContent).toBe('4');

    // No marker: added at the end of the article body.
    newsletter!.querySelector('button')!.click();
    expect(body.lastElementChild!.className).toBe('nd-orphans');
    expect(body.lastElementChild!.textContent).toBe('Abonnez-vous');

    for (const item of [ad, counter, newsletter]) item!.querySelector('button')!.click();
    expect(body.innerHTML).toBe(before);
    expect(adButton.textContent).toBe('Restore');
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Hidden again');
  });

  it('says so when nothing was removed', () => {
    const { root } = open({ kind: 'article', article: sampleArticle({ removed: [] }) });
    root.querySelector<HTMLButtonElement>('[aria-controls="nd-removed"]')!.click();
    expect(root.getElementById('nd-removed')!.textContent).toContain('Nothing was removed from this article.');
  });

  it('its close button closes it and returns focus to the toolbar button', () => {
    const { root } = open();
    const button = root.querySelector<HTMLButtonElement>('[aria-controls="nd-removed"]')!;
    button.click();
    root.querySelector<HTMLButtonElement>('#nd-removed .nd-drawer-head button')!.click();
    expect(root.getElementById('nd-removed')!.hidden).toBe(true);
    expect(root.activeElement).toBe(button);
  });
});
