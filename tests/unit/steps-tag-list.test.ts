// Step tag-list on its fixtures (tests/fixtures/tag-list/): what it removes, and what it must leave.
import { describe, expect, it } from 'vitest';
import { step } from '../../src/declutter/steps/tag-list';
import { fixture, runStepOn } from './helpers/fixtures';

describe('step tag-list', () => {
  it('removes tag lines and lone tag labels in several languages', () => {
    const { removed, text } = runStepOn(step, fixture('tag-list/tag-lines.html'));
    expect(removed.map((r) => r.text)).toEqual([
      'Tags: ferry, council, budget', 'Теги: паром, городской совет', 'Tagi: prom rada miasta', 'Schlagwörter', '标签：渡轮 市议会',
      'Filed under: Harbour | Transport |',
    ]);
    for (const r of removed) expect(r).toMatchObject({ step: 'tag-list', kind: step.kind });
    for (const keep of ['The harbour council voted', 'Паром через гавань', 'Prom przez port', '港口渡轮']) expect(text).toContain(keep);
  });

  it('leaves sentences that start with the same word, long lines and table cells', () => {
    expect(runStepOn(step, fixture('tag-list/negative--prose.html')).removed).toEqual([]);
  });
});
