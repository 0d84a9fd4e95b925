// Step standfirst on its fixtures (tests/fixtures/standfirst/): the summary under the headline goes when it
// repeats the page's description and sits with the header's date line; the story's first paragraph stays.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { runSteps } from '../../src/declutter/pipeline';
import { step } from '../../src/declutter/steps/standfirst';
import { fixture } from './helpers/fixtures';

const DESCRIPTION = 'The island keeps its winter crossing after a close vote in the harbour council.';

function run(name: string, description = DESCRIPTION) {
  const root = new JSDOM(fixture(`standfirst/${name}`)).window.document.body;
  const removed = runSteps(root, { lang: '', steps: [step], description });
  return { removed, text: (root.textContent ?? '').replace(/\s+/g, ' ').trim() };
}

describe('step standfirst', () => {
  it('removes the standfirst beside the date line when it repeats the description', () => {
    const { removed, text } = run('summary-in-header.html');
    expect(removed.map((r) => r.text)).toEqual([DESCRIPTION]);
    expect(removed[0]).toMatchObject({ step: 'standfirst', kind: 'boilerplate' });
    expect(text).toContain('The harbour council voted on Tuesday');
  });

  it('leaves a first paragraph with no header beside it, and a repeat far down the story', () => {
    expect(run('negative--first-paragraph.html').removed).toEqual([]);
  });

  it('does nothing without a description', () => {
    expect(run('summary-in-header.html', '').removed).toEqual([]);
  });
});
