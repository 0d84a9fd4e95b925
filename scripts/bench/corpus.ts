// The measurement pages of ../shared/corpus (see its README): aeb-dev's gzipped news pages with their URLs, and
// Mozilla Readability's test pages. Shared by `npm run bench` and `npm run sweep`; never used by unit tests.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

export const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const CORPUS = resolve(REPO, '../shared/corpus');
/** The URL Readability's own test harness gives its test pages (they carry none). */
export const READABILITY_TEST_URL = 'http://fakehost/test/page.html';
/** readability-pages kinds that are real articles; "other" and "synthetic-test" pages are not news. */
export const ARTICLE_KINDS = new Set(['news', 'feature']);

export interface CorpusPage {
  /** "aeb/<id>" or "rp/<folder>". */
  id: string;
  /** "bench": a page the bench makes itself (large-page.ts). */
  set: 'aeb-dev' | 'readability-pages' | 'bench';
  url: string;
  /** The file as stored (gzipped for aeb-dev). */
  path: string;
  kind: string;
  html(): string;
}

interface AebIndexEntry { id: string; url: string }
interface RpIndexEntry { id: string; kind: string }

export function corpusPages(options: { articlesOnly: boolean }): CorpusPage[] {
  if (!existsSync(CORPUS)) throw new Error(`no corpus at ${CORPUS}`);
  const pages: CorpusPage[] = [];
  const aebDir = join(CORPUS, 'aeb-dev');
  const aeb = JSON.parse(readFileSync(join(aebDir, 'INDEX.json'), 'utf8')) as AebIndexEntry[];
  for (const e of [...aeb].sort((a, b) => a.id.localeCompare(b.id))) {
    const path = join(aebDir, 'html', `${e.id}.html.gz`);
    pages.push({
      id: `aeb/${e.id.slice(0, 12)}`, set: 'aeb-dev', url: e.url, path, kind: 'news',
      html: () => gunzipSync(readFileSync(path)).toString('utf8'),
    });
  }
  const rpDir = join(CORPUS, 'readability-pages');
  const rp = JSON.parse(readFileSync(join(rpDir, 'INDEX.json'), 'utf8')) as RpIndexEntry[];
  const kinds = new Map(rp.map((e) => [e.id, e.kind]));
  for (const folder of readdirSync(rpDir).sort()) {
    const path = join(rpDir, folder, 'source.html');
    if (!existsSync(path)) continue;
    const kind = kinds.get(folder) ?? 'other';
    if (options.articlesOnly && !ARTICLE_KINDS.has(kind)) continue;
    pages.push({
      id: `rp/${folder}`, set: 'readability-pages', url: READABILITY_TEST_URL, path, kind,
      html: () => readFileSync(path, 'utf8'),
    });
  }
  return pages;
}
