// Loading the evaluation corpora of ../shared/corpus (see its README.md). Node only: scripts/eval.ts uses it.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export interface AebPage {
  id: string;
  url: string;
  lang: string;
  html: string;
  truth: string;
}

export function loadAeb(dir: string): AebPage[] {
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
      html: zlib.gunzipSync(fs.readFileSync(path.join(dir, 'html', `${p.id}.html.gz`))).toString('utf8'),
      truth: truth[p.id]?.articleBody ?? '',
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
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
