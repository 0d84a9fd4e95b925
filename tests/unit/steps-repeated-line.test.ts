// Step repeated-line on its fixtures (tests/fixtures/repeated-line/): what it removes, and what it must leave.
import { describe, expect, it } from 'vitest';
import { step } from '../../src/declutter/steps/repeated-line';
import { fixture, runStepOn } from './helpers/fixtures';

describe('step repeated-line', () => {
  it('keeps one copy of a line printed for every slide, in several languages', () => {
    const { removed, text } = runStepOn(step, fixture('repeated-line/gallery-captions.html'));
    expect(removed.map((r) => r.text)).toEqual([
      'Photo: Harbour News archive', 'Photo: Harbour News archive', 'Фото: архив редакции', 'Фото: архив редакции',
      'Galeria zdjęć z sesji rady', 'Galeria zdjęć z sesji rady', 'Galeria zdjęć z sesji rady',
    ]);
    for (const r of removed) expect(r).toMatchObject({ step: 'repeated-line', kind: step.kind });
    for (const once of ['Photo: Harbour News archive', 'Фото: архив редакции', 'Galeria zdjęć z sesji rady']) expect(text.split(once)).toHaveLength(2);
  });

  it('leaves a refrain quoted twice, a plan repeated under each day, table rows, list items and separators', () => {
    expect(runStepOn(step, fixture('repeated-line/negative--twice.html')).removed).toEqual([]);
  });
});
