// Step popular-list on its fixtures (tests/fixtures/popular-list/): what it removes, and what it must leave.
import { describe, expect, it } from 'vitest';
import { step } from '../../src/declutter/steps/popular-list';
import { fixture, runStepOn } from './helpers/fixtures';

describe('step popular-list', () => {
  it('removes lists of other stories under "most read" or "latest" headings, with or without links', () => {
    const { removed, text } = runStepOn(step, fixture('popular-list/lists.html'));
    expect(removed.map((r) => r.text)).toEqual([
      'Most read', 'New library opens next month Harbour FC reach the final',
      'Последние новости', '13:35 Новая библиотека откроется в следующем месяце', '12:50 Местная команда вышла в финал', '12:05 Отопление включат на неделю раньше',
      'Najpopularniejsze', 'Nowa biblioteka otwarta w przyszłym miesiącu Drużyna z portu w finale Ogrzewanie tydzień wcześniej',
    ]);
    for (const r of removed) expect(r).toMatchObject({ step: 'popular-list', kind: step.kind });
    for (const keep of ['The harbour council voted', 'Паром через гавань', 'Prom przez port']) expect(text).toContain(keep);
  });

  it('leaves prose under such a heading, and tables', () => {
    expect(runStepOn(step, fixture('popular-list/negative--prose-under-heading.html')).removed).toEqual([]);
  });
});
