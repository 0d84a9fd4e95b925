// Step timestamp on its fixtures (tests/fixtures/timestamp/): what it removes, and what it must leave.
import { describe, expect, it } from 'vitest';
import { step } from '../../src/declutter/steps/timestamp';
import { fixture, runStepOn } from './helpers/fixtures';

describe('step timestamp', () => {
  it('removes date lines in several languages and shapes', () => {
    const { removed, text } = runStepOn(step, fixture('timestamp/updated-lines.html'));
    expect(removed.map((r) => r.text)).toEqual(['Updated Mar 4, 9:41 AM; Posted Mar 3, 8:19 PM', 'Publié le 3 mars 2024 à 10h12', '19.03.2024, 08:57', 'March 18, 2024', '19.03.2024, 08:57']);
    for (const r of removed) expect(r).toMatchObject({ step: 'timestamp', kind: step.kind });
    for (const keep of ['The harbour council voted', 'Members said the crossing']) expect(text).toContain(keep);
  });

  it('leaves sentences about dates, headings, lists and tables alone', () => {
    const { removed } = runStepOn(step, fixture('timestamp/negative--prose.html'));
    expect(removed).toEqual([]);
  });
});

describe('step timestamp, lines beside blocks', () => {
  it('removes a date line that shares its box with a heading, and keeps a timetable sentence', () => {
    const { removed, text } = runStepOn(step, fixture('timestamp/line-beside-a-heading.html'));
    expect(removed.map((r) => r.text)).toEqual(['Updated 9:41 AM, Tuesday, March 19, 2024']);
    expect(text).toContain('Ferry saved for the winter');
    expect(text).toContain('Boats leave at 9:41 and 17:20');
  });
});
