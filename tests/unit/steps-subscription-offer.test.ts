// Step subscription-offer on its fixtures (tests/fixtures/subscription-offer/): what it removes, and what it must leave.
import { describe, expect, it } from 'vitest';
import { step } from '../../src/declutter/steps/subscription-offer';
import { fixture, runStepOn } from './helpers/fixtures';

describe('step subscription-offer', () => {
  it('removes print-subscription offers in several languages', () => {
    const { removed, text } = runStepOn(step, fixture('subscription-offer/offers.html'));
    expect(removed.map((r) => r.text)).toEqual([
      'Get Harbour Monthly delivered to your door. 12 issues for £11.99. Find out more', 'Abonnez-vous : 6 numéros pour 10 € seulement.',
      'Jetzt testen: 3 Ausgaben für 5 Euro', 'Подписка на журнал: 12 номеров за 990 рублей',
    ]);
    for (const r of removed) expect(r).toMatchObject({ step: 'subscription-offer', kind: step.kind });
    for (const keep of ['The harbour council voted', 'Le conseil du port', 'Die Fähre', 'Паром через гавань']) expect(text).toContain(keep);
  });

  it('leaves sentences about issues with no price, and table cells', () => {
    expect(runStepOn(step, fixture('subscription-offer/negative--prose.html')).removed).toEqual([]);
  });
});
