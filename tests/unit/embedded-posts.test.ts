// A post the story quotes (an embedded tweet or toot in a "social" wrapper) stays in the text
// (src/declutter/embedded-posts.ts): Readability alone drops it with its wrapper.
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { declutterHtml } from '../../src/node/index';
import { fixture } from './helpers/fixtures';

const PAGE = fixture('embedded-posts/quoted-post-in-social-wrapper.html');
const QUOTE = 'Best news all week: the winter ferry stays';

describe('embedded posts', () => {
  it('are dropped by plain Readability (the reason for the fix)', () => {
    const parsed = new Readability(new JSDOM(PAGE).window.document).parse();
    expect(parsed?.textContent).not.toContain(QUOTE);
  });

  it('stay in our text, with the story around them', () => {
    const article = declutterHtml(PAGE, { url: 'https://harbour.example/ferry' });
    expect(article?.text).toContain(QUOTE);
    expect(article?.text).toContain('The harbour council voted on Tuesday evening');
    expect(article?.text).toContain('the question of a bridge or a new boat');
  });
});
