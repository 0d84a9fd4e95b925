// Loading the evaluation corpora of ../shared/corpus (see its README.md). Node only: scripts/eval.ts uses it.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** A news page with its human reference (aeb-dev, daniel-dev). */
export interface NewsPage {
  id: string;
  url: string;
  /** Primary language subtag. */
  lang: string;
  html: string;
  truth: string;
}

const gunzip = (file: string) => zlib.gunzipSync(fs.readFileSync(file)).toString('utf8');

export function loadAeb(dir: string): NewsPage[] {
  const truth = JSON.parse(fs.readFileSync(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  const index = JSON.parse(fs.readFileSync(path.join(dir, 'INDEX.json'), 'utf8')) as { id: string; url: string; lang: string }[];
  return index
    .map((p) => ({
      id: p.id,
      url: truth[p.id]?.url ?? p.url,
      lang: p.lang,
      html: gunzip(path.join(dir, 'html', `${p.id}.html.gz`)),
      truth: truth[p.id]?.articleBody ?? '',
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * daniel-dev: no URL is known, so each page gets `https://<site>/` (its README). The reference's headline, when it
 * had one, is kept apart in the corpus and not scored: our `text` leaves the title to the reader's header too.
 * Pages are loaded one at a time (a generator), as the run needs them.
 */
export function* loadDaniel(dir: string): Generator<NewsPage> {
  const truth = JSON.parse(fs.readFileSync(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; lang: string; site: string }
  >;
  for (const id of Object.keys(truth).sort()) {
    const t = truth[id]!;
    yield { id, url: `https://${t.site}/`, lang: t.lang, html: gunzip(path.join(dir, 'html', `${id}.html.gz`)), truth: t.articleBody };
  }
}

export interface ReadabilityTestPage {
  id: string;
  kind: string;
  lang: string;
  source: string;
  expected: string;
}

/** The page kinds of readability-pages/ that are articles a news reader must keep whole. */
export const ARTICLE_KINDS = new Set(['news', 'feature']);

export function loadReadabilityPages(dir: string): ReadabilityTestPage[] {
  const index = JSON.parse(fs.readFileSync(path.join(dir, 'INDEX.json'), 'utf8')) as { id: string; kind: string; lang: string }[];
  return index
    .filter((p) => ARTICLE_KINDS.has(p.kind))
    .map((p) => ({
      id: p.id,
      kind: p.kind,
      lang: p.lang,
      source: fs.readFileSync(path.join(dir, p.id, 'source.html'), 'utf8'),
      expected: fs.readFileSync(path.join(dir, p.id, 'expected.html'), 'utf8'),
    }));
}
