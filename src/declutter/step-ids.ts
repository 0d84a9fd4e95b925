// The ids of the declutter steps, in the order they run (steps/index.ts, STEPS), as plain data: the reader's
// "This site" panel and the background's menu list the steps without loading them and their word lists (content.js
// does not carry the steps, since extraction runs in the extractor, src/content/extraction.ts; in-place.js does, for
// in-place mode).
// tests/unit/steps-registry.test.ts checks that this list and STEPS agree.
export const STEP_IDS: readonly string[] = [
  'related-links',
  'newsletter',
  'share-widget',
  'ad-label',
  'counter',
  'markup-artifact',
  'inline-card',
  'ui-label',
  'timestamp',
  'photo-credit',
  'link-list',
  'link-paragraph',
  'teaser-cards',
  'title-byline',
  'author-bio',
  'copyright',
  'cookie-notice',
  'tag-list',
  'social-follow',
  'comment-remnant',
  'subscription-offer',
  'repeated-line',
  'popular-list',
  'orphan-heading',
];
