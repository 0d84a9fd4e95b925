// Step copyright on its fixtures (tests/fixtures/copyright/): what it removes, and what it must leave.
import { describe, expect, it } from 'vitest';
import { step } from '../../src/declutter/steps/copyright';
import { fixture, runStepOn } from './helpers/fixtures';

describe('step copyright', () => {
  it('removes copyright notices in several languages', () => {
    const { removed, text } = runStepOn(step, fixture('copyright/notices.html'));
    expect(removed.map((r) => r.text)).toEqual(['The contents of this site are ©2024 Harbour Media Ltd.', 'Copyright @ 2024 The Harbour News.', 'Reproduction interdite. Tous droits réservés.']);
    for (const r of removed) expect(r).toMatchObject({ step: 'copyright', kind: step.kind });
    for (const keep of ['The harbour council voted']) expect(text).toContain(keep);
  });

  it('leaves prose about copyright and table cells', () => {
    const { removed } = runStepOn(step, fixture('copyright/negative--prose.html'));
    expect(removed).toEqual([]);
  });
});
