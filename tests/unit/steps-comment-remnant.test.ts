// Step comment-remnant on its fixtures (tests/fixtures/comment-remnant/): what it removes, and what it must leave.
import { describe, expect, it } from 'vitest';
import { step } from '../../src/declutter/steps/comment-remnant';
import { fixture, runStepOn } from './helpers/fixtures';

describe('step comment-remnant', () => {
  it('removes comment headings, calls to comment and moderation or typo notices in several languages', () => {
    const { removed, text } = runStepOn(step, fixture('comment-remnant/remnants.html'));
    expect(removed.map((r) => r.text).sort()).toEqual([
      '* Администрация сайта не несет ответственности за содержание комментариев.', 'Comments', 'Comments are moderated and may take a while to appear.',
      'Komentarze są moderowane przez redakcję.', 'Leave a comment', 'Opinie', 'Добавить комментарий',
      'Нашли опечатку? Выделите её и нажмите Ctrl+Enter', '网友评论仅供其表达个人看法，并不表明本站同意其观点。',
    ].sort());
    for (const r of removed) expect(r).toMatchObject({ step: 'comment-remnant', kind: step.kind });
    for (const keep of ['The harbour council voted', 'Паром через гавань', 'Prom przez port', '港口渡轮']) expect(text).toContain(keep);
  });

  it('leaves prose about comments, table cells and quotes', () => {
    expect(runStepOn(step, fixture('comment-remnant/negative--prose.html')).removed).toEqual([]);
  });
});

describe('step comment-remnant in a page laid out in tables', () => {
  it('removes the remnants beside a story that sits in a table cell: a layout table is not a data table', () => {
    const { removed, text } = runStepOn(step, fixture('comment-remnant/layout-table.html'));
    expect(removed.map((r) => r.text).sort()).toEqual(['Dodaj komentarz', 'Leave a comment', 'Нашли опечатку? Выделите ее и нажмите Ctrl+Enter']);
    for (const keep of ['The harbour council voted', 'Городской совет', 'Rada miasta']) expect(text).toContain(keep);
  });
});
