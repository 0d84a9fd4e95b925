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

describe('step link-paragraph, dated teasers', () => {
  it('removes a teaser with its date in figures before the link, in several languages, and leaves dated prose', () => {
    const { removed, text } = runStepOn(step, fixture('link-paragraph/dated-teasers.html'));
    expect(removed.map((r) => r.text)).toEqual([
      '30.09.2011 10:10 Ferry fares to rise in the spring, council says',
      '12.09.2011 12:09 Как мост через пролив остался на бумаге',
      '2011-08-02 Nowy prom dla wyspy dopiero za trzy lata',
    ]);
    for (const keep of ['The harbour council voted', 'On 30.09.2011 the council voted', '30.09.2011 Report']) expect(text).toContain(keep);
  });
});
