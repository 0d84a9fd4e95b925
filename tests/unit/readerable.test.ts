// The engine's "is this an article?" gate (src/declutter/readerable.ts) on tests/fixtures/readerable/: CJK stories
// and stories in short paragraphs, cells or bare <div>s are articles; home pages in any script are not.
import { isProbablyReaderable } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { looksReaderable, scriptWeight } from '../../src/declutter/readerable';
import { declutterHtml } from '../../src/node/index';
import { fixture, fixtureNames } from './helpers/fixtures';

const doc = (name: string) => new JSDOM(fixture(`readerable/${name}`)).window.document;
const articles = fixtureNames('readerable').filter((n) => !n.startsWith('negative--'));
const homePages = fixtureNames('readerable').filter((n) => n.startsWith('negative--'));

describe('looksReaderable', () => {
  it.each(articles)('takes %s for an article, which Readability alone refuses', (name) => {
    expect(isProbablyReaderable(doc(name))).toBe(false);
    expect(looksReaderable(doc(name))).toBe(true);
    expect(declutterHtml(fixture(`readerable/${name}`))?.text).toBeTruthy();
  });

  it('covers Japanese, Chinese and Korean', () => {
    for (const lang of ['ja', 'zh', 'ko']) expect(articles).toContain(`${lang}--article.html`);
  });

  it.each(homePages)('still refuses the home page %s', (name) => {
    expect(looksReaderable(doc(name))).toBe(false);
    expect(declutterHtml(fixture(`readerable/${name}`))).toBeNull();
  });

  it('weighs a CJK character as several Latin letters, a Latin one as one', () => {
    expect(scriptWeight('plain words')).toBe(1);
    expect(scriptWeight('港口渡轮')).toBe(3);
    expect(scriptWeight('항구')).toBe(2);
  });
});
