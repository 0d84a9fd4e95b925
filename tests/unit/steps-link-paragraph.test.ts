// Step link-paragraph on its fixtures (tests/fixtures/link-paragraph/): what it removes, and what it must leave.
import { describe, expect, it } from 'vitest';
import { step } from '../../src/declutter/steps/link-paragraph';
import { fixture, runStepOn } from './helpers/fixtures';

describe('step link-paragraph', () => {
  it('removes paragraphs that are one link', () => {
    const { removed, text } = runStepOn(step, fixture('link-paragraph/teasers.html'));
    expect(removed.map((r) => r.text)).toEqual(['FERRY FARES TO RISE IN THE SPRING, COUNCIL SAYS', 'Get the Harbour News app for free']);
    for (const r of removed) expect(r).toMatchObject({ step: 'link-paragraph', kind: step.kind });
    for (const keep of ['The harbour council voted', 'Members said the crossing']) expect(text).toContain(keep);
  });

  it('leaves prose with a link, short links, quoted posts and headings', () => {
    const { removed } = runStepOn(step, fixture('link-paragraph/negative--prose-with-link.html'));
    expect(removed).toEqual([]);
  });
});
