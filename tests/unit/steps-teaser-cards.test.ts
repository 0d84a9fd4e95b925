// Step teaser-cards on its fixtures (tests/fixtures/teaser-cards/): what it removes, and what it must leave.
import { describe, expect, it } from 'vitest';
import { step } from '../../src/declutter/steps/teaser-cards';
import { fixture, runStepOn } from './helpers/fixtures';

describe('step teaser-cards', () => {
  it('removes a grid of thumbnail cards linking to other stories', () => {
    const { removed, text } = runStepOn(step, fixture('teaser-cards/thumbnail-grid.html'));
    expect(removed.map((r) => r.text)).toEqual(['BIG PLANS Council weighs a bridge across the bay PAY MORE Ferry fares to rise in the spring GREY DAYS Fog delays morning crossings again']);
    for (const r of removed) expect(r).toMatchObject({ step: 'teaser-cards', kind: step.kind });
    for (const keep of ['The harbour council voted', 'Members said the crossing']) expect(text).toContain(keep);
  });

  it('leaves a photo gallery, an annotated list and figures with captions', () => {
    const { removed } = runStepOn(step, fixture('teaser-cards/negative--gallery-and-list.html'));
    expect(removed).toEqual([]);
  });
});
