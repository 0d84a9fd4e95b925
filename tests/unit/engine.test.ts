// The engine end to end on small pages built like ../shared/seeds/000_1cfcd312dda41750.txt, in four
// languages: the clutter goes, every paragraph stays, the teasers land in `related`.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { declutterDocument, declutterHtml } from '../../src/node/index';
import { fixture } from './helpers/fixtures';

interface PageCase {
  file: string;
  url: string;
  lang: string;
  /** Lines that must be gone from `text`. */
  clutter: RegExp[];
  /** Paragraph openings that must each be a line of `text`. */
  paragraphs: string[];
  related: string[];
}

const CASES: PageCase[] = [
  {
    file: 'pages/fr-seed-like.html',
    url: 'https://www.gazetteduval.example/politique/plan-velo',
    lang: 'fr',
    clutter: [/^0$/m, /^4$/m, /Publicité/, /Lire aussi/, /< ?\/?p>/, /Newsletter/, /Facebook/],
    paragraphs: ['Le conseil municipal de Valbourg', 'La maire a salué', 'Les associations de cyclistes',
      'Le financement repose', 'Les commerçants du centre-ville', 'Le prochain conseil'],
    related: ['Budget 2026 : les arbitrages de la majorité', 'Stationnement : ce qui change au 1er avril',
      'Municipales : les listes se dessinent', 'Tramway : la ligne 2 retardée'],
  },
  {
    file: 'pages/en-clutter.html',
    url: 'https://www.riversidepost.example/local/library-opens',
    lang: 'en-gb',
    clutter: [/^0$/m, /^7$/m, /ADVERTISEMENT/, /Also Read/, /READ MORE/, /Tweet/],
    paragraphs: ['The new public library on Mill Street', 'More than two thousand people', 'The head librarian said',
      'The building cost eleven million', 'Opening hours will be extended'],
    related: ['Council budget vote delayed again', 'The book festival returns in June'],
  },
  {
    file: 'pages/de-clutter.html',
    url: 'https://www.tageblatt-talheim.example/lokales/wasserkraft',
    lang: 'de',
    clutter: [/^3$/m, /^0$/m, /Anzeige/, /Lesen Sie auch/, /Mehr zum Thema/],
    paragraphs: ['Die Stadtwerke Talheim', 'Der Gemeinderat hat', 'Eine Fischtreppe soll', 'Die Bauzeit wird'],
    related: ['Neuer Radweg am Ufer freigegeben', 'Stromnetz wird erneuert', 'Solarpark auf dem Hügel'],
  },
  {
    file: 'pages/es-clutter.html',
    url: 'https://www.diariodelvalle.example/ciudad/mercado',
    lang: 'es',
    clutter: [/^0$/m, /^12$/m, /Publicidad/, /Lee también/, /Te puede interesar/],
    paragraphs: ['El mercado central de la ciudad', 'Los comerciantes, que durante', 'La reforma ha costado',
      'El horario se amplía'],
    related: ['El nuevo aparcamiento abrirá en verano', 'Vuelve la feria del libro', 'El tranvía llegará al barrio norte'],
  },
];

