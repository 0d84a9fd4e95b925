// Step social-follow on its fixtures (tests/fixtures/social-follow/): what it removes, and what it must leave.
import { describe, expect, it } from 'vitest';
import { step } from '../../src/declutter/steps/social-follow';
import { fixture, runStepOn } from './helpers/fixtures';

describe('step social-follow', () => {
  it('removes invitations to follow the site in several languages', () => {
    const { removed, text } = runStepOn(step, fixture('social-follow/promos.html'));
    expect(removed.map((r) => r.text)).toEqual([
      'Follow us on Facebook and X for the latest local news.', 'Follow @harbournews on Instagram',
      'Jesteśmy też na Facebooku! Dołącz do nas!', 'Подписывайтесь на нас в Telegram', 'Folgen Sie uns auf Instagram!',
    ]);
    for (const r of removed) expect(r).toMatchObject({ step: 'social-follow', kind: step.kind });
    for (const keep of ['The harbour council voted', 'Prom przez port', 'Паром через гавань', 'Die Fähre']) expect(text).toContain(keep);
  });

  it('leaves prose that starts the same way, quotes and long lines', () => {
    expect(runStepOn(step, fixture('social-follow/negative--prose.html')).removed).toEqual([]);
  });
});
