// Which part of the page Readability reads as the article, on two kinds of page where it used to pick the wrong one
// (both kinds seen on daniel-dev, in English and Polish): a story beside a search form whose drop-down list scored
// as text (src/declutter/copy.ts leaves form fields out of the copy), and a news brief shorter than Readability's
// 500 characters beside a longer column of listings (src/declutter/article.ts, SHORT_STORY_CHARS).
import { describe, expect, it } from 'vitest';
import { declutterHtml } from '../../src/node/index';
import { fixture } from './helpers/fixtures';

const url = 'https://news.example/2012/01/story.html';
const textOf = (name: string) => declutterHtml(fixture(name), { url, force: true })?.text ?? '';

describe('the story, not a search form beside it', () => {
  it.each([
    ['en', 'The bakery on the harbour front opened its doors again', 'Search for a home'],
    ['ru', 'Пекарня на набережной снова открыла двери', 'Поиск квартиры'],
    ['pl', 'Piekarnia przy nabrzeżu ponownie otworzyła drzwi', 'Szukaj mieszkania'],
  ])('%s', (lang, story, form) => {
    const text = textOf(`copy/search-form--${lang}.html`);
    expect(text).toContain(story);
    expect(text).not.toContain(form);
  });
});

describe('a short news brief, not the listings beside it', () => {
  it.each([
    ['en', 'put two of its seaside holiday homes up for sale', 'Courses and events'],
    ['ru', 'выставил на продажу два своих дома отдыха', 'Курсы и мероприятия'],
    ['pl', 'wystawiła na sprzedaż dwa swoje ośrodki wypoczynkowe', 'Szkolenia i wydarzenia'],
  ])('%s', (lang, story, listings) => {
    const text = textOf(`short-story/brief--${lang}.html`);
    expect(text).toContain(story);
    expect(text).toContain('1972');
    expect(text).not.toContain(listings);
  });
});