describe.each(CASES)('$file', (c) => {
  const article = declutterHtml(fixture(c.file), { url: c.url })!;

  it('finds the article and its language', () => {
    expect(article).not.toBeNull();
    expect(article.lang).toBe(c.lang);
    expect(article.dir).toBe('ltr');
    expect(article.title.length).toBeGreaterThan(10);
  });

  it('removes the clutter from text and contentHtml', () => {
    for (const re of c.clutter) {
      expect(article.text).not.toMatch(re);
    }
    expect(article.contentHtml).not.toMatch(/Publicité|ADVERTISEMENT|Anzeige|Publicidad|< \/?p>/);
  });

  it('keeps every paragraph, one per line', () => {
    const lines = article.text.split('\n');
    for (const p of c.paragraphs) expect(lines.some((l) => l.startsWith(p)), p).toBe(true);
  });

  it('collects the related links, absolute and in page order', () => {
    expect(article.related.map((r) => r.title)).toEqual(c.related);
    for (const r of article.related) expect(r.url).toMatch(/^https:\/\/[^/]+\.example\//);
  });

  it('leaves a receipt with a marker for every removal', () => {
    expect(article.removed.length).toBeGreaterThan(2);
    for (const r of article.removed) {
      expect(r.text.length).toBeGreaterThan(0);
      expect(article.contentHtml).toContain(`data-nd-removed="${r.marker}"`);
    }
  });
});

describe('the input document', () => {
  it('is never changed', () => {
    const dom = new JSDOM(fixture('pages/fr-seed-like.html'), { url: 'https://www.gazetteduval.example/a' });
    const before = dom.serialize();
    const article = declutterDocument(dom.window.document, {}, { window: dom.window as unknown as Window });
    expect(article).not.toBeNull();
    expect(dom.serialize()).toBe(before);
  });
});

describe('a page with no article', () => {
  it('gives null, unless forced', () => {
    expect(declutterHtml(fixture('pages/not-an-article.html'))).toBeNull();
    // Forced, the same page gives what text it has rather than nothing.
    const forced = declutterHtml(fixture('pages/not-an-article.html'), { force: true });
    expect(forced?.title).toBe('Sign in');
    expect(forced?.text).toContain('Forgot your password?');
  });
});

describe('per-site step switches', () => {
  it('skip a disabled step', () => {
    const html = fixture('pages/fr-seed-like.html');
    const article = declutterHtml(html, { url: 'https://www.gazetteduval.example/a', disabledSteps: ['counter'] })!;
    expect(article.removed.some((r) => r.step === 'counter')).toBe(false);
    expect(article.removed.some((r) => r.step === 'ad-label')).toBe(true);
  });
});

describe('right-to-left pages', () => {
  it('take dir from the language when the page sets none', () => {
    const para = 'هذه فقرة طويلة عن افتتاح المكتبة الجديدة في وسط المدينة بعد سنوات من الانتظار والعمل المتواصل من المتطوعين. ';
    const html = `<html lang="ar"><head><title>افتتاح المكتبة</title></head><body><article><h1>افتتاح المكتبة</h1>
      <p>${para.repeat(3)}</p><div>إعلان</div><p>${para.repeat(2)}</p><p>اقرأ أيضا: <a href="/x">مقال آخر عن المدينة</a></p></article></body></html>`;
    const article = declutterHtml(html, { url: 'https://news.example/ar/1', force: true })!;
    expect(article.dir).toBe('rtl');
    expect(article.text).not.toContain('إعلان');
    expect(article.related.map((r) => r.title)).toEqual(['مقال آخر عن المدينة']);
  });
});

describe('the excerpt', () => {
  it('is the first clean line when the page has no description, never a counter', () => {
    const article = declutterHtml(fixture('pages/fr-seed-like.html'), { url: 'https://www.gazetteduval.example/a' })!;
    expect(article.excerpt.startsWith('Le conseil municipal de Valbourg')).toBe(true);
  });
});

describe('related links on a page with a <base>', () => {
  it('resolve against the <base>, as the page itself resolves them', () => {
    const para = 'The lock keepers on the canal will open the upper gates an hour earlier from Monday, so that the barges can pass before the morning rush. ';
    const html = `<html lang="en"><head><title>Canal gates open earlier</title><base href="https://archive.canal.example/2026/"></head>
      <body><article><h1>Canal gates open earlier</h1><p>${para.repeat(3)}</p><p>${para.repeat(2)}</p>
      <p>Read more: <a href="winter-closures.html">Winter closures on the towpath</a></p></article></body></html>`;
    const article = declutterHtml(html, { url: 'https://news.canal.example/story/42', force: true })!;
    expect(article.related).toEqual([{ title: 'Winter closures on the towpath', url: 'https://archive.canal.example/2026/winter-closures.html' }]);
  });
});

describe('a document without a window', () => {
  it('resolves links against the url the caller gave, as a document with one does', () => {
    const para = 'The ferry crew repainted the hull over the winter and the boat goes back into service on Monday morning. ';
    const doc = new JSDOM('').window.document.implementation.createHTMLDocument('Ferry back in service');
    doc.body.innerHTML = `<article><h1>Ferry back in service</h1><p>${para.repeat(3)}</p><p>${para.repeat(2)}</p>
      <p>The <a href="/timetable">new timetable</a> starts the same day.</p>
      <p>Read more: <a href="winter-works.html">Winter works at the harbour</a></p></article>`;
    const article = declutterDocument(doc, { url: 'https://harbour.example/news/ferry', force: true }, { window: new JSDOM('').window as unknown as Window })!;
    expect(article.contentHtml).toContain('href="https://harbour.example/timetable"');
    expect(article.related).toEqual([{ title: 'Winter works at the harbour', url: 'https://harbour.example/news/winter-works.html' }]);
  });
});
