// Step photo-credit on its fixtures (tests/fixtures/photo-credit/): what it removes, and what it must leave.
import { describe, expect, it } from 'vitest';
import { step } from '../../src/declutter/steps/photo-credit';
import { fixture, runStepOn } from './helpers/fixtures';

describe('step photo-credit', () => {
  it('removes credit lines and a caption that ends with its credit', () => {
    const { removed, text } = runStepOn(step, fixture('photo-credit/credits.html'));
    expect(removed.map((r) => r.text)).toEqual(['Photo: Jane Roe, Harbour Agency', '(Image: © Coastal Wire)', '© Sam Poe', 'The old ferry at its mooring in the winter fog. (Foto: Anna Beispiel)']);
    for (const r of removed) expect(r).toMatchObject({ step: 'photo-credit', kind: step.kind });
    for (const keep of ['The ferry left the harbour at dawn.', 'Members said the crossing']) expect(text).toContain(keep);
  });

  it('leaves prose that starts with a credit word but has no credit mark', () => {
    const { removed } = runStepOn(step, fixture('photo-credit/negative--prose.html'));
    expect(removed).toEqual([]);
  });
});
