// The per-site "related links" switch governs every removal of kind related-link (src/declutter/related-switch.ts):
// on, a link-only teaser paragraph goes and its link joins Related beside the read-also line's; off, both teasers
// stay in the article and Related is empty.
import { describe, expect, it } from 'vitest';
import { withRelatedSwitch } from '../../src/declutter/related-switch';
import { declutterHtml } from '../../src/node/index';
import { fixture } from './helpers/fixtures';

const html = fixture('related-switch/teasers-in-article.html');
const url = 'https://news.example.org/island/ferry';

describe('the related-links switch', () => {
  it('on: every related-link removal puts its links into related, once per URL without its hash, none to the page', () => {
    const article = declutterHtml(html, { url, force: true })!;
    // The second teaser of the bridge plan (another #hash) and the one to this very page's timetable add nothing.
    expect(article.related.map((r) => r.url)).toEqual([
      'https://news.example.org/news/bridge-plan', 'https://news.example.org/news/ferry-fares',
    ]);
    expect(article.removed.filter((r) => r.step === 'link-paragraph')).toHaveLength(3);
    expect(article.removed.map((r) => r.step)).toContain('related-links');
    expect(article.text).not.toContain('FERRY FARES');
    expect(article.text).not.toContain('WINTER TIMETABLE');
  });

  it('off: the teasers stay in the article and nothing is collected', () => {
    const article = declutterHtml(html, { url, force: true, disabledSteps: ['related-links'] })!;
    expect(article.related).toEqual([]);
    expect(article.text).toContain('The bridge plan that never left the drawing board');
    expect(article.text).toContain('FERRY FARES TO RISE IN THE SPRING');
    expect(article.removed.filter((r) => r.kind === 'related-link')).toEqual([]);
  });

  it('off also switches off the other steps that remove related links', () => {
    expect(withRelatedSwitch(['related-links']).sort()).toEqual(
      ['inline-card', 'link-paragraph', 'orphan-heading', 'related-links', 'teaser-cards'],
    );
    expect(withRelatedSwitch(['counter'])).toEqual(['counter']);
  });
});
