// Step title-byline on its fixtures (tests/fixtures/title-byline/): lines that repeat the title or byline
// the reader shows in its header go; lines that merely name the author or quote the title stay.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { runSteps } from '../../src/declutter/pipeline';
import { step } from '../../src/declutter/steps/title-byline';
import { fixture } from './helpers/fixtures';

const META = { title: 'Ferry Saved for the Winter', byline: 'By JANE ROE, Harbour Staff Writer' };

function run(name: string, meta: { title?: string; byline?: string } = META) {
  const root = new JSDOM(fixture(`title-byline/${name}`)).window.document.body;
  const removed = runSteps(root, { lang: '', steps: [step], ...meta });
  return { removed, text: (root.textContent ?? '').replace(/\s+/g, ' ').trim() };
}

describe('step title-byline', () => {
  it('removes a repeated title, the byline and a byline line that names the author among others', () => {
    const { removed, text } = run('repeated-title-and-byline.html');
    expect(removed.map((r) => r.text)).toEqual(['Ferry saved for the winter', 'Jane Roe, Harbour Staff Writer', 'By Jane Roe, Sam Poe and Ann Lee']);
    expect(removed.map((r) => r.kind)).toEqual(['boilerplate', 'byline-block', 'byline-block']);
    expect(text).toContain('The harbour council voted');
    expect(text).toContain('Members said the crossing');
  });

  it('leaves sentences that name the author, quotes and lists', () => {
    expect(run('negative--mentions.html').removed).toEqual([]);
  });

  it('does nothing without a title or byline', () => {
    expect(run('repeated-title-and-byline.html', {}).removed).toEqual([]);
  });
});
