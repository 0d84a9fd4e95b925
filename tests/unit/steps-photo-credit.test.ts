// Step photo-credit on its fixtures (tests/fixtures/photo-credit/): what it removes, and what it must leave.
import { describe, expect, it } from 'vitest';
import { step } from '../../src/declutter/steps/photo-credit';
import { fixture, runStepOn } from './helpers/fixtures';

describe('step photo-credit', () => {
  it('removes credit lines, a caption that ends with its credit and a gallery position', () => {
    const { removed, text } = runStepOn(step, fixture('photo-credit/credits.html'));
    expect(removed.map((r) => r.text)).toEqual(['Photo: Jane Roe, Harbour Agency', '(Image: © Coastal Wire)', '© Sam Poe', 'The old ferry at its mooring in the winter fog. (Foto: Anna Beispiel)', 'Image 1 of 8']);
    for (const r of removed) expect(r).toMatchObject({ step: 'photo-credit', kind: step.kind });
    for (const keep of ['The ferry left the harbour at dawn.', 'Members said the crossing']) expect(text).toContain(keep);
  });

  it('leaves prose that starts with a credit word but has no credit mark', () => {
    const { removed } = runStepOn(step, fixture('photo-credit/negative--prose.html'));
    expect(removed).toEqual([]);
  });
});
