// Step author-bio on its fixtures (tests/fixtures/author-bio/): what it removes, and what it must leave.
import { describe, expect, it } from 'vitest';
import { step } from '../../src/declutter/steps/author-bio';
import { fixture, runStepOn } from './helpers/fixtures';

describe('step author-bio', () => {
  it('removes an author box under an "About the author" heading', () => {
    const { removed, text } = runStepOn(step, fixture('author-bio/about-the-author.html'));
    expect(removed.map((r) => r.text)).toEqual(['About the Author Jane Roe Jane Roe covers the harbour and its boats. She lives by the water with two cats.']);
    for (const r of removed) expect(r).toMatchObject({ step: 'author-bio', kind: step.kind });
    for (const keep of ['The harbour council voted', 'Members said the crossing']) expect(text).toContain(keep);
  });

  it('leaves a section about an author and a sentence that starts with the same words', () => {
    const { removed } = runStepOn(step, fixture('author-bio/negative--section.html'));
    expect(removed).toEqual([]);
  });
});

describe('step author-bio, one-line author notes', () => {
  it.each([
    ['en', 'Jane Roe is a staff writer for the Harbour Post who covers transport and the islands.', 'Members said the crossing'],
    ['ru', 'Иван Петров — корреспондент «Портовых новостей» в Самаре.', 'По словам депутатов'],
    ['pl', 'Jan Kowalski jest dziennikarzem działu miejskiego.', 'Radni mówią'],
    ['ja', '山田太郎記者', '議員によると'],
  ])('removes the note at the end of a story in %s', (lang, note, keep) => {
    const { removed, text } = runStepOn(step, fixture(`author-bio/note--${lang}.html`));
    expect(removed.map((r) => r.text)).toEqual([note]);
    expect(removed[0]).toMatchObject({ step: 'author-bio', kind: step.kind });
    expect(text).toContain(keep);
  });

  it('leaves a story\'s sentences about a reporter, a long line, a pronoun and a press conference', () => {
    expect(runStepOn(step, fixture('author-bio/negative--note-like-prose.html')).removed).toEqual([]);
  });
});
