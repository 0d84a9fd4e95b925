// Step orphan-heading on its fixtures (tests/fixtures/orphan-heading/): what it removes, and what it must leave.
import { describe, expect, it } from 'vitest';
import { step } from '../../src/declutter/steps/orphan-heading';
import { fixture, runStepOn } from './helpers/fixtures';

describe('step orphan-heading', () => {
  it('removes related and most-read headings with nothing under them', () => {
    const { removed, text } = runStepOn(step, fixture('orphan-heading/empty-widgets.html'));
    expect(removed.map((r) => r.text)).toEqual(['You may also like', 'Most read']);
    for (const r of removed) expect(r).toMatchObject({ step: 'orphan-heading', kind: step.kind });
    for (const keep of ['The harbour council voted', 'Members said the crossing']) expect(text).toContain(keep);
  });

  it('leaves headings over prose or an image', () => {
    const { removed } = runStepOn(step, fixture('orphan-heading/negative--heading-over-prose.html'));
    expect(removed).toEqual([]);
  });
});
