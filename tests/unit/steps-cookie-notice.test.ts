// Step cookie-notice on its fixtures (tests/fixtures/cookie-notice/): what it removes, and what it must leave.
import { describe, expect, it } from 'vitest';
import { step } from '../../src/declutter/steps/cookie-notice';
import { fixture, runStepOn } from './helpers/fixtures';

describe('step cookie-notice', () => {
  it('removes cookie notices in several languages', () => {
    const { removed, text } = runStepOn(step, fixture('cookie-notice/notices.html'));
    expect(removed.map((r) => r.text)).toEqual(['This website uses cookies to improve your experience. You can opt out at any time. Accept', "Nous utilisons des cookies pour mesurer l'audience."]);
    for (const r of removed) expect(r).toMatchObject({ step: 'cookie-notice', kind: step.kind });
    for (const keep of ['The harbour council voted']) expect(text).toContain(keep);
  });

  it('leaves sentences about cookies and headings', () => {
    const { removed } = runStepOn(step, fixture('cookie-notice/negative--prose.html'));
    expect(removed).toEqual([]);
  });
});
