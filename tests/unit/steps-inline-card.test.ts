// Step inline-card on its fixtures (tests/fixtures/inline-card/): what it removes, and what it must leave.
import { describe, expect, it } from 'vitest';
import { step } from '../../src/declutter/steps/inline-card';
import { fixture, runStepOn } from './helpers/fixtures';

describe('step inline-card', () => {
  it('removes a hover card inside a sentence and keeps the name that opens it', () => {
    const { removed, text } = runStepOn(step, fixture('inline-card/people-card.html'));
    expect(removed.map((r) => r.text)).toEqual(['Jane RoeCouncil weighs bridge plans Ferry fares to rise MORE']);
    for (const r of removed) expect(r).toMatchObject({ step: 'inline-card', kind: step.kind });
    for (const keep of ['The harbour council, led by Jane Roe (Harbour Party), voted to keep the ferry.', 'Members said the crossing']) expect(text).toContain(keep);
  });

  it('leaves prose with several links and a row of links that is its own line', () => {
    const { removed } = runStepOn(step, fixture('inline-card/negative--linked-prose.html'));
    expect(removed).toEqual([]);
  });
});
