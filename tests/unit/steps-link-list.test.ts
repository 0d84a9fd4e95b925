// Step link-list on its fixtures (tests/fixtures/link-list/): what it removes, and what it must leave.
import { describe, expect, it } from 'vitest';
import { step } from '../../src/declutter/steps/link-list';
import { fixture, runStepOn } from './helpers/fixtures';

describe('step link-list', () => {
  it('removes a menu and a teaser list', () => {
    const { removed, text } = runStepOn(step, fixture('link-list/menu-and-teasers.html'));
    expect(removed.map((r) => r.text)).toEqual(['Home Local Sport Weather', 'Council weighs new bridge plans Ferry fares to rise in spring Fog delays morning crossings']);
    for (const r of removed) expect(r).toMatchObject({ step: 'link-list', kind: step.kind });
    for (const keep of ['The harbour council voted to keep the ferry running through the winter.']) expect(text).toContain(keep);
  });

  it('leaves lists whose items say more than their link, short pairs and lists in tables', () => {
    const { removed } = runStepOn(step, fixture('link-list/negative--annotated.html'));
    expect(removed).toEqual([]);
  });
});

describe('step link-list, navigation and lists that lost an item', () => {
  it('removes a <nav> and a list whose third link an earlier step took out', () => {
    const { removed, text } = runStepOn(step, fixture('link-list/nav-and-list-with-removed-item.html'));
    expect(removed.map((r) => r.text)).toEqual(['Council weighs new bridge plans Fog delays morning crossings', 'Home Local Ferry saved for the winter']);
    expect(text).toContain('The harbour council voted');
  });
});

describe('step link-list, menus laid out in tables', () => {
  it('removes a row of short links, a column of them and a menu row above a story cell', () => {
    const { removed, text } = runStepOn(step, fixture('link-list/table-menus.html'));
    expect(removed.map((r) => r.text)).toEqual([
      'POLITICS CULTURE SPORT WEATHER', 'Политика Экономика Общество Спорт', 'Polityka Gospodarka Kultura Sport',
    ]);
    for (const keep of ['The harbour council voted', 'Городской совет решил', 'Rada miasta zdecydowała']) expect(text).toContain(keep);
  });

  it('leaves data tables, cells that say more than a link, long titles and three links', () => {
    expect(runStepOn(step, fixture('link-list/negative--tables.html')).removed).toEqual([]);
  });
});

describe('step link-list, calendar widgets', () => {
  it.each([['en', 'April', 'The harbour council voted'], ['ru', 'Апрель', 'Городской совет'], ['pl', 'Kwiecień', 'Rada miasta']])(
    'removes the days of the month under its name, in %s', (lang, month, keep) => {
      const { removed, text } = runStepOn(step, fixture(`link-list/calendar--${lang}.html`));
      expect(removed).toHaveLength(1);
      expect(removed[0]!.text.startsWith(`${month} 1 2 3`)).toBe(true);
      expect(text).toContain(keep);
    });
});
