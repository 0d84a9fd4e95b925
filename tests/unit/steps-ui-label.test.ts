// Step ui-label on its fixtures (tests/fixtures/ui-label/): what it removes, and what it must leave.
import { describe, expect, it } from 'vitest';
import { step } from '../../src/declutter/steps/ui-label';
import { fixture, runStepOn } from './helpers/fixtures';

describe('step ui-label', () => {
  it('removes labels of page controls in any language', () => {
    const { removed, text } = runStepOn(step, fixture('ui-label/controls.html'));
    expect(removed.map((r) => r.text)).toEqual(['Skip to content', 'Sign in', 'Enlarge image', 'Caption', 'Close', 'Fermer']);
    for (const r of removed) expect(r).toMatchObject({ step: 'ui-label', kind: step.kind });
    for (const keep of ['The harbour council voted to keep the ferry.']) expect(text).toContain(keep);
  });

  it('leaves sentences that start with the same words, headings and table cells', () => {
    const { removed } = runStepOn(step, fixture('ui-label/negative--prose.html'));
    expect(removed).toEqual([]);
  });
});
